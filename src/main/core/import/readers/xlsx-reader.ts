/**
 * XLSX workbooks through exceljs's streaming reader (rows arrive as the zip is inflated, so a
 * large sheet is never loaded whole). Cells become strings: dates as ISO, formulas as their
 * cached result, rich text as its plain text.
 */
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import type { FileFormat, ResolvedFormat } from '../../../../shared/api/import';
import type { FileScan } from './file-scan';
import { duplicateHeaderMessage, duplicateHeaders } from './csv-structure';
import { looksLikeHeader } from './sniff';
import { newActivity, watch, type Activity } from './watchdog';
import {
  asReaderErrors,
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

export function cellText(value: unknown, shared?: unknown[]): string {
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
    if ('result' in v) return cellText(v.result, shared);
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    }
    if ('text' in v) return cellText(v.text, shared);
    if ('error' in v) return String(v.error);
    if (typeof v.sharedString === 'number') {
      // A cell read before the workbook's shared strings (they come later in the zip).
      const text = shared?.[v.sharedString];
      if (text === undefined) throw new UnresolvedSharedString();
      return cellText(text);
    }
    return ''; // a formula without a cached result, or a shape we do not know: no value
  }
  return String(value);
}

/** A cell refers to a shared string the reader has not seen (yet). */
class UnresolvedSharedString extends Error {}

interface SheetRow {
  number: number;
  cells: string[];
}

type Progress = { bytes: number };

function openWorkbook(path: string, progress: Progress, activity: Activity) {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  stream.on('data', (chunk) => {
    progress.bytes += chunk.length;
    activity.at = Date.now();
  });
  stream.on('end', () => {
    activity.ended = true;
    activity.at = Date.now();
  });
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
  const activity = newActivity();
  const { stream, reader } = openWorkbook(path, progress, activity);
  const guard = <T>(next: Promise<T>) =>
    watch(
      next,
      activity,
      `${fileName} could not be read as an XLSX workbook: reading it stopped making progress, so it is probably damaged; open it in Excel, save it again and import that.`,
      () => stream.destroy(),
    );
  const shared = () => (reader as unknown as { sharedStrings?: unknown[] }).sharedStrings;
  const sheetIterator = reader[Symbol.asyncIterator]();
  try {
    for (;;) {
      const nextSheet = await guard(sheetIterator.next());
      if (nextSheet.done) break;
      const ws = nextSheet.value;
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
      const rowIterator = ws[Symbol.asyncIterator]();
      if (!wanted || found) {
        // Read a skipped sheet to its end: exceljs deletes a sheet's temp file (written when the
        // sheet precedes sharedStrings.xml) as soon as we move on, and an unread sheet's file
        // stream may not have opened the file yet (an unhandled ENOENT otherwise).
        while (!(await guard(rowIterator.next())).done) activity.at = Date.now();
        continue;
      }
      found = true;
      for (;;) {
        const next = await guard(rowIterator.next());
        if (next.done) break;
        activity.at = Date.now();
        const row = next.value;
        const values = row.values as unknown[];
        const cells: string[] = [];
        try {
          for (let i = 1; i < values.length; i++) cells.push(cellText(values[i], shared()));
        } catch (error) {
          if (!(error instanceof UnresolvedSharedString)) throw error;
          throw new ReaderError(
            `${fileName}: row ${row.number} refers to text the workbook does not hold (its shared strings are missing or damaged); open it in Excel, save it again and import that.`,
          );
        }
        if (cells.some((c) => c !== '')) yield { number: row.number, cells };
      }
      break;
    }
  } finally {
    stream.destroy();
    sheetIterator.return?.(undefined).catch(() => undefined);
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
  if (sample.length === 0)
    throw new ReaderError(
      `${fileName}: sheet "${sheetName ?? 1}" holds no rows; there is nothing to import.`,
    );
  if (header && !given.columns) {
    const dups = duplicateHeaders(first);
    if (dups.length > 0) throw new ReaderError(duplicateHeaderMessage(fileName, dups));
  }
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
    batches: () =>
      asReaderErrors(xlsxBatches(), `${fileName} could not be read as an XLSX workbook`),
  };
  async function* xlsxBatches(): AsyncGenerator<RowBatch> {
    {
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
    }
  }
}
