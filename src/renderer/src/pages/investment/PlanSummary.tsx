/** The plan's totals in one line of figures, the warnings and the criterion in words. */
import { Alert, Group, Paper, Stack, Text } from '@mantine/core';
import type { MdfProposal } from '../../../../shared/api';
import { cents } from './money';

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Stack>
  );
}

export function PlanSummary({
  proposal: p,
  currency,
}: {
  proposal: MdfProposal;
  currency: string;
}) {
  const funded = p.rows.filter((r) => r.amountCents > 0).length;
  const coFunding = p.rows.reduce((s, r) => s + r.partnerCoFundingCents, 0);
  return (
    <Paper withBorder p="sm" aria-label="Plan totals">
      <Group gap="xl">
        <Figure label="Budget" value={cents(p.budgetCents, currency)} />
        <Figure label="Reserve" value={cents(p.reserveCents, currency)} />
        <Figure
          label="Allocated"
          value={cents(p.allocatedCents, currency)}
          testId="plan-allocated"
        />
        <Figure label="Partners funded" value={`${funded} of ${p.eligibleCount} eligible`} />
        <Figure label="Partner co-funding expected" value={cents(coFunding, currency)} />
        <Figure label="Scores as of" value={p.period.label} />
      </Group>
      {p.warnings.map((w) => (
        <Alert key={w} color="yellow" mt="xs" p="xs">
          {w}
        </Alert>
      ))}
      <Text size="xs" c="dimmed" mt="xs">
        {p.criterionText}
      </Text>
    </Paper>
  );
}
