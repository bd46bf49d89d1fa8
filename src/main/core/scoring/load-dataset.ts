/**
 * Loads a workspace into the engine's columnar dataset in a handful of queries: partners,
 * periods of one grain, every measure value and target, and the derived measures. This is the
 * only module of the engine that reads SQLite.
 */
import type Database from 'better-sqlite3';
import type { Grain } from '../workspace/periods';
import {
  partnerCount,
  type Aggregation,
  type PartnerColumns,
  type PeriodInfo,
  type ScoringDataset,
} from './dataset';
import { DERIVED_MEASURES, daysToFirstDeal } from './derived-measures';
import { contiguousPeriods } from './period-axis';

/** Rows read per query: large enough to be fast, small enough to keep memory flat. */
const CHUNK_ROWS = 250_000;

interface PeriodRow extends PeriodInfo {
  id: number;
}

export function chooseGrain(db: Database.Database): Grain {
  for (const grain of ['quarter', 'month', 'year'] as const) {
    const hit = db
      .prepare(
        `SELECT 1 FROM measure_values WHERE period_id IN (SELECT id FROM periods WHERE grain = ?) LIMIT 1`,
      )
      .get(grain);
    if (hit) return grain;
  }
  return 'quarter';
}

export function loadDataset(
  db: Database.Database,
  grain: Grain = chooseGrain(db),
  chunkRows = CHUNK_ROWS,
): ScoringDataset {
  const fyRow = db
    .prepare(`SELECT value FROM settings WHERE key = 'fiscalYearStartMonth'`)
    .get() as { value: string } | undefined;
  const fyStart = fyRow ? Number(JSON.parse(fyRow.value)) || 1 : 1;
  const stored = db
    .prepare(
      `SELECT id, key, label, start_date AS startDate, end_date AS endDate, fiscal_year AS fiscalYear,
              fiscal_quarter AS fiscalQuarter
       FROM periods WHERE grain = ? ORDER BY start_date`,
    )
    .all(grain) as PeriodRow[];
  const periods = contiguousPeriods(stored, grain, fyStart).map(
    ({ key, label, startDate, endDate, fiscalYear, fiscalQuarter }) => ({
      key,
      label,
      startDate,
      endDate,
      fiscalYear,
      fiscalQuarter,
    }),
  );
  const partners = loadPartners(db);
  const measureRows = db.prepare(`SELECT id, key, aggregation FROM measures ORDER BY id`).all() as {
    id: number;
    key: string;
    aggregation: string;
  }[];
  const storedKeys = new Set(measureRows.map((m) => m.key));
  const derived = DERIVED_MEASURES.filter((d) => !storedKeys.has(d.key));
  const measures = [
    ...measureRows.map((m) => ({ key: m.key, aggregation: asAggregation(m.aggregation) })),
    ...derived,
  ];
  const n = partners.id.length;
  const T = periods.length;
  const rowOfPartner = indexLookup(Array.from(partners.id));
  const periodIndexByKey = new Map(periods.map((p, i) => [p.key, i]));
  const tOfPeriod = indexLookup(
    stored.map((p) => p.id),
    stored.map((p) => periodIndexByKey.get(p.key) ?? -1),
  );
  const mOfMeasure = indexLookup(measureRows.map((m) => m.id));

  const values = new Float64Array(measures.length * T * n).fill(NaN);
  fillCube(db, 'measure_values', values, { rowOfPartner, tOfPeriod, mOfMeasure }, T, n, chunkRows);

  const targetMeasureIds = (
    db.prepare(`SELECT DISTINCT measure_id AS id FROM targets ORDER BY measure_id`).all() as {
      id: number;
    }[]
  ).map((r) => r.id);
  const targetMeasures = targetMeasureIds.map((id) => measureRows.find((m) => m.id === id)!.key);
  const targets = new Float64Array(targetMeasures.length * T * n).fill(NaN);
  fillCube(
    db,
    'targets',
    targets,
    { rowOfPartner, tOfPeriod, mOfMeasure: indexLookup(targetMeasureIds) },
    T,
    n,
    chunkRows,
  );

  const ds: ScoringDataset = {
    grain,
    partners,
    periods,
    measures,
    values,
    targetMeasures,
    targets,
  };
  if (derived.length > 0) fillDaysToFirstDeal(db, ds, measures.length - 1, rowOfPartner);
  return ds;
}

function asAggregation(value: string): Aggregation {
  return value === 'avg' || value === 'last' ? value : 'sum';
}

