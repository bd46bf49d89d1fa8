/** The import history and one import's details. */
import type { ImportDetails, ImportHistoryEntry } from '../../../shared/api/import';
import { AppError } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';

interface ImportRow {
  id: number;
  kind: string;
  file_name: string;
  content_hash: string | null;
  rows_read: number;
  rows_accepted: number;
  rows_rejected: number;
  status: string;
  started_at: string;
  finished_at: string | null;
  note: string | null;
  mapping: string | null;
}

function entry(row: ImportRow, files: string[]): ImportHistoryEntry {
  return {
    importId: row.id,
    kind: row.kind,
    fileNames: files.length ? files : [row.file_name],
    contentHash: row.content_hash,
    rowsRead: row.rows_read,
    rowsAccepted: row.rows_accepted,
    rowsRejected: row.rows_rejected,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    note: row.note,
  };
}

export function importHistory(ws: Workspace): ImportHistoryEntry[] {
  const rows = ws.sqlite.prepare('SELECT * FROM imports ORDER BY id DESC').all() as ImportRow[];
  const files = ws.sqlite
    .prepare(
      "SELECT import_id AS importId, file_name AS fileName FROM import_files WHERE kind <> 'lookup' ORDER BY import_id, position",
    )
    .all() as { importId: number; fileName: string }[];
  const byImport = new Map<number, string[]>();
  for (const f of files)
    byImport.set(f.importId, [...(byImport.get(f.importId) ?? []), f.fileName]);
  return rows.map((r) => entry(r, byImport.get(r.id) ?? []));
}

export function importDetails(ws: Workspace, id: number): ImportDetails {
  const db = ws.sqlite;
  const row = db.prepare('SELECT * FROM imports WHERE id = ?').get(id) as ImportRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no import #${id}.`);
  const files = db
    .prepare(
      `SELECT file_name AS fileName, kind, content_hash AS contentHash, bytes, rows_read AS rowsRead,
              rows_accepted AS rowsAccepted, rows_rejected AS rowsRejected
       FROM import_files WHERE import_id = ? ORDER BY position`,
    )
    .all(id) as ImportDetails['files'];
  const count = (sql: string) => (db.prepare(sql).get(id) as { n: number }).n;
  return {
    ...entry(
      row,
      files.filter((f) => f.kind !== 'lookup').map((f) => f.fileName),
    ),
    mapping: row.mapping ? (JSON.parse(row.mapping) as unknown) : null,
    files,
    counts: {
      values: count('SELECT count(*) AS n FROM measure_values WHERE import_id = ?'),
      targets: count('SELECT count(*) AS n FROM targets WHERE import_id = ?'),
      dealRegistrations: count('SELECT count(*) AS n FROM deal_registrations WHERE import_id = ?'),
      partnersCreated: count('SELECT count(*) AS n FROM partners WHERE import_id = ?'),
    },
  };
}
