/**
 * Bulk loading into empty tables is much faster without their secondary indexes: drop them first
 * and build each in one pass afterwards (inside the same transaction). The definitions are read
 * from the schema itself, so they are recreated exactly as the migrations made them.
 */
import type Database from 'better-sqlite3';

/** Drops the explicit indexes of `tables` and returns a function that recreates them. */
export function deferIndexes(sqlite: Database.Database, tables: readonly string[]): () => void {
  const rows = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?))
       ORDER BY name`,
    )
    .all(JSON.stringify(tables)) as { name: string; sql: string }[];
  for (const row of rows) sqlite.exec(`DROP INDEX "${row.name.replace(/"/g, '""')}"`);
  return () => {
    for (const row of rows) sqlite.exec(row.sql);
  };
}
