/**
 * The Portfolio table's per-partner columns as one Arrow IPC stream, so that at 100,000 partners
 * it crosses the transport (and sits in the workspace's cache folder) as ~20 MB of columns that
 * the page reads as typed arrays, instead of ~30 MB of JSON that a thread must parse value by
 * value. Everything else of the table (methodology, periods, groups, KPIs, tiers, summary, tier
 * history) is small and travels as JSON beside it (see answer-wire.ts).
 *
 * The decoded table equals what JSON would give: numbers that are not finite become null, as
 * JSON.stringify makes them. A column whose length is not the partner count (the change and trend
 * columns are empty when the period has no predecessor) travels as JSON too.
 */
import {
  Bool,
  Float64,
  makeData,
  makeVector,
  Table,
  tableFromIPC,
  tableToIPC,
  Utf8,
  type Data,
  type Vector,
} from 'apache-arrow';
import type { PortfolioTable } from '../api/views-results';

/** Per-partner columns of numbers (null where missing). */
const NUMBER_COLUMNS = [
  'partnerId',
  'composite',
  'rank',
  'change',
  'coverage',
  'revenue',
  'attainment',
  'engagement',
] as const;
/** Per-partner columns of text (null where missing). */
const TEXT_COLUMNS = [
  'externalId',
  'name',
  'type',
  'region',
  'manager',
  'programTier',
  'tier',
  'segment',
  'trend',
] as const;
const BOOLEAN_COLUMNS = ['lowCoverage'] as const;
/** One number column per group / KPI, in the table's `groups` / `kpis` order. */
const NESTED_COLUMNS = ['groupScores', 'kpiRaw'] as const;

type ColumnKey =
  | (typeof NUMBER_COLUMNS)[number]
  | (typeof TEXT_COLUMNS)[number]
  | (typeof BOOLEAN_COLUMNS)[number]
  | (typeof NESTED_COLUMNS)[number]
  | 'sparkline';

/** What travels as JSON beside the columns. */
export type PortfolioMeta = Omit<PortfolioTable, ColumnKey | 'timings'> & {
  rows: number;
  /** How many group and KPI columns there are. */
  nested: Record<(typeof NESTED_COLUMNS)[number], number>;
  /** Columns whose length is not `rows`, as they are. */
  asJson: Partial<Pick<PortfolioTable, ColumnKey>>;
};

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function vector(
  type: Float64 | Utf8,
  length: number,
  nulls: number,
  bitmap: Uint8Array,
  rest: { data: Float64Array | Uint8Array; valueOffsets?: Int32Array },
): Vector {
  return makeVector(
    makeData({
      type,
      length,
      nullCount: nulls,
      ...(nulls > 0 ? { nullBitmap: bitmap } : {}),
      ...rest,
    } as never),
  );
}

function numberVector(values: readonly (number | null)[]): Vector {
  const length = values.length;
  const data = new Float64Array(length);
  const bitmap = new Uint8Array((length + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (typeof v === 'number' && Number.isFinite(v)) {
      data[i] = v;
      bitmap[i >> 3]! |= 1 << (i & 7);
    } else nulls++;
  }
  return vector(new Float64(), length, nulls, bitmap, { data });
}

function textVector(values: readonly (string | null)[]): Vector {
  const length = values.length;
  const offsets = new Int32Array(length + 1);
  const bitmap = new Uint8Array((length + 7) >> 3);
  let nulls = 0;
  let chars = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (typeof v === 'string') {
      bitmap[i >> 3]! |= 1 << (i & 7);
      chars += v.length;
    } else nulls++;
    offsets[i + 1] = chars;
  }
  // Encoded in one go: when every character is one byte, character offsets are byte offsets.
  let data = encoder.encode(values.join(''));
  if (data.length !== chars) {
    const parts = values.map((v) => encoder.encode(v ?? ''));
    let bytes = 0;
    parts.forEach((part, i) => (offsets[i + 1] = bytes += part.length));
    data = new Uint8Array(bytes);
    let at = 0;
    for (const part of parts) {
      data.set(part, at);
      at += part.length;
    }
  }
  return vector(new Utf8(), length, nulls, bitmap, { data, valueOffsets: offsets });
}

