/**
 * The `governance` migration (found by its tag, whatever its number): change proposals tied to a
 * methodology, and a decision log that SQLite keeps append-only.
 */
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../../src/main/core/workspace/migrations';
import { Workspace } from '../../../src/main/core/workspace/workspace';

describe('governance migration', () => {
  it('creates the proposal and decision-log tables with their guards', () => {
    expect(loadMigrations().filter((m) => m.tag.endsWith('_governance'))).toHaveLength(1);
    const ws = Workspace.open(':memory:');
    const db = ws.sqlite;
    try {
      db.prepare(
        `INSERT INTO methodologies (name, created_at, updated_at) VALUES ('M', 'now', 'now')`,
      ).run();
      db.prepare(
        `INSERT INTO program_changes (title, kind, methodology_id, definition_json, definition_hash,
           sponsor, window_opens, window_closes, impact_json, created_at, updated_at)
         VALUES ('Raise Gold', 'tiers', 1, '{}', 'h', 'VP', '2026-01-01', '2026-01-31', '{}', 'now', 'now')`,
      ).run();
      expect(
        db.prepare('SELECT status, notice, published_version_id FROM program_changes').get(),
      ).toEqual({ status: 'open', notice: null, published_version_id: null });
      expect(() =>
        db
          .prepare(
            `INSERT INTO program_changes (title, kind, methodology_id, definition_json, definition_hash,
               sponsor, window_opens, window_closes, impact_json, created_at, updated_at)
             VALUES ('x', 'tiers', 99, '{}', 'h', 'VP', '2026-01-01', '2026-01-31', '{}', 'now', 'now')`,
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
      db.prepare(
        `INSERT INTO program_decision_log (change_id, methodology_id, kind, summary, at)
         VALUES (1, 1, 'proposed', 'Proposed', 'now')`,
      ).run();
      expect(() => db.prepare("UPDATE program_decision_log SET summary = 'x'").run()).toThrow(
        /cannot be changed/,
      );
      expect(() => db.prepare('DELETE FROM program_decision_log').run()).toThrow(
        /cannot be deleted/,
      );
      expect(() => db.prepare('DELETE FROM program_changes WHERE id = 1').run()).toThrow(
        /FOREIGN KEY/,
      );
    } finally {
      ws.close();
    }
  });
});
