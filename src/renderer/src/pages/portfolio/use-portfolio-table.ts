/**
 * The Portfolio's table model: TanStack Table for the columns, sort state and header toggles;
 * the rows (indexes into the columnar data) filtered and sorted here over plain arrays.
 */
import {
  getCoreRowModel,
  useReactTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { PortfolioTable } from '../../../../shared/api';
import type { PortfolioColumn } from './column-catalog';
import { sortRows } from './sort-rows';
import { tableColumns } from './table-columns';
import { usePortfolioView } from './view-store';

const NO_ROWS: number[] = [];

export function usePortfolioTable(
  data: PortfolioTable,
  catalog: PortfolioColumn[],
  visible: PortfolioColumn[],
  rows: number[],
) {
  const sort = usePortfolioView((s) => s.sort);
  const setSort = usePortfolioView((s) => s.setSort);
  const columns = useMemo(() => tableColumns(visible), [visible]);
  const sorted = useMemo(
    () => sortRows(rows, sort, catalog, data.partnerId.length),
    [rows, sort, catalog, data],
  );
  const onSortingChange = (updater: Updater<SortingState>) =>
    setSort(typeof updater === 'function' ? updater(sort) : updater);
  // TanStack Table returns fresh functions each render; the React Compiler is told to skip it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: NO_ROWS,
    columns,
    state: { sorting: sort },
    onSortingChange,
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
    enableSortingRemoval: false,
    isMultiSortEvent: (e) => (e as MouseEvent).shiftKey,
  });
  return { table, sorted };
}
