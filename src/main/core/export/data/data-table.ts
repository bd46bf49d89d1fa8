/** A table to export, column by column: a name, a kind (for typed cells) and the values. */
export type Cell = string | number | null;

export interface DataColumn {
  name: string;
  kind: 'int' | 'float' | 'text';
  values: Cell[];
  /** Spreadsheet number format (XLSX only). */
  numFmt?: string;
}

export interface DataTable {
  name: string;
  columns: DataColumn[];
  rows: number;
}
