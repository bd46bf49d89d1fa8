import { Table, Text } from '@mantine/core';
import type { SensitivityResult } from '../../../../shared/api';
import { formatShare } from '../../components/value-format';
import { TableCard } from '../../components/TableCard';
import { PartnerLink } from './PartnerLink';
import { TierTag } from './TierTag';
import { count } from './count';
import { knifeEdgeScore, marginWords } from './knife-edge-margin';
import { useCurrentEdit } from './whatif-store';

/** Partners whose tier hangs on the exact weights, least stable first. */
export function KnifeEdgeTable({
  result,
  tiers,
}: {
  result: SensitivityResult;
  tiers: readonly string[];
}) {
  const rows = result.knifeEdge;
  const thresholds = useCurrentEdit()?.definition.tiers ?? [];
  return (
    <div data-testid="knife-edge">
      <TableCard
        title="Who is on a knife-edge?"
        note={
          result.knifeEdgeTotal > rows.length
            ? `the ${rows.length} least stable of ${count(result.knifeEdgeTotal)}`
            : `${count(result.knifeEdgeTotal)} partners`
        }
      >
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            No partner: every one keeps its tier in at least {formatShare(result.knifeEdgeBelow, 0)}{' '}
            of the samples.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={400} mah={440}>
            <Table verticalSpacing={3} fz="sm" stickyHeader highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Partner</Table.Th>
                  <Table.Th>Tier, else</Table.Th>
                  <Table.Th className="num" title="Score points from the nearest tier threshold">
                    Score, margin
                  </Table.Th>
                  <Table.Th className="num">Keeps tier</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((p) => (
                  <Table.Tr key={p.partnerId} data-partner={p.externalId}>
                    <Table.Td maw={200}>
                      <PartnerLink externalId={p.externalId} name={p.name} />
                      <Text size="xs" c="dimmed">
                        {p.externalId}
                        {p.type ? ` · ${p.type}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <TierTag tier={p.tier} tiers={tiers} />
                      {p.otherTier !== null && (
                        <Text size="xs" c="dimmed" className="nowrap">
                          else {p.otherTier} in {formatShare(p.otherShare, 0)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td className="num">
                      {p.score === null ? '—' : knifeEdgeScore(p.score, p.margin)}
                      <Text size="xs" c="dimmed" className="nowrap">
                        {p.margin === null || p.score === null
                          ? ''
                          : marginWords(p.score, p.margin, p.tier, thresholds)}
                      </Text>
                    </Table.Td>
                    <Table.Td className="num wi-down" fw={700}>
                      {formatShare(p.stability, 0)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </TableCard>
    </div>
  );
}
