import { ActionIcon, Anchor, Badge, Select, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import type { ActionStatus, QbrAction } from '../../../../shared/api';
import { api } from '../../api/client';
import { formatDue, STATUS_OPTIONS } from './action-status';

interface ActionsTableProps {
  actions: QbrAction[];
  /** Show the partner column (the Actions page lists every partner's actions). */
  showPartner: boolean;
  onError: (error: unknown) => void;
  /** Offer deletion (the QBR page, where actions are agreed). */
  canDelete?: boolean;
}

/** Improvement actions: what, for whom, who owns it, by when, and where it stands. */
export function ActionsTable({ actions, showPartner, onError, canDelete }: ActionsTableProps) {
  // The lists showing actions read again on the write's change event (they read 'qbr').
  const run = (work: Promise<unknown>) => work.catch(onError);
  const setStatus = (a: QbrAction, status: ActionStatus) =>
    run(api.call('qbr.updateAction', { id: a.id, status }));
  return (
    <Table fz="sm" verticalSpacing={4} striped data-testid="actions-table">
      <Table.Thead>
        <Table.Tr>
          {showPartner && <Table.Th>Partner</Table.Th>}
          <Table.Th>Action</Table.Th>
          <Table.Th>Success criterion</Table.Th>
          <Table.Th>Owner</Table.Th>
          <Table.Th className="num">Due</Table.Th>
          <Table.Th w={150}>Status</Table.Th>
          {canDelete && <Table.Th w={40} aria-label="Delete" />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {actions.map((a) => (
          <Table.Tr key={a.id} data-action-id={a.id} data-status={a.status}>
            {showPartner && (
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/qbr/${encodeURIComponent(a.partner.externalId)}`}
                  size="sm"
                >
                  {a.partner.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {a.partner.externalId}
                </Text>
              </Table.Td>
            )}
            <Table.Td>
              <Text size="sm" td={a.status === 'done' ? 'line-through' : undefined}>
                {a.title}
              </Text>
            </Table.Td>
            <Table.Td>{a.successCriterion || '—'}</Table.Td>
            <Table.Td>{a.owner || '—'}</Table.Td>
            <Table.Td className="num">
              {formatDue(a.dueDate)}
              {a.overdue && (
                <Badge ml={6} size="xs" color="red" variant="light">
                  overdue
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Select
                size="xs"
                aria-label={`Status of ${a.title}`}
                data={STATUS_OPTIONS}
                value={a.status}
                allowDeselect={false}
                onChange={(v) => v && v !== a.status && void setStatus(a, v as ActionStatus)}
              />
            </Table.Td>
            {canDelete && (
              <Table.Td>
                <Tooltip label="Delete this action">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Delete ${a.title}`}
                    onClick={() => void run(api.call('qbr.deleteAction', { id: a.id }))}
                  >
                    ×
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
