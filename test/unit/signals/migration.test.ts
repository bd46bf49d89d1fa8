/**
 * The `signals` migration (found by its tag, whatever its number): signal imports and the
 * signals they brought in, removed with their import or their partner.
 */
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../../src/main/core/workspace/migrations';
import { Workspace } from '../../../src/main/core/workspace/workspace';

describe('signals migration', () => {
  it('creates the signal tables with their cascades', () => {
    expect(loadMigrations().filter((m) => m.tag.endsWith('_signals'))).toHaveLength(1);
    const ws = Workspace.open(':memory:');
    const db = ws.sqlite;
    try {
      db.prepare(
        "INSERT INTO imports (kind, file_name, started_at) VALUES ('test', 'x', '2026-01-01')",
      ).run();
      db.prepare(
        "INSERT INTO partners (external_id, name, import_id) VALUES ('P1', 'One', 1)",
      ).run();
      db.prepare(
        "INSERT INTO partners (external_id, name, import_id) VALUES ('P2', 'Two', 1)",
      ).run();
      db.prepare(
        "INSERT INTO signal_imports (kind, file_name, rows, imported_at) VALUES ('survey', 's.csv', 2, 'now')",
      ).run();
      const add = db.prepare(
        `INSERT INTO partner_signals (import_id, partner_id, kind, period_key, csat, csat_scale, nps, text)
         VALUES (1, ?, 'survey', '2026-Q1', 4, 5, 9, 'ok')`,
      );
      add.run(1);
      add.run(2);
      expect(() => add.run(99)).toThrow(/FOREIGN KEY/);
      expect(db.prepare('SELECT who, on_date FROM partner_signals WHERE id = 1').get()).toEqual({
        who: '',
        on_date: null,
      });
      db.prepare('DELETE FROM partners WHERE id = 2').run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM partner_signals').get()).toEqual({ n: 1 });
      db.prepare('DELETE FROM signal_imports WHERE id = 1').run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM partner_signals').get()).toEqual({ n: 0 });
    } finally {
      ws.close();
    }
  });
});
