import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../src/main/core/workspace/migrations';

describe('the import migration', () => {
  it('adds only new tables (it moves no data) and they exist after migrating', () => {
    const migration = loadMigrations().find((m) => m.tag.endsWith('_import'))!;
    expect(migration.statements.every((s) => /^CREATE (TABLE|INDEX|UNIQUE INDEX)/.test(s))).toBe(
      true,
    );
    const db = new Database(':memory:');
    migrate(db);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'import_files',
        'import_superseded',
        'import_superseded_rows',
        'value_lineage',
        'import_presets',
      ]),
    );
  });
});
