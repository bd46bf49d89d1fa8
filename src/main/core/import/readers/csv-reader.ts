/** Delimited text files (CSV, TSV, pipe, semicolon) read as a stream of row batches. */
import { createReadStream } from 'node:fs';
import type { FileFormat, ResolvedFormat } from '../../../../shared/api/import';
import { prefersDecimalComma } from '../values/parse-number';
import { CsvTokenizer } from './csv-tokenizer';
import { detectEncoding } from './detect-encoding';
import type { FileScan } from './file-scan';
import { looksLikeHeader, sniffDelimiter } from './sniff';
import {
  BATCH_ROWS,
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
  const header =
    given.header ?? (given.columns ? false : looksLikeHeader(rows[0] ?? [], rows.slice(1, 50)));
  const width = Math.max(0, ...rows.slice(0, 200).map((r) => r.length));
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
    batches: () => readBatches(path, fileName, format, header, warnings),
  };
}

async function* readBatches(
  path: string,
  fileName: string,
  format: ResolvedFormat,
  skipHeader: boolean,
  warnings: string[],
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
    const batch = { rows, rowNumbers, bytesRead };
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
  if (tok.unterminatedQuote) {
    warnings.push(
      `${fileName}: a quoted field is never closed; everything after its opening quote up to row ${tok.record} was read as one value.`,
    );
  }
  if (rows.length > 0) yield take();
}
