import { nameDataState } from './data-revision';
import { existsSync, rmSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { WorkspaceInfo } from '../../../shared/api';
import * as schema from './schema';
import { assertCanOpen, latestSchemaVersion, migrate, readSchemaVersion } from './migrations';
import { electronNativeBinding } from './native-binding';
import { assertNotEmptyFile, openError } from './open-errors';

export type WorkspaceDb = BetterSQLite3Database<typeof schema>;

export interface OpenOptions {
  /** Create the file when it does not exist (default false: a missing file is an error). */
  create?: boolean;
}

/** A second connection to a workspace's file, for a write job that must not share a transaction. */
export interface WriterConnection {
  readonly sqlite: Database.Database;
  readonly db: WorkspaceDb;
  close(): void;
}

/** How long a write job waits for another process's write transaction before it gives up. */
const WRITER_BUSY_MS = 2000;

/** One open workspace: a single SQLite file, WAL, foreign keys on, migrated to the latest schema. */
export class Workspace {
  readonly path: string;
  readonly sqlite: Database.Database;
  readonly db: WorkspaceDb;
  private job: Promise<void> | null = null;

  private constructor(path: string, sqlite: Database.Database) {
    this.path = path;
    this.sqlite = sqlite;
    this.db = drizzle(sqlite, { schema });
  }

  static open(file: string, options: OpenOptions = {}): Workspace {
    const path = file === ':memory:' ? file : resolve(file);
    const exists = path !== ':memory:' && existsSync(path);
    if (path !== ':memory:' && !exists && !options.create) {
      throw new AppError('NOT_FOUND', `No workspace at ${path}.`, { file: path });
    }
    if (exists && !options.create) assertNotEmptyFile(path);
    let sqlite: Database.Database;
    try {
      const nativeBinding = electronNativeBinding();
      sqlite = new Database(path, nativeBinding ? { nativeBinding } : {});
    } catch (error) {
      throw openError(error, path);
    }
    try {
      // "file is not a database" surfaces on the first read.
      assertCanOpen(sqlite, path);
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = NORMAL');
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma('busy_timeout = 5000');
      const ws = new Workspace(path, sqlite);
      const fresh = readSchemaVersion(sqlite) === 0;
      migrate(sqlite);
      if (fresh) ws.initialiseSettings(path);
      nameDataState(sqlite);
      return ws;
    } catch (error) {
      sqlite.close();
      throw openError(error, path);
    }
  }

  /** Creates a new workspace file; refuses to replace an existing one unless `overwrite`. */
  static create(file: string, overwrite = false): Workspace {
    const path = resolve(file);
    if (existsSync(path)) {
      if (!overwrite) {
        throw new AppError(
          'ALREADY_EXISTS',
          `${path} already exists; choose another name or overwrite it.`,
          {
            file: path,
          },
        );
      }
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    }
    return Workspace.open(path, { create: true });
  }

  private initialiseSettings(path: string) {
    const name = path === ':memory:' ? 'Workspace' : basename(path, extname(path));
    this.setSetting('name', name);
    this.setSetting('fiscalYearStartMonth', 1);
    this.setSetting('isDemo', false);
    this.setSetting('createdAt', new Date().toISOString());
  }

  /**
   * Runs a write job (an import commit) on a connection of its own, so that it never shares a
   * transaction with the app's other writes and readers keep seeing the last committed state
   * (WAL). While it runs, this connection's writes fail fast with SQLITE_BUSY instead of blocking
   * the thread the job itself runs on; the dispatcher waits for `writeJob` and retries them.
   * An in-memory workspace has no second connection: the job shares this one.
   */
  async runWriteJob<T>(work: (writer: WriterConnection) => Promise<T>): Promise<T> {
    if (this.job) {
      throw new AppError(
        'BUSY',
        'Another import is being written to this workspace; wait for it to finish.',
      );
    }
    const writer = this.path === ':memory:' ? this.sharedWriter() : this.openWriter();
    let release!: () => void;
    this.job = new Promise<void>((resolve) => (release = resolve));
    if (writer.sqlite !== this.sqlite) this.sqlite.pragma('busy_timeout = 0');
    try {
      return await work(writer);
    } finally {
      writer.close();
      if (this.sqlite.open && writer.sqlite !== this.sqlite)
        this.sqlite.pragma('busy_timeout = 5000');
      this.job = null;
      release();
    }
  }

  /** Settles when the running write job ends; null when none runs. */
  get writeJob(): Promise<void> | null {
    return this.job;
  }

  private openWriter(): WriterConnection {
    const nativeBinding = electronNativeBinding();
    const sqlite = new Database(this.path, nativeBinding ? { nativeBinding } : {});
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${WRITER_BUSY_MS}`);
    return { sqlite, db: drizzle(sqlite, { schema }), close: () => sqlite.close() };
  }

  private sharedWriter(): WriterConnection {
    return { sqlite: this.sqlite, db: this.db, close: () => undefined };
  }

  getSetting<T>(key: string, fallback: T): T {
    const row = this.db.select().from(schema.settings).where(eq(schema.settings.key, key)).get();
    return row ? (JSON.parse(row.value) as T) : fallback;
  }

  setSetting(key: string, value: unknown) {
    const json = JSON.stringify(value);
    this.db
      .insert(schema.settings)
      .values({ key, value: json })
      .onConflictDoUpdate({ target: schema.settings.key, set: { value: json } })
      .run();
  }

  info(): WorkspaceInfo {
    return {
      path: this.path,
      name: this.getSetting('name', 'Workspace'),
      schemaVersion: readSchemaVersion(this.sqlite),
      fiscalYearStartMonth: this.getSetting('fiscalYearStartMonth', 1),
      isDemo: this.getSetting('isDemo', false),
    };
  }

  close() {
    if (this.sqlite.open) this.sqlite.close();
  }
}

export { latestSchemaVersion };
