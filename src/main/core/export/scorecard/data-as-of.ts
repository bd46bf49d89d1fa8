/** When the workspace's data was last brought up to date: the newest committed import's date. */
import type Database from 'better-sqlite3';

export function dataAsOf(db: Database.Database): string | null {
  const row = db
    .prepare(
      `SELECT max(coalesce(finished_at, started_at)) AS at FROM imports WHERE status = 'committed'`,
    )
    .get() as { at: string | null } | undefined;
  return row?.at ? row.at.slice(0, 10) : null;
}
