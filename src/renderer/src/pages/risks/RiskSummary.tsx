import { Badge, Group, Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import type { RiskReport, RiskRule } from '../../../../shared/api';
import { formatMoney, formatShare } from '../../components/value-format';
import { NO_SHRINK } from './severity';

interface RiskSummaryProps {
  report: RiskReport;
  rule: RiskRule | null;
  /** Partners flagged per rule under a region/type filter; null = the report's own counts. */
  counts?: Partial<Record<RiskRule, number>> | null;
  currency: string;
  onRule: (rule: RiskRule | null) => void;
}

/** One card per rule (what it checks, how many partners it flags; click to filter), then concentration. */
export function RiskSummary({ report, rule, counts, currency, onRule }: RiskSummaryProps) {
  const c = report.concentration;
  const flagged = (r: (typeof report.rules)[number]) =>
    counts ? (counts[r.rule] ?? 0) : r.flagged;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 6 }} spacing="sm">
      {report.rules.map((r) => (
        <UnstyledButton
          key={r.rule}
          onClick={() => onRule(rule === r.rule ? null : r.rule)}
          aria-pressed={rule === r.rule}
          data-testid={`risk-rule-${r.rule}`}
        >
          <Paper
            withBorder
            p="sm"
            h="100%"
            style={{
              borderColor: rule === r.rule ? 'var(--mantine-color-blue-filled)' : undefined,
            }}
          >
            <Group justify="space-between" wrap="nowrap" mb={4}>
              <Text fw={600} size="sm">
                {r.name}
              </Text>
              <Badge
                style={NO_SHRINK}
                color={!r.enabled ? 'gray' : flagged(r) > 0 ? 'red' : 'green'}
                variant="light"
                data-testid="risk-rule-count"
              >
                {r.enabled ? flagged(r) : 'off'}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              {r.description}
            </Text>
          </Paper>
        </UnstyledButton>
      ))}
      <Paper withBorder p="sm" data-testid="risk-concentration">
        <Text fw={600} size="sm" mb={4}>
          Top {c.topN} partners’ share
        </Text>
        <Text size="xl" fw={700} c={c.exceeded ? 'red' : undefined}>
          {c.topNShare === null ? '—' : formatShare(c.topNShare, 1)}
        </Text>
        <Text size="xs" c="dimmed">
          of {formatMoney(c.totalRevenue, currency, true)} channel revenue in {report.period.label};
          warning above {formatShare(c.topNMaxShare, 0)}. Largest partner:{' '}
          {c.largestShare === null ? '—' : formatShare(c.largestShare, 1)}.
        </Text>
      </Paper>
    </SimpleGrid>
  );
}
