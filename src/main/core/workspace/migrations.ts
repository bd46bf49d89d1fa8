/**
 * The migration runner. drizzle-kit writes SQL files and meta/_journal.json into migrations/;
 * this applies the pending ones in order, all in one transaction, and records the schema version
 * in `PRAGMA user_version` so that a workspace written by a newer app is recognised and refused
 * before anything is written to it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';

export interface Migration {
  /** 1-based: after applying it, `user_version` equals this. */
  version: number;
  tag: string;
  statements: string[];
  hash: string;
}

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** Finds migrations/ walking up from this module (works from src/, out/ and an asar bundle). */
export function findMigrationsDir(): string {
  const fromEnv = process.env.PARTNERSCOPE_MIGRATIONS_DIR;
  if (fromEnv) return resolve(fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'migrations');
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new AppError('INTERNAL', 'The migrations folder was not found next to the application.');
}

let cached: { dir: string; migrations: Migration[] } | undefined;

export function loadMigrations(dir = findMigrationsDir()): Migration[] {
  if (cached?.dir === dir) return cached.migrations;
  const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as Journal;
  const migrations = [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map((entry, i) => {
      const text = readFileSync(join(dir, `${entry.tag}.sql`), 'utf8');
      return {
        version: i + 1,
        tag: entry.tag,
        statements: text
          .split('--> statement-breakpoint')
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
        hash: createHash('sha256').update(text).digest('hex'),
      };
    });
  cached = { dir, migrations };
  return migrations;
}

export function latestSchemaVersion(migrations = loadMigrations()): number {
  return migrations.length;
}

export function readSchemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Throws (without writing) when the file is not a workspace or is newer than this app.
 * Call this before any pragma that writes, such as `journal_mode = WAL`.
 */
export function assertCanOpen(db: Database.Database, file: string, migrations = loadMigrations()) {
  const version = readSchemaVersion(db);
  const latest = latestSchemaVersion(migrations);
  if (version > latest) {
    throw new AppError(
      'WORKSPACE_TOO_NEW',
      `${file} was written by a newer version of Partnerscope (workspace schema ${version}; this app knows up to ${latest}). Update Partnerscope to open it; the file was not changed.`,
      { file, schemaVersion: version, supported: latest },
    );
  }
  if (version < 0) {
    throw new AppError(
      'NOT_A_WORKSPACE',
      `${file} is an SQLite database but not a Partnerscope workspace: its schema version is ${version}, which Partnerscope never writes (another program made or changed it); the file was not changed.`,
      { file, schemaVersion: version },
    );
  }
  if (version > 0) {
    const own = db
      .prepare(
        "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('schema_migrations', 'settings', 'partners')",
      )
      .get() as { n: number };
    if (own.n < 3) {
      throw new AppError(
        'NOT_A_WORKSPACE',
        `${file} is an SQLite database but not a Partnerscope workspace: it claims schema version ${version} but lacks Partnerscope's tables (another program made it, or it is damaged); the file was not changed.`,
        { file, schemaVersion: version },
      );
    }
  }
  if (version === 0) {
    const tables = db
      .prepare(
        "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .get() as { n: number };
    if (tables.n > 0) {
      throw new AppError(
        'NOT_A_WORKSPACE',
        `${file} is an SQLite database but not a Partnerscope workspace; it was not changed.`,
        { file },
      );
    }
  }
}

/** Applies every pending migration in one transaction. Returns how many were applied. */
export function migrate(db: Database.Database, migrations = loadMigrations()): number {
  const current = readSchemaVersion(db);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return 0;
  const apply = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, tag TEXT NOT NULL, hash TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const record = db.prepare(
      'INSERT INTO schema_migrations (version, tag, hash, applied_at) VALUES (?, ?, ?, ?)',
    );
    for (const m of pending) {
      for (const statement of m.statements) db.exec(statement);
      record.run(m.version, m.tag, m.hash, new Date().toISOString());
    }
    // user_version is transactional in SQLite: it rolls back with everything else.
    db.pragma(`user_version = ${pending[pending.length - 1]!.version}`);
  });
  apply.immediate();
  return pending.length;
}