function loadPartners(db: Database.Database): PartnerColumns {
  const rows = db
    .prepare(
      `SELECT id, external_id, name, type, region, tier, status, onboarded_on, attributes FROM partners ORDER BY id`,
    )
    .raw(true)
    .all() as [
    number,
    string,
    string,
    string | null,
    string | null,
    string | null,
    string,
    string | null,
    string | null,
  ][];
  return {
    id: Int32Array.from(rows, (r) => r[0]),
    externalId: rows.map((r) => r[1]),
    name: rows.map((r) => r[2]),
    type: rows.map((r) => r[3]),
    region: rows.map((r) => r[4]),
    tier: rows.map((r) => r[5]),
    status: rows.map((r) => r[6]),
    onboardedOn: rows.map((r) => r[7]),
    attributes: rows.map((r) => r[8]),
  };
}

/** id → index (or → the given value) as a dense Int32Array; -1 for unknown ids. */
function indexLookup(ids: number[], to?: number[]): Int32Array {
  const max = ids.reduce((a, b) => Math.max(a, b), 0);
  const lookup = new Int32Array(max + 1).fill(-1);
  ids.forEach((id, i) => (lookup[id] = to ? to[i]! : i));
  return lookup;
}

interface Lookups {
  rowOfPartner: Int32Array;
  tOfPeriod: Int32Array;
  mOfMeasure: Int32Array;
}

/**
 * Reads a table a quarter of a million rows per query: SQLite builds two JSON arrays (packed cell
 * keys and values) in C and V8 parses them, several times faster than materialising millions of
 * rows one by one, with a few megabytes in flight. The bundled SQLite prints doubles in shortest
 * round-trip form, so values stay exact.
 */
function fillCube(
  db: Database.Database,
  table: 'measure_values' | 'targets',
  cube: Float64Array,
  { rowOfPartner, tOfPeriod, mOfMeasure }: Lookups,
  T: number,
  n: number,
  chunkRows: number,
) {
  const periodIds = [...tOfPeriod.keys()].filter((id) => tOfPeriod[id]! >= 0);
  if (periodIds.length === 0) return;
  const P = tOfPeriod.length;
  const M = mOfMeasure.length;
  // In rowid chunks, so that the JSON text and parsed arrays stay a few megabytes at a time.
  const inGrain = `period_id IN (${periodIds.join(',')})`;
  const chunk = db
    .prepare(
      `SELECT json_group_array((partner_id * ${P} + period_id) * ${M} + measure_id) FILTER (WHERE ${inGrain}),
              json_group_array(value) FILTER (WHERE ${inGrain}),
              max(rowid)
       FROM (SELECT rowid, partner_id, period_id, measure_id, value FROM ${table}
             WHERE rowid > ? ORDER BY rowid LIMIT ${chunkRows})`,
    )
    .raw(true);
  for (let after = 0; ;) {
    const [keyJson, valueJson, maxRowid] = chunk.get(after) as [string, string, number | null];
    if (maxRowid === null) break;
    const keys = JSON.parse(keyJson) as number[];
    const values = JSON.parse(valueJson) as number[];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const m = mOfMeasure[key % M] ?? -1;
      const rest = Math.floor(key / M);
      const t = tOfPeriod[rest % P] ?? -1;
      const p = rowOfPartner[Math.floor(rest / P)] ?? -1;
      if (p < 0 || t < 0 || m < 0) continue;
      cube[(m * T + t) * n + p] = values[i]!;
    }
    after = maxRowid;
  }
}

function fillDaysToFirstDeal(
  db: Database.Database,
  ds: ScoringDataset,
  m: number,
  rowOfPartner: Int32Array,
) {
  const n = partnerCount(ds);
  const firstWon = new Array<string | null>(n).fill(null);
  const rows = db
    .prepare(
      `SELECT partner_id, min(closed_on) FROM deal_registrations
       WHERE status = 'won' AND closed_on IS NOT NULL GROUP BY partner_id`,
    )
    .raw(true)
    .all() as [number, string][];
  for (const [id, date] of rows) {
    const p = rowOfPartner[id] ?? -1;
    if (p >= 0) firstWon[p] = date;
  }
  const T = ds.periods.length;
  const DAY = 86_400_000;
  const onboarded = ds.partners.onboardedOn.map((d) => (d ? Date.parse(d) : NaN));
  const won = firstWon.map((d) => (d ? Date.parse(d) : NaN));
  ds.periods.forEach((period, t) => {
    const end = Date.parse(period.endDate);
    const offset = (m * T + t) * n;
    for (let p = 0; p < n; p++)
      ds.values[offset + p] = daysToFirstDeal(onboarded[p]!, won[p]!, end, DAY);
  });
}
