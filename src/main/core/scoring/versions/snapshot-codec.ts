/**
 * Snapshot payloads as Apache Arrow IPC: the input slice (partners, and one Float64 column per
 * measure and per target covering periods × partners) and the results (one column per output).
 * Hashes are taken over the raw column bytes, with missing values written as +Infinity (which
 * scores and measures never hold) so that NaN bit patterns cannot differ.
 */
import { Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import { createHash } from 'node:crypto';
import type { MeasureInfo, PartnerColumns, PeriodInfo, ScoringDataset } from '../dataset';

export const ENGINE_VERSION = 'partnerscope-scoring/1';

export interface SliceMeta {
  engineVersion: string;
  grain: ScoringDataset['grain'];
  periods: PeriodInfo[];
  measures: MeasureInfo[];
  targetMeasures: string[];
  /** Index of the scored period within `periods`. */
  t: number;
}

export type NumericColumns = Record<string, Float64Array | Int32Array | Int8Array | Uint8Array>;

const TEXT_COLUMNS = [
  'externalId',
  'name',
  'type',
  'region',
  'tier',
  'status',
  'onboardedOn',
] as const;

export function encodePartners(p: PartnerColumns): Uint8Array {
  const columns: Record<string, Vector> = { id: vectorFromArray(p.id) };
  for (const key of TEXT_COLUMNS)
    columns[key] = vectorFromArray(p[key] as (string | null)[], new Utf8());
  // Attributes feed attribute denominators; written only when loaded, so older snapshots and
  // caches keep their bytes.
  if (p.attributes) columns.attributes = vectorFromArray(p.attributes, new Utf8());
  return tableToIPC(new Table(columns), 'file');
}

export function decodePartners(bytes: Uint8Array): PartnerColumns {
  const table = tableFromIPC(bytes);
  const text = (key: string) =>
    Array.from(table.getChild(key)!.toArray() as ArrayLike<string | null>);
  return {
    id: Int32Array.from(table.getChild('id')!.toArray() as Int32Array),
    externalId: text('externalId') as string[],
    name: text('name') as string[],
    type: text('type'),
    region: text('region'),
    tier: text('tier'),
    status: text('status') as string[],
    onboardedOn: text('onboardedOn'),
    ...(table.getChild('attributes') ? { attributes: text('attributes') } : {}),
  };
}

/** Measure and target cubes of a slice, one column per measure (`v:key`) and target (`t:key`). */
export function sliceColumns(ds: ScoringDataset): Record<string, Float64Array> {
  const size = ds.periods.length * ds.partners.id.length;
  const columns: Record<string, Float64Array> = {};
  ds.measures.forEach(
    (m, i) => (columns[`v:${m.key}`] = ds.values.subarray(i * size, (i + 1) * size)),
  );
  ds.targetMeasures.forEach(
    (m, i) => (columns[`t:${m}`] = ds.targets.subarray(i * size, (i + 1) * size)),
  );
  return columns;
}

export function encodeColumns(columns: NumericColumns): Uint8Array {
  const vectors = Object.fromEntries(
    Object.entries(columns).map(([k, v]) => [k, vectorFromArray(v)]),
  );
  return tableToIPC(new Table(vectors), 'file');
}

export function decodeColumns(bytes: Uint8Array): NumericColumns {
  const table = tableFromIPC(bytes);
  const out: NumericColumns = {};
  for (const field of table.schema.fields) {
    const values = table.getChild(field.name)!.toArray() as
      Float64Array | Int32Array | Int8Array | Uint8Array;
    out[field.name] = values.slice();
  }
  return out;
}

export function decodeSlice(
  meta: SliceMeta,
  partners: Uint8Array,
  values: Uint8Array,
): ScoringDataset {
  const columns = decodeColumns(values);
  const n = decodePartners(partners);
  const size = meta.periods.length * n.id.length;
  const cube = (keys: string[], prefix: string) => {
    const out = new Float64Array(keys.length * size).fill(NaN);
    keys.forEach((k, i) => {
      const col = columns[`${prefix}:${k}`];
      if (col) out.set(col, i * size);
    });
    return out;
  };
  return {
    grain: meta.grain,
    partners: n,
    periods: meta.periods,
    measures: meta.measures,
    values: cube(
      meta.measures.map((m) => m.key),
      'v',
    ),
    targetMeasures: meta.targetMeasures,
    targets: cube(meta.targetMeasures, 't'),
  };
}

/** sha256 over the columns in key order, missing values canonicalised. */
export function hashColumns(columns: NumericColumns, prefix = ''): string {
  const hash = createHash('sha256').update(prefix);
  for (const key of Object.keys(columns)) {
    const col = columns[key]!;
    const canonical =
      col instanceof Float64Array ? col.map((x) => (Number.isNaN(x) ? Infinity : x)) : col;
    hash
      .update(key)
      .update(new Uint8Array(canonical.buffer, canonical.byteOffset, canonical.byteLength));
  }
  return hash.digest('hex');
}
