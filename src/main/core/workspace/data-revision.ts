/**
 * The workspace's data revision: stored in the workspace file and moved on only by data-changing
 * writes (import commit and undo, demo generation, the fiscal-year setting, KPI values written from
 * MDF claims, corrections). Every cache of scored results — in memory (the scoring context) and on
 * disk (the Arrow dataset cache) — is keyed by it, so a settings save, a saved view or a QBR note
 * reloads nothing, and an import made by another process (a CLI run) is seen on the next call.
 *
 * A revision is a counter plus a random token: the token names one state of the data, so a cache
 * written for it stays right even when a workspace file is replaced by an older copy of itself.
 * A bump runs inside the writer's own transaction, so the revision and the data it describes
 * commit (or roll back) together. Edits made to the file outside Partnerscope do not move it.
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

const KEY = 'dataRevision';

export interface DataRevision {
  /** How many data-changing writes the workspace has seen (0 before the first). */
  n: number;
  /** Names this state of the data ('' before the first data-changing write). */
  token: string;
}

export function readDataRevision(sqlite: Database.Database): DataRevision {
  const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as
    { value: string } | undefined;
  if (!row) return { n: 0, token: '' };
  try {
    const parsed = JSON.parse(row.value) as Partial<DataRevision>;
    return {
      n: Number.isFinite(parsed.n) ? Number(parsed.n) : 0,
      token: typeof parsed.token === 'string' ? parsed.token : '',
    };
  } catch {
    return { n: 0, token: '' };
  }
}

/** One string that changes whenever the data does (a cache key). */
export function dataRevisionKey(sqlite: Database.Database): string {
  const { n, token } = readDataRevision(sqlite);
  return `${n}:${token}`;
}

/** Moves the data revision on; call it inside the transaction that changes the data. */
export function bumpDataRevision(sqlite: Database.Database): DataRevision {
  const next: DataRevision = { n: readDataRevision(sqlite).n + 1, token: randomUUID() };
  sqlite
    .prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    )
    .run(KEY, JSON.stringify(next));
  return next;
}

/**
 * Gives the data a name when it has none yet (a new workspace, or one written before revisions
 * existed), keeping its count: caches beside the workspace are kept only for a named state.
 * Best effort: a file another process is writing (or a read-only one) stays unnamed until the
 * next open.
 */
export function nameDataState(sqlite: Database.Database): void {
  try {
    const current = readDataRevision(sqlite);
    if (current.token !== '') return;
    sqlite
      .prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      .run(KEY, JSON.stringify({ n: current.n, token: randomUUID() } satisfies DataRevision));
  } catch {
    // Busy or read-only: nothing is kept on disk for this state.
  }
}
