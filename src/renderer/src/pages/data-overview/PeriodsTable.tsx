import { createColumnHelper } from '@tanstack/react-table';
import type { DataOverview } from '../../../../shared/api';
import { DataTable } from '../../components/data-table/DataTable';
import { TableCard } from '../../components/TableCard';
import { formatCalendarDate } from '../../format/dates';
import { formatInteger } from '../../format/numbers';

type Row = DataOverview['periods'][number];
const column = createColumnHelper<Row>();

const columns = [
  column.accessor('label', { header: 'Period' }),
  column.accessor('grain', { header: 'Grain' }),
  column.accessor('startDate', {
    header: 'Starts',
    cell: (c) => formatCalendarDate(c.getValue()),
    meta: { numeric: true },
  }),
  column.accessor('values', {
    header: 'Values',
    cell: (c) => formatInteger(c.getValue()),
    meta: { numeric: true },
  }),
];

/** Which periods hold data, so gaps in the time series are visible. */
export function PeriodsTable({ rows }: { rows: Row[] }) {
  return (
    <TableCard title="Periods" note={`${formatInteger(rows.length)} periods`}>
      <DataTable
        label="Periods"
        data={rows}
        columns={columns}
        emptyText="No periods yet."
        maxHeight={360}
      />
    </TableCard>
  );
}
