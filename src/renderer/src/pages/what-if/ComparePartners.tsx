import { Table, Text } from '@mantine/core';
import type { ScenarioComparison } from '../../../../shared/api';
import { formatScore } from '../../components/value-format';
import { TableCard } from '../../components/TableCard';
import { ScenarioHeading } from './compare-columns';
import { PartnerLink } from './PartnerLink';
import { TierTag } from './TierTag';
import { count } from './count';

/** Partners on whose tier the scenarios (or the baseline) disagree, biggest spread first. */
export function ComparePartners({ comparison }: { comparison: ScenarioComparison }) {
  const tiers = comparison.columns[0]?.tierCounts.map((t) => t.tier) ?? [];
  const { partners, partnersTotal } = comparison;
  return (
    <TableCard
      title="Whose tier depends on the choice?"
      note={
        partnersTotal > partners.length
          ? `${count(partners.length)} of ${count(partnersTotal)} partners`
          : `${count(partnersTotal)} partners`
      }
    >
      {partners.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every partner keeps the same tier under every scenario.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420} mah={420}>
          <Table verticalSpacing={2} fz="sm" stickyHeader data-testid="compare-partners">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Partner</Table.Th>
                <Table.Th>Now</Table.Th>
                {comparison.columns.map((c) => (
                  <ScenarioHeading key={c.scenario.id} column={c} />
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partners.map((p) => (
                <Table.Tr key={p.partnerId}>
                  <Table.Td>
                    <PartnerLink externalId={p.externalId} name={p.name} />
                  </Table.Td>
                  <Table.Td>
                    <TierTag tier={p.baselineTier} tiers={tiers} />
                  </Table.Td>
                  {p.tiers.map((t, i) => (
                    <Table.Td key={comparison.columns[i]?.scenario.id ?? i} className="num">
                      <TierTag tier={t} tiers={tiers} />{' '}
                      <Text span size="xs" c="dimmed">
                        {p.scores[i] == null ? '' : formatScore(p.scores[i]!)}
                      </Text>
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </TableCard>
  );
}
