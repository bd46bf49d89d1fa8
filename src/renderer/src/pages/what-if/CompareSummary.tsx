import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ScenarioColumn, ScenarioComparison } from '../../../../shared/api';
import { formatMoney, formatSignedScore } from '../../components/value-format';
import { TableCard } from '../../components/TableCard';
import { ScenarioHeading } from './compare-columns';
import { useWhatIf } from './whatif-context';
import { count } from './count';

/** Moves and exposure per scenario, one column each. */
export function CompareSummary({ comparison }: { comparison: ScenarioComparison }) {
  const { currency } = useWhatIf();
  const money = (v: number) => formatMoney(v, currency, true);
  const rows: [string, (c: ScenarioColumn) => ReactNode][] = [
    ['Moving up', (c) => <span className="wi-up">▲ {count(c.moved.up)}</span>],
    ['Moving down', (c) => <span className="wi-down">▼ {count(c.moved.down)}</span>],
    ['Unchanged', (c) => count(c.moved.same)],
    ['Mean score change', (c) => (c.meanChange === null ? '—' : formatSignedScore(c.meanChange))],
    ['Revenue moving up', (c) => money(c.exposure.up.revenue)],
    ['MDF moving up', (c) => money(c.exposure.up.mdf)],
    ['Revenue moving down', (c) => money(c.exposure.down.revenue)],
    ['MDF moving down', (c) => money(c.exposure.down.mdf)],
  ];
  return (
    <TableCard title="What does each scenario move?" note={comparison.period.label}>
      <Table verticalSpacing={4} fz="sm" data-testid="compare-summary">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {comparison.columns.map((c) => (
              <ScenarioHeading key={c.scenario.id} column={c} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([label, cell]) => (
            <Table.Tr key={label}>
              <Table.Td>{label}</Table.Td>
              {comparison.columns.map((c) => (
                <Table.Td key={c.scenario.id} className="num">
                  {cell(c)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableCard>
  );
}
