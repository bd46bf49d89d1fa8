import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { TableCard } from '../../components/TableCard';
import { useApiQuery } from '../../hooks/use-api-query';
import { formatDue } from '../actions/action-status';
import { usePeriodLabel } from '../../format/use-period-label';

/** QBRs saved in this workspace, the most recently edited first. */
export function SavedReviews() {
  const query = useApiQuery('qbr.overview', { search: '', limit: 50 });
  const reviews = query.data?.reviews ?? [];
  const periodLabel = usePeriodLabel();
  return (
    <TableCard title="Saved QBRs" note={query.data ? `${reviews.length} shown` : undefined}>
      {query.status === 'loading' ? (
        <LoadingState label="Loading saved QBRs…" />
      ) : query.status === 'error' ? (
        <ApiErrorAlert error={query.error} onRetry={query.reload} />
      ) : reviews.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="no-reviews">
          No QBR saved yet. Find a partner above to prepare one.
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={3} striped data-testid="saved-reviews">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Partner</Table.Th>
              <Table.Th>Quarter</Table.Th>
              <Table.Th className="num">Meeting</Table.Th>
              <Table.Th className="num">Open actions</Table.Th>
              <Table.Th className="num">Last edited</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reviews.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/qbr/${encodeURIComponent(r.partner.externalId)}?period=${encodeURIComponent(r.periodKey)}`}
                    size="sm"
                  >
                    {r.partner.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{periodLabel(r.periodKey)}</Table.Td>
                <Table.Td className="num">{formatDue(r.meetingDate)}</Table.Td>
                <Table.Td className="num">{r.openActions}</Table.Td>
                <Table.Td className="num">{formatDue(r.updatedAt.slice(0, 10))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </TableCard>
  );
}
