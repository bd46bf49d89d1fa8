import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { latestSchemaVersion } from '../../../src/main/core/workspace/migrations';
import { Workspace } from '../../../src/main/core/workspace/workspace';
import { tempDir } from '../../helpers/temp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function temp() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function expectAppError(fn: () => unknown, code: string): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return error as AppError;
  }
  throw new Error(`expected an AppError ${code}`);
}

describe('Workspace', () => {
  it('creates a migrated file with WAL, foreign keys and default settings', () => {
    const file = join(temp(), 'acme.partnerscope');
    const ws = Workspace.create(file);
    expect(ws.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.info()).toMatchObject({
      name: 'acme',
      schemaVersion: latestSchemaVersion(),
      fiscalYearStartMonth: 1,
    });
    ws.close();
    const again = Workspace.open(file);
    expect(again.info().name).toBe('acme');
    again.close();
  });

  it('refuses to overwrite an existing file unless asked', () => {
    const file = join(temp(), 'w.db');
    Workspace.create(file).close();
    expectAppError(() => Workspace.create(file), 'ALREADY_EXISTS');
    Workspace.create(file, true).close();
  });

  it('reports a missing file', () => {
    expectAppError(() => Workspace.open(join(temp(), 'missing.db')), 'NOT_FOUND');
  });

  it('refuses a workspace written by a newer version and leaves the file untouched', () => {
    const file = join(temp(), 'future.db');
    Workspace.create(file).close();
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${latestSchemaVersion() + 1}`);
    raw.close();
    const before = sha(file);
    const error = expectAppError(() => Workspace.open(file), 'WORKSPACE_TOO_NEW');
    expect(error.message).toMatch(/newer version of Partnerscope/);
    expect(error.message).toContain(file);
    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a foreign SQLite database and a file that is not SQLite', () => {
    const dir = temp();
    const foreign = join(dir, 'other.sqlite');
    const raw = new Database(foreign);
    raw.exec('CREATE TABLE invoices (id integer)');
    raw.close();
    expectAppError(() => Workspace.open(foreign), 'NOT_A_WORKSPACE');
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'this is not a database, just some text that is long enough '.repeat(20));
    expectAppError(() => Workspace.open(text), 'NOT_A_WORKSPACE');
  });

  it('enforces foreign keys', () => {
    const ws = Workspace.open(':memory:');
    expect(() =>
      ws.sqlite
        .prepare(
          'INSERT INTO measure_values (partner_id, period_id, measure_id, value, import_id) VALUES (1, 1, 1, 1, 1)',
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    ws.close();
  });
});
