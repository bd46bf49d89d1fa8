import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  latestSchemaVersion,
  loadMigrations,
  migrate,
  readSchemaVersion,
} from '../../../src/main/core/workspace/migrations';
import { tempDir } from '../../helpers/temp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function tables(db: Database.Database): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

describe('migrations', () => {
  it('apply from scratch to the latest version and record each one', () => {
    const db = new Database(':memory:');
    const applied = migrate(db);
    expect(applied).toBe(latestSchemaVersion());
    expect(readSchemaVersion(db)).toBe(latestSchemaVersion());
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'deal_registrations',
        'imports',
        'measure_values',
        'measures',
        'partners',
        'periods',
        'schema_migrations',
        'settings',
        'targets',
      ]),
    );
    const rows = db.prepare('SELECT version, tag FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(loadMigrations().map((m) => ({ version: m.version, tag: m.tag })));
  });

  it('is a no-op when nothing is pending', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(migrate(db)).toBe(0);
  });

  it('applies each migration step by step to the same schema as all at once', () => {
    const all = loadMigrations();
    const stepwise = new Database(':memory:');
    for (let i = 1; i <= all.length; i++) migrate(stepwise, all.slice(0, i));
    const atOnce = new Database(':memory:');
    migrate(atOnce, all);
    const schemaOf = (db: Database.Database) =>
      db
        .prepare(
          "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .all();
    expect(schemaOf(stepwise)).toEqual(schemaOf(atOnce));
  });

  it('rolls back every pending migration when one fails', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const folder = join(dir, 'migrations');
    mkdirSync(join(folder, 'meta'), { recursive: true });
    writeFileSync(
      join(folder, 'meta', '_journal.json'),
      JSON.stringify({
        entries: [
          { idx: 0, tag: '0000_a' },
          { idx: 1, tag: '0001_b' },
        ],
      }),
    );
    writeFileSync(join(folder, '0000_a.sql'), 'CREATE TABLE a (x integer);');
    writeFileSync(
      join(folder, '0001_b.sql'),
      'CREATE TABLE b (x integer);\n--> statement-breakpoint\nTHIS IS NOT SQL;',
    );
    const db = new Database(':memory:');
    expect(() => migrate(db, loadMigrations(folder))).toThrow();
    expect(readSchemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });
});
