/** What an analysis reads from the workspace (partners, measures, stored cells, past imports). */
import type { MeasureDef } from '../workspace/standard-measures';
import type { Workspace } from '../workspace/workspace';
import type { WorkspaceSnapshot } from './analyse/read-files';

export function importedBefore(ws: Workspace, contentHash: string) {
  return ws.sqlite
    .prepare(
      `SELECT f.import_id AS importId, f.file_name AS fileName, i.started_at AS at
       FROM import_files f JOIN imports i ON i.id = f.import_id
       WHERE f.content_hash = ? AND i.status = 'committed' ORDER BY f.import_id`,
    )
    .all(contentHash) as { importId: number; fileName: string; at: string }[];
}

export function workspaceSnapshot(ws: Workspace): WorkspaceSnapshot {
  const db = ws.sqlite;
  return {
    fyStart: ws.getSetting('fiscalYearStartMonth', 1),
    partners: db
      .prepare('SELECT external_id AS externalId, name, attributes FROM partners')
      .all() as WorkspaceSnapshot['partners'],
    measures: db
      .prepare('SELECT key, name, unit, aggregation, description FROM measures')
      .all() as MeasureDef[],
    existingCells(target, measures, periods) {
      const table = target === 'value' ? 'measure_values' : 'targets';
      const found = new Set<string>();
      if (measures.length === 0 || periods.length === 0) return found;
      const rows = db
        .prepare(
          `SELECT m.key AS measure, pe.key AS period, p.external_id AS partner
           FROM ${table} v JOIN measures m ON m.id = v.measure_id JOIN periods pe ON pe.id = v.period_id
           JOIN partners p ON p.id = v.partner_id
           WHERE m.key IN (SELECT value FROM json_each(?)) AND pe.key IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(measures), JSON.stringify(periods)) as {
        measure: string;
        period: string;
        partner: string;
      }[];
      for (const r of rows) found.add(`${r.measure}|${r.period}|${r.partner}`);
      return found;
    },
    importedBefore: (hash) => importedBefore(ws, hash),
  };
}
