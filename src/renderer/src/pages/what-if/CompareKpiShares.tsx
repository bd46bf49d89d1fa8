import { Table, Text } from '@mantine/core';
import type { ScenarioComparison } from '../../../../shared/api';
import { formatShare } from '../../components/value-format';
import { TableCard } from '../../components/TableCard';
import { ScenarioHeading } from './compare-columns';
import { useWhatIf } from './whatif-context';

/** Each KPI's share of the score: baseline and each scenario (changes in colour). */
export function CompareKpiShares({ comparison }: { comparison: ScenarioComparison }) {
  const { groupLabel } = useWhatIf();
  return (
    <TableCard title="How much does each KPI count?" note="share of the score">
      <Table.ScrollContainer minWidth={420} mah={420}>
        <Table verticalSpacing={2} fz="sm" stickyHeader data-testid="compare-kpis">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>KPI</Table.Th>
              <Table.Th className="num">Baseline</Table.Th>
              {comparison.columns.map((c) => (
                <ScenarioHeading key={c.scenario.id} column={c} />
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comparison.weights.map((w) => (
              <Table.Tr key={w.kpi}>
                <Table.Td>
                  <Text size="sm">{w.name}</Text>
                  <Text size="xs" c="dimmed">
                    {groupLabel(w.group)}
                  </Text>
                </Table.Td>
                <Table.Td className="num">{formatShare(w.baseline)}</Table.Td>
                {w.scenarios.map((share, i) => {
                  const d = share - w.baseline;
                  const cls = Math.abs(d) < 0.0005 ? '' : d > 0 ? 'wi-up' : 'wi-down';
                  return (
                    <Table.Td
                      key={comparison.columns[i]?.scenario.id ?? i}
                      className={`num ${cls}`}
                    >
                      {formatShare(share)}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </TableCard>
  );
}
