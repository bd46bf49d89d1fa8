import { Table } from '@mantine/core';
import type { ScenarioComparison } from '../../../../shared/api';
import { TableCard } from '../../components/TableCard';
import { ScenarioHeading } from './compare-columns';
import { TierTag } from './TierTag';
import { count } from './count';

function Delta({ value }: { value: number }) {
  if (value === 0) return null;
  return (
    <span className={value > 0 ? 'wi-up' : 'wi-down'} style={{ marginLeft: 6, fontSize: 12 }}>
      {value > 0 ? `+${value}` : value}
    </span>
  );
}

/**
 * Partners per tier now and under each scenario. "Now" is the first scenario's baseline; a
 * scenario with another baseline shows its change against its own.
 */
export function CompareTierCounts({ comparison }: { comparison: ScenarioComparison }) {
  const first = comparison.columns[0];
  if (!first) return null;
  const tiers = first.tierCounts.map((t) => t.tier);
  const tierCount = (i: number, tier: string) =>
    comparison.columns[i]?.tierCounts.find((t) => t.tier === tier) ?? {
      tier,
      before: 0,
      after: 0,
    };
  return (
    <TableCard title="How many partners in each tier?">
      <Table verticalSpacing={4} fz="sm" data-testid="compare-tiers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tier</Table.Th>
            <Table.Th className="num">Now</Table.Th>
            {comparison.columns.map((c) => (
              <ScenarioHeading key={c.scenario.id} column={c} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...tiers].reverse().map((tier) => (
            <Table.Tr key={tier}>
              <Table.Td>
                <TierTag tier={tier} tiers={tiers} />
              </Table.Td>
              <Table.Td className="num">{count(tierCount(0, tier).before)}</Table.Td>
              {comparison.columns.map((c, i) => {
                const n = tierCount(i, tier);
                return (
                  <Table.Td key={c.scenario.id} className="num">
                    {count(n.after)}
                    <Delta value={n.after - n.before} />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableCard>
  );
}
