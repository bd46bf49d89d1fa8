import { Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import type { DataOverview } from '../../../../shared/api';
import { DataTable } from '../../components/data-table/DataTable';
import { TableCard } from '../../components/TableCard';
import { formatInteger } from '../../format/numbers';

type Row = DataOverview['measures'][number];
const column = createColumnHelper<Row>();

const columns = [
  column.accessor('key', {
    header: 'Key',
    cell: (c) => (
      <Text span ff="monospace" fz="xs">
        {c.getValue()}
      </Text>
    ),
  }),
  column.accessor('name', { header: 'Name' }),
  column.accessor('unit', { header: 'Unit' }),
  column.accessor('values', {
    header: 'Values',
    cell: (c) => formatInteger(c.getValue()),
    meta: { numeric: true },
  }),
  column.accessor('partners', {
    header: 'Partners covered',
    cell: (c) => formatInteger(c.getValue()),
    meta: { numeric: true },
  }),
];

/** Which raw metrics the workspace holds and how completely each is filled. */
export function MeasuresTable({ rows }: { rows: Row[] }) {
  return (
    <TableCard title="Measures" note={`${formatInteger(rows.length)} measures`}>
      <DataTable
        label="Measures"
        data={rows}
        columns={columns}
        emptyText="No measures yet."
        maxHeight={720}
      />
    </TableCard>
  );
}
