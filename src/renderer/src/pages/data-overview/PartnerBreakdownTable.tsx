import { createColumnHelper } from '@tanstack/react-table';
import type { CountByKey } from '../../../../shared/api';
import { DataTable } from '../../components/data-table/DataTable';
import { TableCard } from '../../components/TableCard';
import { formatInteger, formatPercent } from '../../format/numbers';

interface Row extends CountByKey {
  share: number;
}

const column = createColumnHelper<Row>();

interface PartnerBreakdownTableProps {
  /** "type" or "region": the attribute partners are counted by. */
  dimension: string;
  rows: CountByKey[];
}

/** How many partners there are per value of one attribute, with each value's share. */
export function PartnerBreakdownTable({ dimension, rows }: PartnerBreakdownTableProps) {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const data: Row[] = rows.map((r) => ({ ...r, share: total > 0 ? r.count / total : 0 }));
  const columns = [
    column.accessor('key', { header: dimension[0]?.toUpperCase() + dimension.slice(1) }),
    column.accessor('count', {
      header: 'Partners',
      cell: (c) => formatInteger(c.getValue()),
      meta: { numeric: true },
    }),
    column.accessor('share', {
      header: 'Share',
      cell: (c) => formatPercent(c.getValue()),
      meta: { numeric: true },
    }),
  ];
  return (
    <TableCard
      title={`Partners by ${dimension}`}
      note={`${formatInteger(rows.length)} ${dimension} values`}
    >
      <DataTable
        label={`Partners by ${dimension}`}
        data={data}
        columns={columns}
        emptyText="No partners yet."
        maxHeight={300}
      />
    </TableCard>
  );
}
