/** The `scenarios` migration: a workspace of the previous schema keeps its data and gains the table. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  loadMigrations,
  migrate,
  readSchemaVersion,
} from '../../../src/main/core/workspace/migrations';

describe('migration scenarios', () => {
  it('adds the scenarios table to a workspace of the previous schema without touching its data', () => {
    const all = loadMigrations();
    const scenarios = all.find((m) => m.tag.endsWith('_scenarios'));
    expect(scenarios).toBeDefined();
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      all.filter((m) => m.version < scenarios!.version),
    );
    const at = '2026-10-01T00:00:00Z';
    db.prepare("INSERT INTO partners (id, external_id, name) VALUES (1, 'P-1', 'Acme')").run();
    db.prepare(
      "INSERT INTO methodologies (id, name, created_at, updated_at) VALUES (1, 'Partner Health v1', ?, ?), (2, 'Spare', ?, ?)",
    ).run(at, at, at, at);
    db.prepare(
      "INSERT INTO methodology_versions (methodology_id, version, status, definition, definition_hash, created_at, updated_at) VALUES (1, 1, 'draft', '{}', 'h', ?, ?)",
    ).run(at, at);

    // Up to this migration: later ones (other domains) are not this test's business.
    expect(
      migrate(
        db,
        all.filter((m) => m.version <= scenarios!.version),
      ),
    ).toBe(1);
    expect(readSchemaVersion(db)).toBe(scenarios!.version);
    expect(db.prepare('SELECT name FROM partners').all()).toEqual([{ name: 'Acme' }]);
    expect(db.prepare('SELECT count(*) AS n FROM methodology_versions').get()).toEqual({ n: 1 });

    const columns = (db.prepare('PRAGMA table_info(scenarios)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).toEqual([
      'id',
      'name',
      'note',
      'methodology_id',
      'base_version',
      'definition_json',
      'scope_json',
      'created_at',
      'updated_at',
      'published_version',
    ]);
    const insert = db.prepare(
      "INSERT INTO scenarios (name, methodology_id, definition_json, created_at, updated_at) VALUES (?, ?, '{}', ?, ?)",
    );
    insert.run('Enablement push', 1, at, at);
    insert.run('Spare scenario', 2, at, at);
    expect(() => insert.run('Enablement push', 1, at, at)).toThrow(/UNIQUE/);
    expect(() => insert.run('Orphan', 99, at, at)).toThrow(/FOREIGN KEY/);
    expect(
      db.prepare('SELECT note, scope_json, published_version FROM scenarios WHERE id = 1').get(),
    ).toEqual({
      note: '',
      scope_json: null,
      published_version: null,
    });
    db.prepare('DELETE FROM methodologies WHERE id = 2').run();
    expect(db.prepare('SELECT name FROM scenarios').all()).toEqual([{ name: 'Enablement push' }]);
  });
});
