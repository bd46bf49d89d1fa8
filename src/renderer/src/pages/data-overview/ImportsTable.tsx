import { createColumnHelper } from '@tanstack/react-table';
import type { DataOverview } from '../../../../shared/api';
import { DataTable } from '../../components/data-table/DataTable';
import { TableCard } from '../../components/TableCard';
import { formatTimestamp } from '../../format/dates';
import { formatInteger } from '../../format/numbers';
import { ImportStatusBadge } from './ImportStatusBadge';

type Row = DataOverview['imports'][number];
const column = createColumnHelper<Row>();

const columns = [
  column.accessor('id', { header: '#', meta: { numeric: true } }),
  column.accessor('startedAt', {
    header: 'Started',
    cell: (c) => formatTimestamp(c.getValue()),
    meta: { nowrap: true },
  }),
  column.accessor('kind', { header: 'Kind' }),
  column.accessor('fileName', { header: 'File' }),
  column.accessor('rowsAccepted', {
    header: 'Rows accepted',
    cell: (c) => formatInteger(c.getValue()),
    meta: { numeric: true },
  }),
  column.accessor('rowsRejected', {
    header: 'Rows rejected',
    cell: (c) => formatInteger(c.getValue()),
    meta: { numeric: true },
  }),
  column.accessor('status', {
    header: 'Status',
    cell: (c) => <ImportStatusBadge status={c.getValue()} />,
    meta: { nowrap: true },
  }),
];

/** Where the data came from: every import (and demo generation), newest first. */
export function ImportsTable({ rows }: { rows: Row[] }) {
  return (
    <TableCard title="Import history" note={rows.length >= 100 ? 'latest 100' : undefined}>
      <DataTable
        label="Import history"
        data={rows}
        columns={columns}
        emptyText="Nothing imported yet."
        maxHeight={360}
      />
    </TableCard>
  );
}
