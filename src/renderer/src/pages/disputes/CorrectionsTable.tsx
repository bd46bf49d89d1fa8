/** Corrections with their state, the value before and after, who asked and who decided. */
import { Badge, Table, Text } from '@mantine/core';
import type { CorrectionItem } from '../../../../shared/api';
import { formatKpiValue } from '../../components/value-format';
import { formatCalendarDate, formatTimestamp } from '../../format/dates';
import { CorrectionDecision } from './CorrectionDecision';
import { usePeriodLabel } from '../../format/use-period-label';

function stateOf(c: CorrectionItem): { label: string; color: string } {
  if (c.status === 'pending') return { label: 'Awaiting approval', color: 'orange' };
  if (c.status === 'rejected') return { label: 'Rejected', color: 'gray' };
  return c.active ? { label: 'In force', color: 'green' } : { label: 'Expired', color: 'gray' };
}

const score = (x: number | null) => (x === null ? '—' : x.toFixed(1));

export function CorrectionsTable({
  corrections,
  currency,
  showPartner = false,
}: {
  corrections: CorrectionItem[];
  currency: string;
  showPartner?: boolean;
}) {
  const periodLabel = usePeriodLabel();
  return (
    <Table fz="xs" verticalSpacing={4} tabularNums data-testid="corrections-table">
      <Table.Thead>
        <Table.Tr>
          {showPartner && <Table.Th>Partner</Table.Th>}
          <Table.Th>Value</Table.Th>
          <Table.Th className="num">Stored</Table.Th>
          <Table.Th className="num">Corrected</Table.Th>
          <Table.Th>Reason</Table.Th>
          <Table.Th>Requested</Table.Th>
          <Table.Th>State</Table.Th>
          <Table.Th>Score before → after</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {corrections.map((c) => {
          const state = stateOf(c);
          return (
            <Table.Tr key={c.id} data-correction-id={c.id} data-status={c.status}>
              {showPartner && <Table.Td>{c.partner.name}</Table.Td>}
              <Table.Td>
                {c.measureName} · {periodLabel(c.periodKey)}
              </Table.Td>
              <Table.Td className="num">
                {formatKpiValue(c.originalValue, c.unit, currency)}
              </Table.Td>
              <Table.Td className="num">{formatKpiValue(c.value, c.unit, currency)}</Table.Td>
              <Table.Td maw={260}>{c.reason}</Table.Td>
              <Table.Td>
                {c.requestedBy}
                <Text size="xs" c="dimmed">
                  {formatTimestamp(c.requestedAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge size="xs" variant="light" color={state.color}>
                  {state.label}
                </Badge>
                {c.approvedBy && (
                  <Text size="xs" c="dimmed">
                    {c.status === 'rejected' ? 'by' : 'approved by'} {c.approvedBy}
                  </Text>
                )}
                {c.expiresOn && (
                  <Text size="xs" c="dimmed">
                    until {formatCalendarDate(c.expiresOn)}
                  </Text>
                )}
                {c.status === 'pending' && <CorrectionDecision correction={c} />}
              </Table.Td>
              <Table.Td data-testid="correction-scores">
                {c.status === 'approved' ? (
                  <>
                    {score(c.scoreBefore)} → {score(c.scoreAfter)}
                    {c.tierBefore !== c.tierAfter && (
                      <Text size="xs">
                        {c.tierBefore ?? '—'} → {c.tierAfter ?? '—'}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {c.methodologyLabel}
                    </Text>
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
