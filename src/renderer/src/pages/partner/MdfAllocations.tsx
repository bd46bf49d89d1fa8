/** The partner's market development funds: its allocation in each saved plan and their use. */
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { TableCard } from '../../components/TableCard';
import { useApiQuery } from '../../hooks/use-api-query';
import { cents, percent } from '../investment/money';
import { formatCalendarDate } from '../../format/dates';
import { usePeriodLabel } from '../../format/use-period-label';

export function MdfAllocations({ partner, currency }: { partner: string; currency: string }) {
  const q = useApiQuery('mdf.partner', { partner });
  const periodLabel = usePeriodLabel();
  if (q.status !== 'success' || q.data.length === 0) return null;
  return (
    <TableCard
      title="What MDF does this partner get, and does it use it?"
      note={
        <Anchor component={Link} to="/investment" size="xs">
          Investment planning
        </Anchor>
      }
    >
      <Table aria-label="MDF allocations" fz="sm" striped verticalSpacing={2} tabularNums>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Plan</Table.Th>
            <Table.Th>Period</Table.Th>
            <Table.Th className="num">Allocated</Table.Th>
            <Table.Th className="num">Claimed</Table.Th>
            <Table.Th className="num">Paid</Table.Th>
            <Table.Th>Claims close</Table.Th>
            <Table.Th>Why</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {q.data.map((a) => (
            <Table.Tr key={a.planId}>
              <Table.Td>{a.planName}</Table.Td>
              <Table.Td>{periodLabel(a.period)}</Table.Td>
              <Table.Td className="num">{cents(a.amountCents, currency)}</Table.Td>
              <Table.Td className="num">
                {cents(a.usedCents, currency)}{' '}
                <Text span size="xs" c="dimmed">
                  ({percent(a.amountCents > 0 ? a.usedCents / a.amountCents : null, 0)})
                </Text>
              </Table.Td>
              <Table.Td className="num">{cents(a.paidCents, currency)}</Table.Td>
              <Table.Td>{a.expiresOn ? formatCalendarDate(a.expiresOn) : '—'}</Table.Td>
              <Table.Td>{a.explanation}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableCard>
  );
}
