import { Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface ChartCardProps {
  /** The question the chart answers. */
  title: string;
  note?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** A bordered figure whose title is the question its chart answers. */
export function ChartCard({ title, note, children, testId }: ChartCardProps) {
  return (
    <Paper withBorder p="sm" component="figure" m={0} data-testid={testId} style={{ minWidth: 0 }}>
      <Group justify="space-between" align="baseline" wrap="nowrap" mb={4} gap="xs">
        <Title order={3} component="figcaption" fz="sm">
          {title}
        </Title>
        {note && (
          <Text size="xs" c="dimmed" ta="right">
            {note}
          </Text>
        )}
      </Group>
      {children}
    </Paper>
  );
}
