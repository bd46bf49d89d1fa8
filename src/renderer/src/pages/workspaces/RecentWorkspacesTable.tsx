import { Badge, Button, VisuallyHidden } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import type { RecentWorkspace } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DataTable } from '../../components/data-table/DataTable';
import { LoadingState } from '../../components/LoadingState';
import { TableCard } from '../../components/TableCard';
import { formatTimestamp } from '../../format/dates';
import { useApiQuery } from '../../hooks/use-api-query';
import { useWorkspaceStore } from '../../stores/workspace-store';

const column = createColumnHelper<RecentWorkspace>();

interface RecentWorkspacesTableProps {
  onOpen: (path: string) => void;
  openingPath: string | null;
}

export function RecentWorkspacesTable({ onOpen, openingPath }: RecentWorkspacesTableProps) {
  const recent = useApiQuery('workspace.recent', {});
  const currentPath = useWorkspaceStore((s) => s.workspace?.path);
  const columns = [
    column.accessor('name', { header: 'Name' }),
    column.accessor('path', {
      header: 'File',
      cell: (c) => <span style={{ wordBreak: 'break-all' }}>{c.getValue()}</span>,
    }),
    column.accessor('openedAt', {
      header: 'Last opened',
      cell: (c) => formatTimestamp(c.getValue()),
    }),
    column.display({
      id: 'open',
      header: () => <VisuallyHidden>Action</VisuallyHidden>,
      cell: ({ row }) =>
        row.original.path === currentPath ? (
          <Badge size="sm" color="gray" variant="outline" radius="sm">
            Open now
          </Badge>
        ) : row.original.exists ? (
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => onOpen(row.original.path)}
            loading={openingPath === row.original.path}
            aria-label={`Open ${row.original.name}`}
          >
            Open
          </Button>
        ) : (
          <Badge size="sm" color="red" variant="light" radius="sm">
            File missing
          </Badge>
        ),
    }),
  ];
  return (
    <TableCard title="Recent workspaces">
      {recent.status === 'loading' && <LoadingState label="Reading recent workspaces…" />}
      {recent.status === 'error' && <ApiErrorAlert error={recent.error} onRetry={recent.reload} />}
      {recent.status === 'success' && (
        <DataTable
          label="Recent workspaces"
          data={recent.data}
          columns={columns}
          emptyText="No workspace has been opened yet."
        />
      )}
    </TableCard>
  );
}