function booleanVector(values: readonly boolean[]): Vector {
  const data = new Uint8Array((values.length + 7) >> 3);
  values.forEach((v, i) => {
    if (v) data[i >> 3]! |= 1 << (i & 7);
  });
  return makeVector(makeData({ type: new Bool(), length: values.length, data }));
}

/** The table's per-partner columns as an Arrow IPC stream, and the rest. */
export function encodePortfolioColumns(table: Omit<PortfolioTable, 'timings'>): {
  meta: PortfolioMeta;
  arrow: Uint8Array;
} {
  const rows = table.partnerId.length;
  const columns: Record<string, Vector> = {};
  const asJson: PortfolioMeta['asJson'] = {};
  const fits = (key: ColumnKey, length: number) => {
    if (length === rows) return true;
    (asJson as Record<string, unknown>)[key] = table[key];
    return false;
  };
  for (const key of NUMBER_COLUMNS)
    if (fits(key, table[key].length)) columns[key] = numberVector(table[key]);
  for (const key of TEXT_COLUMNS)
    if (fits(key, table[key].length)) columns[key] = textVector(table[key]);
  for (const key of BOOLEAN_COLUMNS)
    if (fits(key, table[key].length)) columns[key] = booleanVector(table[key]);
  for (const key of NESTED_COLUMNS) {
    if (table[key].some((column) => column.length !== rows)) fits(key, -1);
    else table[key].forEach((column, i) => (columns[`${key}.${i}`] = numberVector(column)));
  }
  const periods = table.periods.length;
  if (fits('sparkline', table.sparkline.length === rows * periods ? rows : -1)) {
    for (let t = 0; t < periods; t++) {
      columns[`sparkline.${t}`] = numberVector(
        Array.from({ length: rows }, (_, r) => table.sparkline[r * periods + t] ?? null),
      );
    }
  }
  const rest: Record<string, unknown> = { ...table };
  for (const key of [...NUMBER_COLUMNS, ...TEXT_COLUMNS, ...BOOLEAN_COLUMNS, ...NESTED_COLUMNS])
    delete rest[key];
  delete rest.sparkline;
  delete rest.timings;
  const nested = { groupScores: table.groupScores.length, kpiRaw: table.kpiRaw.length };
  const meta = { ...rest, rows, nested, asJson } as PortfolioMeta;
  const arrow = rows === 0 ? new Uint8Array(0) : tableToIPC(new Table(columns), 'stream');
  return { meta, arrow };
}

/** Each chunk of a column with the row it starts at. */
function chunksOf(vector: Vector): { data: Data; start: number }[] {
  let start = 0;
  return vector.data.map((data) => {
    const chunk = { data, start };
    start += data.length;
    return chunk;
  });
}

function isValid(data: Data, i: number): boolean {
  const bitmap = data.nullBitmap;
  if (!bitmap || bitmap.length === 0 || data.nullCount === 0) return true;
  const bit = data.offset + i;
  return (bitmap[bit >> 3]! & (1 << (bit & 7))) !== 0;
}

function readNumbers(vector: Vector, rows: number): (number | null)[] {
  if (vector.data.length === 1 && vector.data[0]!.nullCount === 0) {
    const data = vector.data[0]!;
    // No gaps: an array of unboxed doubles in one copy.
    return Array.from((data.values as Float64Array).subarray(data.offset, data.offset + rows));
  }
  const out = new Array<number | null>(rows);
  for (const { data, start } of chunksOf(vector)) {
    const values = data.values as Float64Array;
    const bitmap = data.nullCount > 0 ? data.nullBitmap : undefined;
    const offset = data.offset;
    for (let i = 0; i < data.length; i++) {
      const bit = offset + i;
      out[start + i] = bitmap && (bitmap[bit >> 3]! & (1 << (bit & 7))) === 0 ? null : values[bit]!;
    }
  }
  return out;
}

