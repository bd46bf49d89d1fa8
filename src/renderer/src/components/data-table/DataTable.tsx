/**
 * The app's dense table: TanStack Table for the model (sorting now, filtering and virtual rows
 * later), Mantine's Table for the look. Numeric columns (`meta.numeric`) are right-aligned.
 */
import { Table, Text, UnstyledButton } from '@mantine/core';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnMeta,
  type Header,
  type SortingState,
} from '@tanstack/react-table';
import { useState } from 'react';
import './column-meta';
import { SortIndicator } from './SortIndicator';

interface DataTableProps<T> {
  data: T[];
  // Columns of different value types share one array, as TanStack's own examples do.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  /** Accessible name of the table (also its test handle). */
  label: string;
  emptyText: string;
  /** Scroll inside the table, header kept visible, beyond this height. */
  maxHeight?: number;
  initialSorting?: SortingState;
}

function cellClass(meta: ColumnMeta<unknown, unknown> | undefined): string | undefined {
  if (meta?.numeric) return 'num';
  return meta?.nowrap ? 'nowrap' : undefined;
}

function ariaSort(header: Header<unknown, unknown>) {
  const dir = header.column.getIsSorted();
  if (!dir) return undefined;
  return dir === 'asc' ? 'ascending' : 'descending';
}

export function DataTable<T>({
  data,
  columns,
  label,
  emptyText,
  maxHeight,
  initialSorting = [],
}: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  // TanStack Table returns fresh functions each render; the React Compiler is told to skip it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  const body = (
    <Table
      aria-label={label}
      striped
      highlightOnHover
      stickyHeader={maxHeight !== undefined}
      verticalSpacing={4}
      horizontalSpacing="sm"
      fz="sm"
      tabularNums
    >
      <Table.Thead>
        {table.getHeaderGroups().map((group) => (
          <Table.Tr key={group.id}>
            {group.headers.map((header) => {
              const numeric = header.column.columnDef.meta?.numeric === true;
              const title = flexRender(header.column.columnDef.header, header.getContext());
              return (
                <Table.Th
                  key={header.id}
                  className={numeric ? 'num' : undefined}
                  aria-sort={ariaSort(header as Header<unknown, unknown>)}
                >
                  {header.column.getCanSort() ? (
                    <UnstyledButton
                      onClick={header.column.getToggleSortingHandler()}
                      fz="sm"
                      fw={600}
                      title="Sort by this column"
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {numeric && <SortIndicator direction={header.column.getIsSorted()} />}
                      {title}
                      {!numeric && <SortIndicator direction={header.column.getIsSorted()} />}
                    </UnstyledButton>
                  ) : (
                    title
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Thead>
      <Table.Tbody>
        {table.getRowModel().rows.map((row) => (
          <Table.Tr key={row.id}>
            {row.getVisibleCells().map((cell) => (
              <Table.Td key={cell.id} className={cellClass(cell.column.columnDef.meta)}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
        {data.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={columns.length}>
              <Text size="sm" c="dimmed" py="xs">
                {emptyText}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
      </Table.Tbody>
    </Table>
  );

  if (maxHeight === undefined) return body;
  return (
    <Table.ScrollContainer minWidth={0} maxHeight={maxHeight} type="native">
      {body}
    </Table.ScrollContainer>
  );
}
