/**
 * Lays approved, unexpired corrections over the values the scoring engine loaded. The stored
 * values are never changed, so an import's undo and the input slices of score snapshots (which
 * recompute published scores) are untouched by corrections; a correction stops applying on its
 * expiry date without anything being written.
 */
import type Database from 'better-sqlite3';
import type { ScoringDataset } from '../scoring/dataset';
import { todayIso } from './today';

interface ActiveRow {
  id: number;
  partnerId: number;
  periodKey: string;
  measure: string;
  value: number;
}

const ACTIVE = `status = 'approved' AND (expires_on IS NULL OR expires_on > @today)`;

/** Changes when the set of corrections in force changes (an approval, or a day of expiry passing). */
export function correctionsSignature(db: Database.Database, today = todayIso()): string {
  const row = db
    .prepare(`SELECT count(*) AS n, coalesce(max(id), 0) AS last FROM corrections WHERE ${ACTIVE}`)
    .get({ today }) as { n: number; last: number };
  return `${row.n}/${row.last}`;
}

export function activeCorrections(db: Database.Database, today = todayIso()): ActiveRow[] {
  return db
    .prepare(
      `SELECT c.id, c.partner_id AS partnerId, p.key AS periodKey, m.key AS measure, c.value
       FROM corrections c JOIN periods p ON p.id = c.period_id JOIN measures m ON m.id = c.measure_id
       WHERE c.status = 'approved' AND (c.expires_on IS NULL OR c.expires_on > @today)
       ORDER BY c.decided_at, c.id`,
    )
    .all({ today }) as ActiveRow[];
}

/**
 * Writes the corrected values into `ds` (in place). The latest approval of a cell wins. Returns
 * how many cells were corrected (a correction of a period of another grain does not apply).
 */
export function applyCorrections(
  db: Database.Database,
  ds: ScoringDataset,
  today = todayIso(),
): number {
  const rows = activeCorrections(db, today);
  if (rows.length === 0) return 0;
  const n = ds.partners.id.length;
  const T = ds.periods.length;
  const periodIndex = new Map(ds.periods.map((p, t) => [p.key, t]));
  const measureIndex = new Map(ds.measures.map((m, i) => [m.key, i]));
  const partnerIndex = new Map<number, number>();
  ds.partners.id.forEach((id, p) => partnerIndex.set(id, p));
  let applied = 0;
  for (const r of rows) {
    const t = periodIndex.get(r.periodKey);
    const m = measureIndex.get(r.measure);
    const p = partnerIndex.get(r.partnerId);
    if (t === undefined || m === undefined || p === undefined) continue;
    ds.values[(m * T + t) * n + p] = r.value;
    applied++;
  }
  return applied;
}
