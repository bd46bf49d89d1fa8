/**
 * A table view written as CSV or XLSX for a spreadsheet. Text that starts with = + - @ (or a tab
 * or carriage return) is prefixed with an apostrophe so that it is never run as a formula; numbers
 * stay numbers (typed cells in XLSX, with a number format per column).
 */
import ExcelJS from 'exceljs';
import type { TableExport } from '../../../shared/api/views';
import { csvLine, neutralise } from '../import/export/csv-cells';
import { columnCells, fitColumnWidth } from '../export/files/column-width';

export type ColumnKind = 'text' | 'integer' | 'decimal' | 'percent' | 'currency';
export type Cell = string | number | null;

export interface ExportRequest {
  format: 'csv' | 'xlsx';
  name: string;
  columns: { label: string; kind: ColumnKind }[];
  rows: Cell[][];
  currency: string;
}

export function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '-' : c))
    .join('')
    .slice(0, 120);
  return cleaned || 'export';
}

export function tableCsv(columns: ExportRequest['columns'], rows: Cell[][]): string {
  // A byte-order mark makes Excel read UTF-8 (partner names with accents) correctly.
  return `\ufeff${csvLine(columns.map((c) => c.label))}${rows.map(csvLine).join('')}`;
}

function numberFormat(kind: ColumnKind, currency: string): string | undefined {
  switch (kind) {
    case 'integer':
      return '#,##0';
    case 'decimal':
      return '#,##0.0';
    case 'percent':
      return '0.0%';
    case 'currency':
      return `"${currency}" #,##0`;
    default:
      return undefined;
  }
}

export async function tableXlsx(request: ExportRequest): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Partnerscope';
  const sheet = workbook.addWorksheet(
    request.name.slice(0, 31).replace(/[\\/*?:[\]]/g, '-') || 'Export',
    {
      views: [{ state: 'frozen', ySplit: 1 }],
    },
  );
  sheet.columns = request.columns.map((c, j) => {
    const numFmt = numberFormat(c.kind, request.currency);
    return {
      header: neutralise(c.label),
      width: fitColumnWidth(c.label, columnCells(request.rows, j), { numFmt }),
      style: { numFmt },
    };
  });
  sheet.getRow(1).font = { bold: true };
  for (const row of request.rows) {
    sheet.addRow(row.map((cell) => (typeof cell === 'string' ? neutralise(cell) : cell)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function exportTable(request: ExportRequest): Promise<TableExport> {
  const base = safeFileName(request.name);
  if (request.format === 'csv') {
    const csv = tableCsv(request.columns, request.rows);
    return {
      fileName: `${base}.csv`,
      mime: 'text/csv;charset=utf-8',
      base64: Buffer.from(csv, 'utf8').toString('base64'),
      rows: request.rows.length,
    };
  }
  const bytes = await tableXlsx(request);
  return {
    fileName: `${base}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: bytes.toString('base64'),
    rows: request.rows.length,
  };
}
