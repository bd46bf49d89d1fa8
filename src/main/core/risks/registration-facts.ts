/**
 * Deal-registration counts per partner for the registration-abuse rule, from the transaction
 * table: among deals that closed (won or lost) in a window, how many were registered after the
 * close date, and how many closed within `sameDayDays` days of being registered. One scan returns
 * only those suspicious registrations (few); the closed-deal totals are then read through the
 * partner index for the partners that have any (a GROUP BY over every registration would sort
 * them all: 4× slower at 10 000 partners).
 */
import type Database from 'better-sqlite3';
import type { ScoringDataset } from '../scoring/dataset';

export interface RegistrationCounts {
  closed: number;
  afterClose: number;
  sameDay: number;
}

export interface RegistrationWindow {
  /** First and last day (ISO dates) of the window. */
  from: string;
  to: string;
  sameDayDays: number;
}

/** The day after an ISO date: an exclusive upper bound that also admits times on `to`. */
function dayAfter(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Counts keyed by dataset row; partners without a suspicious registration are absent. */
export function registrationCounts(
  db: Database.Database,
  dataset: ScoringDataset,
  window: RegistrationWindow,
): Map<number, RegistrationCounts> {
  const end = dayAfter(window.to);
  const suspicious = db
    .prepare(
      `SELECT partner_id, substr(registered_on, 1, 10) > substr(closed_on, 1, 10)
       FROM deal_registrations
       WHERE closed_on >= ? AND closed_on < ? AND status IN ('won', 'lost')
         AND (substr(registered_on, 1, 10) >= substr(closed_on, 1, 10)
              OR (? > 0 AND julianday(substr(closed_on, 1, 10)) - julianday(substr(registered_on, 1, 10)) <= ?))`,
    )
    .raw(true)
    .all(window.from, end, window.sameDayDays, window.sameDayDays) as [number, number][];
  const byId = new Map<number, RegistrationCounts>();
  for (const [id, late] of suspicious) {
    let c = byId.get(id);
    if (!c) byId.set(id, (c = { closed: 0, afterClose: 0, sameDay: 0 }));
    if (late) c.afterClose += 1;
    else c.sameDay += 1;
  }
  const closed = db.prepare(
    `SELECT count(*) FROM deal_registrations
     WHERE partner_id = ? AND closed_on >= ? AND closed_on < ? AND status IN ('won', 'lost')`,
  );
  const rowOf = new Map(Array.from(dataset.partners.id, (id, row) => [id, row]));
  const out = new Map<number, RegistrationCounts>();
  for (const [id, c] of byId) {
    const row = rowOf.get(id);
    if (row === undefined) continue;
    c.closed = closed.pluck().get(id, window.from, end) as number;
    out.set(row, c);
  }
  return out;
}
