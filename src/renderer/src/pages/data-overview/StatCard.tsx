import { Paper, Text } from '@mantine/core';
import { formatInteger } from '../../format/numbers';

interface StatCardProps {
  label: string;
  value: number;
  /** Test handle of the number: `count-partners`, `count-values`… */
  testId: string;
  /** A qualifying line under the number. */
  detail?: string;
}

/** One headline count; the number's text is exactly the locale-formatted value. */
export function StatCard({ label, value, testId, detail }: StatCardProps) {
  const labelId = `${testId}-label`;
  return (
    <Paper withBorder px="sm" py="xs" role="group" aria-labelledby={labelId}>
      <Text id={labelId} size="xs" c="dimmed" fw={600} tt="uppercase" lh={1.4}>
        {label}
      </Text>
      <Text data-testid={testId} fz={22} fw={650} lh={1.3} className="tabular">
        {formatInteger(value)}
      </Text>
      <Text size="xs" c="dimmed" lh={1.4} truncate="end">
        {detail ?? '\u00a0'}
      </Text>
    </Paper>
  );
}
