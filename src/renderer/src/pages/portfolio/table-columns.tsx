/**
 * The Portfolio's TanStack column definitions: headers, sort toggles and sizes. Rows are not
 * handed to TanStack — the body renders the sorted index array directly (see GridRow), so a sort
 * or filter of 10 000 partners creates no row objects.
 */
import type { ColumnDef } from '@tanstack/react-table';
import '../../components/data-table/column-meta';
import type { PortfolioColumn } from './column-catalog';

export function tableColumns(catalog: PortfolioColumn[]): ColumnDef<number, unknown>[] {
  return catalog.map((c) => ({
    id: c.id,
    header: c.label,
    accessorFn: (i: number) => c.value(i),
    sortDescFirst: c.kind !== 'text',
    size: c.width,
    enableSorting: true,
    meta: { numeric: c.kind !== 'text' && c.id !== 'sparkline', nowrap: true },
  }));
}
