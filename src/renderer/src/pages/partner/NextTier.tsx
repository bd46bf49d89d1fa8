import { List, Paper, Table, Text, Title } from '@mantine/core';
import type { PartnerPage } from '../../../../shared/api';
import { formatKpiValue, formatScore } from '../../components/value-format';

type Combination = PartnerPage['explanation']['whatItTakes']['combination'];

/** The cheapest set of KPI moves that reaches the tier together, or why there is none. */
function CombinationLine({
  combination,
  tier,
  currency,
}: {
  combination: Combination;
  tier: string;
  currency: string;
}) {
  if (!combination) return null;
  if (!combination.feasible)
    return (
      <Text size="sm" mb={6} c="orange.8" data-testid="next-tier-combination">
        No combination of KPI improvements reaches {tier}: {combination.reason}
      </Text>
    );
  return (
    <div data-testid="next-tier-combination">
      <Text size="sm" fw={600}>
        Cheapest way there (score {formatScore(combination.compositeAfter)} after):
      </Text>
      <List size="sm" mb={6}>
        {combination.moves.map((m) => (
          <List.Item key={m.kpi}>
            {m.name} from {formatKpiValue(m.from, m.unit, currency)} to{' '}
            <b>{formatKpiValue(m.to, m.unit, currency)}</b>
          </List.Item>
        ))}
      </List>
    </div>
  );
}

/** What it takes to reach the next tier: the points missing, unmet gates, and single-KPI routes. */
export function NextTier({ page }: { page: PartnerPage }) {
  const w = page.explanation.whatItTakes;
  const feasibleAlone = w.options.filter((o) => o.feasible);
  const unit = (kpi: string) => page.explanation.kpis.find((k) => k.key === kpi)?.unit ?? 'number';
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="next-tier-title"
      data-testid="next-tier"
    >
      <Title order={2} fz="sm" id="next-tier-title" mb={6}>
        {w.nextTier
          ? `What it takes to reach ${w.nextTier}`
          : 'What it takes to reach the next tier'}
      </Title>
      {w.nextTier === null ? (
        <Text size="sm">
          {w.status === 'unscored'
            ? `${page.explanation.partner.name} has no score for ${page.explanation.period.label}, so there is no tier to climb from.`
            : `${page.explanation.partner.name} is in ${page.explanation.tier ?? 'the highest tier'}, the highest tier.`}
        </Text>
      ) : (
        <>
          <Text size="sm" mb={6}>
            {w.scoreGap > 0 ? `${formatScore(w.scoreGap)} more points` : 'The score is high enough'}
            {w.unmetGates.length > 0 ? ', and these gates:' : '.'}
          </Text>
          {w.unmetGates.length > 0 && (
            <List size="sm" mb={6}>
              {w.unmetGates.map((g) => (
                <List.Item key={g.kpi}>
                  {g.name} {g.op === 'gte' ? 'at least' : 'at most'}{' '}
                  {formatKpiValue(g.value, unit(g.kpi), page.currency)} (now{' '}
                  {formatKpiValue(g.current, unit(g.kpi), page.currency)})
                </List.Item>
              ))}
            </List>
          )}
          <CombinationLine combination={w.combination} tier={w.nextTier} currency={page.currency} />
          {feasibleAlone.length === 0 && w.options.length > 0 && (
            <Text size="xs" c="dimmed">
              No single KPI reaches {w.nextTier} on its own.
            </Text>
          )}
          {feasibleAlone.length > 0 && (
            <Table fz="sm" verticalSpacing={3} tabularNums aria-label="Ways to reach the next tier">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Or improve one KPI alone</Table.Th>
                  <Table.Th className="num">From</Table.Th>
                  <Table.Th className="num">To</Table.Th>
                  <Table.Th className="num">Score after</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {feasibleAlone.slice(0, 5).map((o) => (
                  <Table.Tr key={o.kpi}>
                    <Table.Td>{o.name}</Table.Td>
                    <Table.Td className="num">
                      {formatKpiValue(o.from, o.unit, page.currency)}
                    </Table.Td>
                    <Table.Td className="num">
                      {formatKpiValue(o.to, o.unit, page.currency)}
                    </Table.Td>
                    <Table.Td className="num">
                      {o.compositeAfter === null ? '—' : formatScore(o.compositeAfter)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Paper>
  );
}
