/**
 * A columnar copy of the scoring dataset beside the workspace (`<workspace>.cache/dataset-<key>.arrow`,
 * Arrow IPC): a cold open reads it instead of running the dataset queries over SQLite. The key is
 * one function of the workspace's content (`datasetCacheKey`); a file with another key is stale,
 * is never read, and is replaced by the next load. The cache is optional: any failure to read or
 * write it falls back to SQL silently.
 */
import {
  Float64,
  Table,
  makeData,
  makeVector,
  tableFromIPC,
  tableToIPC,
  type Vector,
} from 'apache-arrow';
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ScoringDataset } from './dataset';
import { loadDataset } from './load-dataset';
import { dataRevisionKey } from '../workspace/data-revision';
import { decodePartners, encodePartners } from './versions/snapshot-codec';

const FORMAT = 'partnerscope-dataset-cache/2';
const META_KEY = 'partnerscope';

/** Where a workspace's caches live: `<workspace>.cache/`. */
export function cacheDir(workspacePath: string): string {
  return join(dirname(workspacePath), `${basename(workspacePath)}.cache`);
}

/**
 * The key a cache file is written under: the workspace's data revision (moved on by every
 * data-changing write, see data-revision.ts) plus, for workspaces written before revisions
 * existed and as a guard against files replaced by hand, the autoincrement counters, the imports'
 * statuses and the row counts and highest rowids of the tables the dataset reads. Settings are not
 * part of it: a renamed workspace keeps its cache (the fiscal year moves the revision).
 */
/** The tables the dataset is read from (other tables' writes — alerts, audit — never matter). */
const DATA_TABLES = [
  'imports',
  'partners',
  'periods',
  'measures',
  'measure_values',
  'targets',
  'deal_registrations',
];

export function datasetCacheKey(db: Database.Database): string {
  const parts: unknown[] = [FORMAT, dataRevisionKey(db)];
  const hasTable = (name: string) =>
    db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !==
    undefined;
  if (hasTable('sqlite_sequence'))
    parts.push(
      db
        .prepare(
          `SELECT name, seq FROM sqlite_sequence WHERE name IN (${DATA_TABLES.map((t) => `'${t}'`).join(',')}) ORDER BY name`,
        )
        .raw(true)
        .all(),
    );
  parts.push(db.prepare(`SELECT status, count(*) FROM imports GROUP BY status`).raw(true).all());
  parts.push(
    db.prepare(`SELECT value FROM settings WHERE key = 'fiscalYearStartMonth'`).raw(true).get(),
  );
  for (const table of ['partners', 'periods', 'measures'])
    parts.push(db.prepare(`SELECT count(*), max(rowid) FROM ${table}`).raw(true).get());
  for (const table of ['measure_values', 'targets', 'deal_registrations'])
    parts.push(db.prepare(`SELECT max(rowid) FROM ${table}`).raw(true).get());
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);
}

interface CacheMeta {
  format: string;
  grain: ScoringDataset['grain'];
  periods: ScoringDataset['periods'];
  measures: ScoringDataset['measures'];
  targetMeasures: string[];
  partners: number;
}

function float64(values: Float64Array): Vector {
  return makeVector(makeData({ type: new Float64(), length: values.length, data: values }));
}

/**
 * The cache file's bytes in parts (written one after the other, never joined in memory: at
 * 100,000 partners the cubes alone are ~150 MB): a length prefix, the partners' Arrow IPC file,
 * padding, the cubes' Arrow IPC file.
 */
export function encodeDataset(ds: ScoringDataset): Uint8Array[] {
  const n = ds.partners.id.length;
  const T = ds.periods.length;
  const columns: Record<string, Vector> = {};
  // One column per measure (and per target measure) × period, n rows each.
  ds.measures.forEach((_, m) => {
    for (let t = 0; t < T; t++)
      columns[`v${m}_${t}`] = float64(ds.values.subarray((m * T + t) * n, (m * T + t + 1) * n));
  });
  ds.targetMeasures.forEach((_, m) => {
    for (let t = 0; t < T; t++)
      columns[`t${m}_${t}`] = float64(ds.targets.subarray((m * T + t) * n, (m * T + t + 1) * n));
  });
  const meta: CacheMeta = {
    format: FORMAT,
    grain: ds.grain,
    periods: ds.periods,
    measures: ds.measures,
    targetMeasures: ds.targetMeasures,
    partners: n,
  };
  const cubes = new Table(columns);
  cubes.schema.metadata.set(META_KEY, JSON.stringify(meta));
  const partners = encodePartners(ds.partners);
  const cubeBytes = tableToIPC(cubes, 'file');
  // Two Arrow IPC files behind a length prefix: partners, zeros up to a multiple of 8 bytes, then
  // the cubes, whose columns are then 8-byte aligned in the file and are read as views of it.
  const prefix = new Uint8Array(8);
  new DataView(prefix.buffer).setFloat64(0, partners.length, true);
  return [prefix, partners, new Uint8Array(pad8(partners.length)), cubeBytes];
}

