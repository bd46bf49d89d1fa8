/**
 * How an answer crosses a transport (worker → routing thread → renderer): the UTF-8 bytes of its
 * JSON, except the Portfolio table, which goes columnar: "PSW1", the byte length of a small JSON
 * header (the table's non-column fields, its timings), zeros up to a multiple of 8 bytes, then its
 * per-partner columns as an Arrow IPC stream (portfolio-columns.ts). A reader tells the two apart
 * by the first byte ("{" or "P"), so errors and every other answer stay plain JSON.
 *
 * A table's columns are encoded once: the answer made by `portfolioAnswer` points back at the
 * table the scoring context keeps, and its encoding is kept beside it (or read from the workspace's
 * cache folder, see `rememberColumns`), so asking again costs a copy, not an encode.
 */
import type { ApiResult } from '../errors';
import type { PortfolioTable } from '../api/views-results';
import {
  decodePortfolioColumns,
  encodePortfolioColumns,
  type PortfolioMeta,
} from './portfolio-columns';

const MAGIC = 'PSW1';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface EncodedColumns {
  meta: PortfolioMeta;
  arrow: Uint8Array;
}

type TableWithoutTimings = Omit<PortfolioTable, 'timings'>;

const encodedOf = new WeakMap<object, EncodedColumns>();
const tableOf = new WeakMap<object, TableWithoutTimings>();

/** The table's columns, encoded on first use and kept while the table is. */
export function portfolioColumns(table: TableWithoutTimings): EncodedColumns {
  let encoded = encodedOf.get(table);
  if (!encoded) {
    encoded = encodePortfolioColumns(table);
    encodedOf.set(table, encoded);
  }
  return encoded;
}

/** Records that `table` is what `encoded` decodes to (a table read back from a cache file). */
export function rememberColumns(table: TableWithoutTimings, encoded: EncodedColumns): void {
  encodedOf.set(table, encoded);
}

/** The answer for a kept table, with this call's timings; its encoding is the table's. */
export function portfolioAnswer(
  table: TableWithoutTimings,
  timings: PortfolioTable['timings'],
): PortfolioTable {
  // Its properties as they are (a decoded table's columns are read when first used), and timings.
  const answer = Object.defineProperties(
    {},
    Object.getOwnPropertyDescriptors(table),
  ) as PortfolioTable;
  answer.timings = timings;
  tableOf.set(answer, table);
  return answer;
}

function pad8(n: number) {
  return (8 - (n % 8)) % 8;
}

/** The columnar form in parts (a file is written part by part): header, padding, columns. */
export function frameParts(encoded: EncodedColumns, extra: Record<string, unknown>): Uint8Array[] {
  const header = encoder.encode(JSON.stringify({ ...encoded.meta, ...extra }));
  const head = new Uint8Array(8 + header.length + pad8(8 + header.length));
  head.set(encoder.encode(MAGIC), 0);
  new DataView(head.buffer).setUint32(4, header.length, true);
  head.set(header, 8);
  return [head, encoded.arrow];
}

/** The columnar form in one buffer. */
export function frameColumns(encoded: EncodedColumns, extra: Record<string, unknown>): Uint8Array {
  const [head, arrow] = frameParts(encoded, extra) as [Uint8Array, Uint8Array];
  const bytes = new Uint8Array(head.length + arrow.length);
  bytes.set(head, 0);
  bytes.set(arrow, head.length);
  return bytes;
}

/** Reads a columnar frame back into its parts (null when `bytes` is not one). */
export function unframeColumns(
  bytes: Uint8Array,
): { encoded: EncodedColumns; extra: Record<string, unknown> } | null {
  if (bytes.length < 8 || decoder.decode(bytes.subarray(0, 4)) !== MAGIC) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(4, true);
  if (8 + length > bytes.length) return null;
  const header = JSON.parse(decoder.decode(bytes.subarray(8, 8 + length))) as PortfolioMeta & {
    timings?: unknown;
  };
  const start = 8 + length + pad8(8 + length);
  const { timings, ...meta } = header;
  return {
    encoded: { meta: meta as PortfolioMeta, arrow: bytes.subarray(start) },
    extra: timings === undefined ? {} : { timings },
  };
}

/** The table a columnar frame holds (its timings as framed, if any). */
export function decodeColumnsFrame(bytes: Uint8Array): PortfolioTable | null {
  const framed = unframeColumns(bytes);
  if (!framed) return null;
  const table = decodePortfolioColumns(framed.encoded.meta, framed.encoded.arrow);
  // The columns stay as they are, read when first used (see decodePortfolioColumns).
  return Object.assign(table, framed.extra as Pick<PortfolioTable, 'timings'>) as PortfolioTable;
}

function isPortfolio(name: string, value: unknown): value is PortfolioTable {
  return (
    name === 'views.portfolio' &&
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as PortfolioTable).partnerId)
  );
}

/** An API result as it crosses a transport. */
export function encodeAnswer(name: string, result: ApiResult<unknown>): Uint8Array {
  if (result.ok && isPortfolio(name, result.value)) {
    const answer = result.value;
    const table = tableOf.get(answer) ?? answer;
    return frameColumns(portfolioColumns(table), { timings: answer.timings });
  }
  let text: string;
  try {
    text = JSON.stringify(result);
  } catch (error) {
    text = JSON.stringify({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `The answer could not be encoded: ${(error as Error).message}`,
      },
    } satisfies ApiResult<unknown>);
  }
  return encoder.encode(text);
}

/** An API result from the bytes `encodeAnswer` made. */
export function decodeAnswer(bytes: Uint8Array): ApiResult<unknown> {
  const table = decodeColumnsFrame(bytes);
  if (table) return { ok: true, value: table };
  return JSON.parse(decoder.decode(bytes)) as ApiResult<unknown>;
}
