import { List, Paper, Table, Text, Title } from '@mantine/core';
import type { PartnerPage } from '../../../../shared/api';
import { formatKpiValue, formatScore } from '../../components/value-format';

/** What it takes to reach the next tier: the points missing, unmet gates, and single-KPI routes. */
export function NextTier({ page }: { page: PartnerPage }) {
  const w = page.explanation.whatItTakes;
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
        What it takes to reach {w.nextTier ?? 'the next tier'}
      </Title>
      {w.nextTier === null ? (
        <Text size="sm">The partner is in the highest tier.</Text>
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
          {w.options.length > 0 && (
            <Table fz="sm" verticalSpacing={3} tabularNums aria-label="Ways to reach the next tier">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Improve one KPI</Table.Th>
                  <Table.Th className="num">From</Table.Th>
                  <Table.Th className="num">To</Table.Th>
                  <Table.Th className="num">Score after</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {w.options.slice(0, 6).map((o) => (
                  <Table.Tr key={o.kpi}>
                    <Table.Td>
                      {o.name}{' '}
                      {!o.feasible && (
                        <Text span size="xs" c="dimmed" title={o.reason}>
                          (not enough alone)
                        </Text>
                      )}
                    </Table.Td>
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
