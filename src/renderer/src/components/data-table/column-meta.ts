import type { RowData } from '@tanstack/react-table';

declare module '@tanstack/react-table' {
  // Declaration merging requires these exact type parameters.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Right-aligned, tabular digits. */
    numeric?: boolean;
    /** Keep the cell on one line (dates, statuses). */
    nowrap?: boolean;
  }
}

export {};
