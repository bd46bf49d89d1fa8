/** Delimited text files (CSV, TSV, pipe, semicolon) read as a stream of row batches. */
import { createReadStream } from 'node:fs';
import type { FileFormat, ResolvedFormat } from '../../../../shared/api/import';
import { prefersDecimalComma } from '../values/parse-number';
import { checkHeaderWidth, duplicateHeaderMessage, duplicateHeaders } from './csv-structure';
import { CsvTokenizer } from './csv-tokenizer';
import { detectEncoding } from './detect-encoding';
import type { FileScan } from './file-scan';
import { looksLikeHeader, sniffDelimiter } from './sniff';
import {
  BATCH_ROWS,
  ReaderError,
  generatedColumns,
  uniqueColumns,
  type RowBatch,
  type TableReader,
} from './types';

export function openCsv(
  path: string,
  fileName: string,
  scan: FileScan,
  given: FileFormat,
): TableReader {
  const encoding = given.encoding ?? detectEncoding(scan.head, scan.utf8Valid);
  const sample = new TextDecoder(encoding).decode(scan.head);
  const delimiter = given.delimiter ?? sniffDelimiter(sample, fileName);
  const quote = given.quote ?? '"';
  const tok = new CsvTokenizer(delimiter, quote);
  const rows: string[][] = [];
  tok.push(sample, rows, []);
  if (scan.head.length === scan.bytes) tok.finish(rows, []);
  if (rows.every((r) => r.every((c) => c.trim() === ''))) {
    throw new ReaderError(
      scan.bytes === 0
        ? `${fileName} is empty (0 bytes); there is nothing to import.`
        : `${fileName} holds no rows, only blank lines; there is nothing to import.`,
    );
  }
  const header =
    given.header ?? (given.columns ? false : looksLikeHeader(rows[0] ?? [], rows.slice(1, 50)));
  if (header && !given.columns) {
    checkHeaderWidth(fileName, rows[0] ?? [], rows.slice(1, 200), delimiter);
    const dups = duplicateHeaders(rows[0] ?? []);
    if (dups.length > 0) throw new ReaderError(duplicateHeaderMessage(fileName, dups));
  }
  let width = 0;
  for (const r of rows.slice(0, 200)) width = Math.max(width, r.length);
  const columns = given.columns
    ? uniqueColumns(given.columns)
    : header
      ? uniqueColumns(rows[0] ?? [])
      : generatedColumns(width);
  const cells = delimiter === ',' ? [] : rows.slice(header ? 1 : 0, 200).flat();
  const decimalSeparator = given.decimalSeparator ?? (prefersDecimalComma(cells) ? ',' : '.');
  const format: ResolvedFormat = {
    type: 'csv',
    delimiter,
    quote,
    header,
    encoding,
    decimalSeparator,
  };
  const warnings: string[] = [];
  return {
    format,
    columns,
    totalBytes: scan.bytes,
    warnings,
    batches: () => readBatches(path, format, header, columns),
  };
}

/** Why the file's last row is cut short, or null: a quote never closed, or fewer fields. */
function cutLastRow(
  tok: CsvTokenizer,
  last: string[],
  columns: string[],
): { column: string; message: string } | null {
  if (tok.unterminatedQuote) {
    const column = columns[last.length - 1] ?? `column ${last.length}`;
    return {
      column,
      message:
        'a quoted value is never closed: the file ends inside it (it was cut off, or a quote is missing)',
    };
  }
  if (tok.endedMidRecord && last.length < columns.length) {
    return {
      column: columns[last.length] ?? `column ${last.length + 1}`,
      message: `the last row holds ${last.length} of ${columns.length} columns and the file ends without a line break: it looks cut off`,
    };
  }
  return null;
}

async function* readBatches(
  path: string,
  format: ResolvedFormat,
  skipHeader: boolean,
  columns: string[],
): AsyncGenerator<RowBatch> {
  const decoder = new TextDecoder(format.encoding ?? 'utf-8');
  const tok = new CsvTokenizer(format.delimiter ?? ',', format.quote ?? '"');
  let rows: string[][] = [];
  let rowNumbers: number[] = [];
  let bytesRead = 0;
  let skip = skipHeader;
  const take = () => {
    if (skip && rows.length > 0) {
      skip = false;
      rows.shift();
      rowNumbers.shift();
    }
    const batch: RowBatch = { rows, rowNumbers, bytesRead };
    rows = [];
    rowNumbers = [];
    return batch;
  };
  // Small chunks keep few rows alive at a time: young-generation GC stays cheap.
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
    bytesRead += (chunk as Buffer).length;
    tok.push(decoder.decode(chunk as Buffer, { stream: true }), rows, rowNumbers);
    if (rows.length >= BATCH_ROWS) yield take();
  }
  tok.push(decoder.decode(), rows, rowNumbers);
  tok.finish(rows, rowNumbers);
  const cut = rows.length > 0 ? cutLastRow(tok, rows[rows.length - 1]!, columns) : null;
  if (rows.length > 0) {
    const batch = take();
    if (cut && batch.rows.length > 0) {
      const index = batch.rows.length - 1;
      const last = batch.rows[index] ?? [];
      batch.problems = [
        { index, code: 'truncated', value: (last[last.length - 1] ?? '').slice(0, 200), ...cut },
      ];
    }
    yield batch;
  }
}
