/**
 * Arrow IPC files and streams (Feather v2 is the IPC file format), read one record batch at a
 * time. Values become strings like the other readers produce: dates and timestamps as ISO.
 */
import { createReadStream } from 'node:fs';
import { DataType, RecordBatchReader, type Field } from 'apache-arrow';
import type { ResolvedFormat } from '../../../../shared/api/import';
import { duplicateHeaderMessage, duplicateHeaders } from './csv-structure';
import { checkArrowFraming } from './arrow-framing';
import type { FileScan } from './file-scan';
import {
  asReaderErrors,
  ReaderError,
  uniqueColumns,
  type RowBatch,
  type TableReader,
} from './types';

type ToText = (value: unknown) => string;

function converter(field: Field): ToText {
  const type = field.type;
  if (DataType.isDate(type) || DataType.isTimestamp(type)) {
    return (v) => {
      if (v === null || v === undefined) return '';
      const ms = typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.getTime() : Number(v);
      const iso = new Date(ms).toISOString();
      return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
    };
  }
  return (v) => (v === null || v === undefined ? '' : String(v));
}

async function openStream(path: string, fileName: string) {
  try {
    const reader = await RecordBatchReader.from(createReadStream(path, { highWaterMark: 1 << 20 }));
    await reader.open();
    return reader;
  } catch (error) {
    throw new ReaderError(
      `${fileName} could not be read as Arrow IPC/Feather: ${(error as Error).message}`,
    );
  }
}

export async function openArrow(
  path: string,
  fileName: string,
  scan: FileScan,
): Promise<TableReader> {
  if (scan.head.subarray(0, 4).toString('latin1') === 'FEA1') {
    throw new ReaderError(
      `${fileName} is a Feather version 1 file, which is not supported; save it as Feather v2 (Arrow IPC), e.g. pyarrow.feather.write_feather(df, path, version=2).`,
    );
  }
  checkArrowFraming(path, fileName, scan.bytes);
  const probe = await openStream(path, fileName);
  const fields = probe.schema?.fields;
  await probe.cancel();
  if (!fields || fields.length === 0)
    throw new ReaderError(`${fileName} could not be read as Arrow IPC/Feather: it has no columns.`);
  // A damaged schema can hold fields without a name.
  const names = fields.map((f) => (typeof f.name === 'string' ? f.name : ''));
  const dups = duplicateHeaders(names);
  if (dups.length > 0) throw new ReaderError(duplicateHeaderMessage(fileName, dups));
  const format: ResolvedFormat = { type: 'arrow', header: true };
  return {
    format,
    columns: uniqueColumns(names),
    totalBytes: scan.bytes,
    warnings: [],
    batches: () =>
      asReaderErrors(arrowBatches(), `${fileName} could not be read as Arrow IPC/Feather`),
  };
  async function* arrowBatches(): AsyncGenerator<RowBatch> {
    {
      const reader = await openStream(path, fileName);
      const convert = fields.map(converter);
      let rowNumber = 1;
      let bytesEstimate = 0;
      for await (const batch of reader) {
        const vectors = fields.map((_, c) => batch.getChildAt(c));
        const rows: string[][] = new Array(batch.numRows);
        const rowNumbers: number[] = new Array(batch.numRows);
        for (let r = 0; r < batch.numRows; r++) {
          const cells: string[] = new Array(fields.length);
          for (let c = 0; c < fields.length; c++) cells[c] = convert[c]!(vectors[c]?.get(r));
          rows[r] = cells;
          rowNumbers[r] = ++rowNumber;
        }
        bytesEstimate += batch.data.byteLength ?? 0;
        yield {
          rows,
          rowNumbers,
          bytesRead: Math.min(bytesEstimate, scan.bytes),
        } satisfies RowBatch;
      }
    }
  }
}