function readTexts(vector: Vector, rows: number): (string | null)[] {
  const out = new Array<string | null>(rows);
  for (const { data, start } of chunksOf(vector)) {
    const offsets = data.valueOffsets as Int32Array;
    const bytes = data.values as Uint8Array;
    const first = offsets[data.offset]!;
    const last = offsets[data.offset + data.length]!;
    // Decoded once: when every character is one byte (ASCII ids, names, regions), byte offsets
    // are character offsets and each value is a slice of that one string.
    const all = decoder.decode(bytes.subarray(first, last));
    const ascii = all.length === last - first;
    for (let i = 0; i < data.length; i++) {
      if (!isValid(data, i)) {
        out[start + i] = null;
        continue;
      }
      const from = offsets[data.offset + i]!;
      const to = offsets[data.offset + i + 1]!;
      out[start + i] = ascii
        ? all.slice(from - first, to - first)
        : decoder.decode(bytes.subarray(from, to));
    }
  }
  return out;
}

function readBooleans(vector: Vector, rows: number): boolean[] {
  const out = new Array<boolean>(rows);
  for (const { data, start } of chunksOf(vector)) {
    const bits = data.values as Uint8Array;
    for (let i = 0; i < data.length; i++) {
      const bit = data.offset + i;
      out[start + i] = (bits[bit >> 3]! & (1 << (bit & 7))) !== 0;
    }
  }
  return out;
}

/**
 * An array of columns, each read from the Arrow data the first time it is used (and then kept as
 * a plain value): at 100,000 partners the 30 KPI columns are most of the table, and a page that
 * shows none of them never pays for reading them.
 */
function lazyColumns<T>(count: number, read: (i: number) => T): T[] {
  const columns = new Array<T>(count);
  for (let i = 0; i < count; i++) lazyProperty(columns, String(i), () => read(i));
  return columns;
}

/**
 * Defines `key` on `target` as computed on first read and kept. The getter stays (and is what
 * `Object.getOwnPropertyDescriptors` copies), so a copy of the object shares the one value.
 */
function lazyProperty(target: object, key: string, compute: () => unknown): void {
  let value: unknown;
  let done = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
    set(next: unknown) {
      value = next;
      done = true;
    },
  });
}

/**
 * The table back from its meta and Arrow columns (without timings). Each column is read from
 * the Arrow data when first used (a page shows a few of them; the core worker, which answers from
 * the kept bytes, may use none), so decoding 100,000 partners costs nothing up front.
 */
export function decodePortfolioColumns(
  meta: PortfolioMeta,
  arrow: Uint8Array,
): Omit<PortfolioTable, 'timings'> {
  const { rows, nested, asJson, ...rest } = meta;
  let table: Table | null | undefined;
  const column = (name: string): Vector => {
    if (table === undefined) {
      table = rows === 0 ? null : tableFromIPC(arrow);
      if (table && table.numRows !== rows)
        throw new Error(`The Portfolio answer has ${table.numRows} rows of ${rows}.`);
    }
    const vector = table?.getChild(name);
    if (!vector) throw new Error(`The Portfolio answer has no column ${name}.`);
    return vector;
  };
  // Checked up front: a short or foreign file is refused here, not at some later read.
  if (rows > 0) column(NUMBER_COLUMNS[0]!);
  const out: Record<string, unknown> = { ...rest };
  const json = asJson as Record<string, unknown>;
  for (const key of NUMBER_COLUMNS)
    lazyProperty(out, key, () => json[key] ?? (rows === 0 ? [] : readNumbers(column(key), rows)));
  for (const key of TEXT_COLUMNS)
    lazyProperty(out, key, () => json[key] ?? (rows === 0 ? [] : readTexts(column(key), rows)));
  for (const key of BOOLEAN_COLUMNS)
    lazyProperty(out, key, () => json[key] ?? (rows === 0 ? [] : readBooleans(column(key), rows)));
  for (const key of NESTED_COLUMNS) {
    lazyProperty(
      out,
      key,
      () =>
        json[key] ??
        lazyColumns(nested[key], (i) =>
          rows === 0 ? [] : readNumbers(column(`${key}.${i}`), rows),
        ),
    );
  }
  lazyProperty(out, 'sparkline', () => {
    if (json.sparkline) return json.sparkline;
    const periods = meta.periods.length;
    const sparkline = new Array<number | null>(rows * periods);
    for (let t = 0; t < periods && rows > 0; t++) {
      readNumbers(column(`sparkline.${t}`), rows).forEach(
        (v, r) => (sparkline[r * periods + t] = v),
      );
    }
    return sparkline;
  });
  return out as Omit<PortfolioTable, 'timings'>;
}
