/**
 * XLSX workbooks through exceljs's streaming reader (rows arrive as the zip is inflated, so a
 * large sheet is never loaded whole). Cells become strings: dates as ISO, formulas as their
 * cached result, rich text as its plain text.
 */
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import type { FileFormat, ResolvedFormat } from '../../../../shared/api/import';
import type { FileScan } from './file-scan';
import { looksLikeHeader } from './sniff';
import {
  BATCH_ROWS,
  ReaderError,
  generatedColumns,
  uniqueColumns,
  type RowBatch,
  type TableReader,
} from './types';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds();
    return time === 0 ? date : value.toISOString().slice(0, 19);
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('result' in v) return cellText(v.result);
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    }
    if ('text' in v) return cellText(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}

interface SheetRow {
  number: number;
  cells: string[];
}

type Progress = { bytes: number };

function openWorkbook(path: string, progress: Progress) {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  stream.on('data', (chunk) => (progress.bytes += chunk.length));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  return { stream, reader };
}

/** Sheet names from workbook.xml, which the reader has parsed by the time a sheet arrives. */
function sheetNames(reader: unknown): string[] {
  const model = (reader as { model?: { sheets?: { name?: string }[] } }).model;
  return (model?.sheets ?? []).map((s, i) => s.name ?? `Sheet${i + 1}`);
}

/**
 * Yields the rows of the chosen sheet; `sheets` receives the workbook's sheet names.
 *
 * exceljs's streaming reader occasionally (about 1 read in 100 here) loses the race between its
 * unzip entry streams and its parsers and fails with a TypeError before emitting anything; such
 * a read is retried (twice), which is safe because no row has been yielded yet.
 */
async function* sheetRows(
  path: string,
  fileName: string,
  sheet: string | number | undefined,
  sheets: string[],
  progress: Progress,
): AsyncGenerator<SheetRow> {
  for (let attempt = 1; ; attempt++) {
    let yielded = false;
    try {
      for await (const row of readSheetRows(path, fileName, sheet, sheets, progress)) {
        yielded = true;
        yield row;
      }
      return;
    } catch (error) {
      if (yielded || attempt >= 3 || !(error instanceof TypeError)) throw error;
      sheets.length = 0;
      progress.bytes = 0;
    }
  }
}

async function* readSheetRows(
  path: string,
  fileName: string,
  sheet: string | number | undefined,
  sheets: string[],
  progress: Progress,
): AsyncGenerator<SheetRow> {
  let found = false;
  let position = 0;
  const { stream, reader } = openWorkbook(path, progress);
  try {
    for await (const ws of reader) {
      position++;
      if (position === 1) sheets.push(...sheetNames(reader));
      const name = (ws as unknown as { name?: string }).name ?? `Sheet${position}`;
      if (!sheets.includes(name)) sheets.push(name);
      const wanted =
        sheet === undefined
          ? position === 1
          : typeof sheet === 'number'
            ? position === sheet
            : name.toLowerCase() === sheet.toLowerCase();
      if (!wanted || found) {
        // Read a skipped sheet to its end: exceljs deletes a sheet's temp file (written when the
        // sheet precedes sharedStrings.xml) as soon as we move on, and an unread sheet's file
        // stream may not have opened the file yet (an unhandled ENOENT otherwise).
        for await (const _row of ws) void _row;
        continue;
      }
      found = true;
      for await (const row of ws) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        if (cells.some((c) => c !== '')) yield { number: row.number, cells };
      }
      break;
    }
  } finally {
    stream.destroy();
  }
  if (!found) {
    throw new ReaderError(
      `${fileName} has no sheet ${typeof sheet === 'number' ? `number ${sheet}` : `"${sheet}"`}; its sheets are ${sheets.map((s) => `"${s}"`).join(', ') || 'none'}.`,
    );
  }
}

export async function openXlsx(
  path: string,
  fileName: string,
  scan: FileScan,
  given: FileFormat,
): Promise<TableReader> {
  const sheets: string[] = [];
  const sample: SheetRow[] = [];
  const progress = { bytes: 0 };
  try {
    for await (const row of sheetRows(path, fileName, given.sheet, sheets, progress)) {
      sample.push(row);
      if (sample.length >= 50) break;
    }
  } catch (error) {
    if (error instanceof ReaderError) throw error;
    throw new ReaderError(
      `${fileName} could not be read as an XLSX workbook: ${(error as Error).message}`,
    );
  }
  const position = typeof given.sheet === 'number' ? given.sheet : undefined;
  const sheetName =
    position !== undefined
      ? sheets[position - 1]
      : (sheets.find((s) => s.toLowerCase() === String(given.sheet ?? sheets[0]).toLowerCase()) ??
        sheets[0]);
  const first = sample[0]?.cells ?? [];
  const header =
    given.header ??
    (given.columns
      ? false
      : looksLikeHeader(
          first,
          sample.slice(1).map((r) => r.cells),
        ));
  const width = Math.max(0, ...sample.map((r) => r.cells.length));
  const columns = given.columns
    ? uniqueColumns(given.columns)
    : header
      ? uniqueColumns(first)
      : generatedColumns(width);
  const format: ResolvedFormat = { type: 'xlsx', header, sheet: sheetName, sheets };
  return {
    format,
    columns,
    totalBytes: scan.bytes,
    warnings: [],
    batches: async function* () {
      let rows: string[][] = [];
      let rowNumbers: number[] = [];
      let skip = header;
      const read = { bytes: 0 };
      for await (const row of sheetRows(path, fileName, sheetName, [], read)) {
        if (skip) {
          skip = false;
          continue;
        }
        rows.push(row.cells);
        rowNumbers.push(row.number);
        if (rows.length >= BATCH_ROWS) {
          yield { rows, rowNumbers, bytesRead: read.bytes };
          rows = [];
          rowNumbers = [];
        }
      }
      if (rows.length > 0) yield { rows, rowNumbers, bytesRead: read.bytes } satisfies RowBatch;
    },
  };
}
