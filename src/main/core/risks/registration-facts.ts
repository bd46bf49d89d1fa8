/**
 * Deal-registration counts per partner for the registration-abuse rule, from the transaction
 * table: among deals that closed (won or lost) in a window, how many were registered after the
 * close date, and how many closed within `sameDayDays` days of being registered.
 */
import type Database from 'better-sqlite3';
import type { ScoringDataset } from '../scoring/dataset';

export interface RegistrationCounts {
  closed: number;
  afterClose: number;
  sameDay: number;
}

export interface RegistrationWindow {
  from: string;
  to: string;
  sameDayDays: number;
}

/** Counts keyed by dataset row. */
export function registrationCounts(
  db: Database.Database,
  dataset: ScoringDataset,
  window: RegistrationWindow,
): Map<number, RegistrationCounts> {
  const rows = db
    .prepare(
      `SELECT partner_id,
              count(*),
              sum(substr(registered_on, 1, 10) > substr(closed_on, 1, 10)),
              sum(substr(registered_on, 1, 10) <= substr(closed_on, 1, 10)
                  AND julianday(substr(closed_on, 1, 10)) - julianday(substr(registered_on, 1, 10)) <= ?)
       FROM deal_registrations
       WHERE closed_on IS NOT NULL AND status IN ('won', 'lost')
         AND substr(closed_on, 1, 10) BETWEEN ? AND ?
       GROUP BY partner_id`,
    )
    .raw(true)
    .all(window.sameDayDays, window.from, window.to) as [number, number, number, number][];
  const rowOf = new Map(Array.from(dataset.partners.id, (id, row) => [id, row]));
  const out = new Map<number, RegistrationCounts>();
  for (const [id, closed, afterClose, sameDay] of rows) {
    const row = rowOf.get(id);
    if (row !== undefined) out.set(row, { closed, afterClose, sameDay });
  }
  return out;
}