const pad8 = (length: number) => (8 - (length % 8)) % 8;

function writeParts(file: string, parts: Uint8Array[]) {
  const fd = openSync(file, 'w');
  try {
    for (const part of parts) {
      for (let at = 0; at < part.length;) at += writeSync(fd, part, at, part.length - at);
    }
  } finally {
    closeSync(fd);
  }
}

export function decodeDataset(bytes: Uint8Array): ScoringDataset {
  const partnerBytes = new DataView(bytes.buffer, bytes.byteOffset, 8).getFloat64(0, true);
  const partners = decodePartners(bytes.subarray(8, 8 + partnerBytes));
  const cubes = tableFromIPC(bytes.subarray(8 + partnerBytes + pad8(partnerBytes)));
  const raw = cubes.schema.metadata.get(META_KEY);
  const meta = raw ? (JSON.parse(raw) as CacheMeta) : null;
  if (!meta || meta.format !== FORMAT || meta.partners !== partners.id.length)
    throw new Error('not a dataset cache of this version');
  const n = meta.partners;
  const T = meta.periods.length;
  const cube = (prefix: string, count: number) => {
    const parts: Float64Array[] = [];
    for (let m = 0; m < count; m++)
      for (let t = 0; t < T; t++) {
        const column = cubes.getChild(`${prefix}${m}_${t}`);
        if (!column || column.length !== n) throw new Error('dataset cache is incomplete');
        parts.push(column.toArray() as Float64Array);
      }
    return contiguousView(parts, n) ?? concat(parts, n);
  };
  return {
    grain: meta.grain,
    partners,
    periods: meta.periods,
    measures: meta.measures,
    values: cube('v', meta.measures.length),
    targetMeasures: meta.targetMeasures,
    targets: cube('t', meta.targetMeasures.length),
  };
}

/**
 * The columns of one cube as a single view when Arrow hands them over back to back in cube order
 * (the way encodeDataset writes them: no nulls, 8-byte aligned, no padding between them, so they
 * are views of the file's bytes), so a cold open keeps the file's bytes instead of copying ~150 MB
 * out of them at 100,000 partners. Null when they are not (then the columns are copied).
 */
function contiguousView(parts: Float64Array[], n: number): Float64Array | null {
  if (parts.length === 0 || n === 0) return null;
  const first = parts[0]!;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.buffer !== first.buffer || part.byteOffset !== first.byteOffset + i * n * 8)
      return null;
  }
  return new Float64Array(first.buffer, first.byteOffset, parts.length * n);
}

function concat(parts: Float64Array[], n: number): Float64Array {
  const out = new Float64Array(parts.length * n);
  parts.forEach((part, i) => out.set(part, i * n));
  return out;
}

export interface CachedLoad {
  dataset: ScoringDataset;
  source: 'cache' | 'sql';
  /** The content key the dataset was read under (other caches of this state key by it too). */
  key: string;
}

/**
 * The dataset of a workspace file: from its Arrow cache when the cache's key matches the content,
 * else from SQL, then written to the cache (older cache files removed).
 */
/**
 * On unless PARTNERSCOPE_DATASET_CACHE=0 (then every open reads the dataset from SQL). The key is
 * the data revision, which every data-changing write of Partnerscope moves; an edit made to the
 * file from outside in place (an UPDATE with the sqlite3 shell) is not seen: delete the
 * `<workspace>.cache` folder after such an edit.
 */
export function datasetCacheEnabled(): boolean {
  return process.env.PARTNERSCOPE_DATASET_CACHE !== '0';
}

export function loadDatasetCached(db: Database.Database, workspacePath: string): CachedLoad {
  if (workspacePath === ':memory:')
    return { dataset: loadDataset(db), source: 'sql', key: datasetCacheKey(db) };
  // One read transaction: the key and the rows it names come from the same committed state, even
  // when another process commits an import meanwhile.
  return db.transaction(() => loadUnderKey(db, workspacePath))();
}

function loadUnderKey(db: Database.Database, workspacePath: string): CachedLoad {
  const key = datasetCacheKey(db);
  const dir = cacheDir(workspacePath);
  const file = join(dir, `dataset-${key}.arrow`);
  try {
    return { dataset: decodeDataset(readFileSync(file)), source: 'cache', key };
  } catch {
    // Missing, stale or unreadable: load from SQL below.
  }
  const dataset = loadDataset(db);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeParts(tmp, encodeDataset(dataset));
    renameSync(tmp, file);
    for (const name of readdirSync(dir))
      if (name.startsWith('dataset-') && name !== basename(file))
        rmSync(join(dir, name), { force: true });
  } catch {
    // A read-only folder or a full disk only costs the next cold open its speed.
  }
  return { dataset, source: 'sql', key };
}
