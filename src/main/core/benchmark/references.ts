/** External reference benchmarks stored in the workspace: import, list, delete. */
import { asc, eq, sql } from 'drizzle-orm';
import type { ReferenceImport, ReferenceValue } from '../../../shared/api/benchmark';
import { AppError } from '../../../shared/errors';
import { benchmarkReferences } from '../workspace/schema';
import type { Workspace } from '../workspace/workspace';
import { parseReferenceCsv } from './reference-csv';

export function listReferences(ws: Workspace, source?: string): ReferenceValue[] {
  return ws.db
    .select({
      source: benchmarkReferences.source,
      kpi: benchmarkReferences.kpi,
      value: benchmarkReferences.value,
      note: benchmarkReferences.note,
    })
    .from(benchmarkReferences)
    .where(source === undefined ? undefined : eq(benchmarkReferences.source, source))
    .orderBy(asc(benchmarkReferences.source), asc(benchmarkReferences.kpi))
    .all();
}

export function referenceSources(
  ws: Workspace,
): { source: string; kpis: number; importedAt: string }[] {
  return ws.db
    .select({
      source: benchmarkReferences.source,
      kpis: sql<number>`count(*)`,
      importedAt: sql<string>`max(${benchmarkReferences.importedAt})`,
    })
    .from(benchmarkReferences)
    .groupBy(benchmarkReferences.source)
    .orderBy(asc(benchmarkReferences.source))
    .all();
}

export function importReferences(
  ws: Workspace,
  input: { source: string; csv: string; replace: boolean },
  resolveKpi: (raw: string) => string | null,
): ReferenceImport {
  const { rows, skipped } = parseReferenceCsv(input.csv, resolveKpi);
  if (rows.length === 0) {
    throw new AppError(
      'INVALID_DATA',
      'No reference values found: the CSV needs a KPI column and a value column (e.g. "kpi,value").',
      { skipped },
    );
  }
  const importedAt = new Date().toISOString();
  ws.sqlite.transaction(() => {
    if (input.replace)
      ws.db.delete(benchmarkReferences).where(eq(benchmarkReferences.source, input.source)).run();
    for (const r of rows) {
      ws.db
        .insert(benchmarkReferences)
        .values({ source: input.source, kpi: r.kpi, value: r.value, note: r.note, importedAt })
        .onConflictDoUpdate({
          target: [benchmarkReferences.source, benchmarkReferences.kpi],
          set: { value: r.value, note: r.note, importedAt },
        })
        .run();
    }
  })();
  return { source: input.source, imported: rows.length, skipped };
}

export function deleteReferences(ws: Workspace, source: string): number {
  return ws.db.delete(benchmarkReferences).where(eq(benchmarkReferences.source, source)).run()
    .changes;
}
