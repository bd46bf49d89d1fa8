import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openError } from '../../../src/main/core/workspace/open-errors';
import { Workspace } from '../../../src/main/core/workspace/workspace';
import { AppError } from '../../../src/shared/errors';
import { tempDir } from '../../helpers/temp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function temp() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The error opening `file` fails with; the file must be byte-identical afterwards. */
function refusal(file: string): AppError {
  const before = sha(file);
  let caught: unknown;
  try {
    Workspace.open(file).close();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect(sha(file)).toBe(before);
  return caught as AppError;
}

describe('opening a file that is no workable workspace', () => {
  it('refuses a 0-byte file instead of turning it into a workspace', () => {
    const file = join(temp(), 'empty.partnerscope');
    writeFileSync(file, '');
    const error = refusal(file);
    expect(error.code).toBe('NOT_A_WORKSPACE');
    expect(error.message).toMatch(/empty\.partnerscope is an empty file \(0 bytes\)/);
    expect(readFileSync(file).length).toBe(0);
  });

  it('says a foreign SQLite file is not a workspace, whatever its user_version', () => {
    const dir = temp();
    for (const version of [-1, 3]) {
      const file = join(dir, `foreign${version}.partnerscope`);
      const db = new Database(file);
      db.exec('CREATE TABLE deal_registrations (x); CREATE TABLE notes (y)');
      db.pragma(`user_version = ${version}`);
      db.close();
      const error = refusal(file);
      expect(error.code).toBe('NOT_A_WORKSPACE');
      expect(error.message).toMatch(
        version < 0
          ? /schema version is -1, which Partnerscope never writes/
          : /lacks Partnerscope's tables/,
      );
      expect(error.message).not.toMatch(/already exists/);
    }
  });

  it('says a file of random bytes is no SQLite database', () => {
    const file = join(temp(), 'noise.partnerscope');
    writeFileSync(file, Buffer.alloc(8192, 7));
    const error = refusal(file);
    expect(error.code).toBe('NOT_A_WORKSPACE');
    expect(error.message).toMatch(/no SQLite database/);
  });

  it('says a damaged workspace is damaged and suggests a backup', () => {
    const file = join(temp(), 'damaged.partnerscope');
    Workspace.create(file).close();
    const bytes = readFileSync(file);
    // Keep SQLite's 100-byte header, scramble the rest of the first page (the schema table).
    for (let i = 100; i < 4096; i++) bytes[i] = (i * 31) & 0xff;
    writeFileSync(file, bytes);
    const error = refusal(file);
    expect(error.code).toBe('WORKSPACE_DAMAGED');
    expect(error.message).toMatch(
      /damaged\.partnerscope is damaged.*Restore the workspace from a backup/,
    );
  });

  it('names a read-only folder or file (SQLite only says it cannot open or write)', () => {
    const cantOpen = Object.assign(new Error('unable to open database file'), {
      code: 'SQLITE_CANTOPEN',
    });
    const folder = openError(
      cantOpen,
      '/data/shared/acme.partnerscope',
      (p) => p !== '/data/shared',
    );
    expect(folder.code).toBe('READ_ONLY');
    expect(folder.message).toMatch(/is in a read-only folder \(\/data\/shared\)/);
    const readonly = Object.assign(new Error('attempt to write a readonly database'), {
      code: 'SQLITE_READONLY',
    });
    const file = openError(readonly, '/data/acme.partnerscope', (p) => p === '/data');
    expect(file.message).toMatch(/acme\.partnerscope is read-only/);
  });
});
