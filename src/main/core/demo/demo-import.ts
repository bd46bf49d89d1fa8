/**
 * The `imports` row of a generator run: the lineage of every generated row (its import_id), with
 * the seed and size in its name so that the data can be regenerated.
 */
import type Database from 'better-sqlite3';
import type { DemoOptions } from '../../../shared/api/workspace';
import type { WrittenCounts } from './demo-writer';

export function startDemoImport(
  sqlite: Database.Database,
  { partners, quarters, seed }: DemoOptions,
  generatorVersion: number,
): number {
  const result = sqlite
    .prepare(
      `INSERT INTO imports (kind, file_name, status, started_at, note)
       VALUES ('demo', ?, 'committed', ?, ?)`,
    )
    .run(
      `demo generator (seed ${seed}, ${partners} partners)`,
      new Date().toISOString(),
      `Synthetic demo data, generator v${generatorVersion}: seed ${seed}, ${partners} partners, ` +
        `${quarters} quarters ending 2026-Q3.`,
    );
  return Number(result.lastInsertRowid);
}

export function finishDemoImport(
  sqlite: Database.Database,
  importId: number,
  counts: WrittenCounts,
) {
  const rows = counts.partners + counts.values + counts.targets + counts.registrations;
  sqlite
    .prepare('UPDATE imports SET rows_read = ?, rows_accepted = ?, finished_at = ? WHERE id = ?')
    .run(rows, rows, new Date().toISOString(), importId);
}
