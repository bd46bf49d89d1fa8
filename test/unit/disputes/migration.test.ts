/**
 * The `disputes` migration (found by its tag, whatever its number): applied over a workspace that
 * already holds data, it adds the disputes and corrections tables and keeps everything else.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../src/main/core/workspace/migrations';

describe('disputes migration', () => {
  it('adds disputes and corrections over existing data, with their defaults and cascades', () => {
    const all = loadMigrations();
    const at = all.findIndex((m) => m.tag.endsWith('_disputes'));
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, all.slice(0, at));
    db.prepare(
      "INSERT INTO imports (kind, file_name, started_at) VALUES ('test', 'x', '2026-01-01')",
    ).run();
    db.prepare("INSERT INTO partners (external_id, name, import_id) VALUES ('P1', 'One', 1)").run();
    db.prepare(
      `INSERT INTO periods (key, grain, label, start_date, end_date, fiscal_year, fiscal_quarter)
       VALUES ('2026-Q1', 'quarter', 'Q1 2026', '2026-01-01', '2026-03-31', 2026, 1)`,
    ).run();
    db.prepare("INSERT INTO measures (key, name) VALUES ('revenue', 'Revenue')").run();
    db.prepare(
      'INSERT INTO measure_values (partner_id, period_id, measure_id, value, import_id) VALUES (1, 1, 1, 100, 1)',
    ).run();

    expect(migrate(db, all)).toBe(all.length - at);
    expect(db.prepare('SELECT value FROM measure_values').get()).toEqual({ value: 100 });
    db.prepare(
      `INSERT INTO disputes (partner_id, subject, kpi_key, period_key, reason, opened_at, updated_at)
       VALUES (1, 'kpi', 'revenue', '2026-Q1', 'missing deal', '2026-04-02T00:00:00Z', '2026-04-02T00:00:00Z')`,
    ).run();
    expect(db.prepare('SELECT status, evidence, resolution FROM disputes').get()).toEqual({
      status: 'open',
      evidence: '',
      resolution: '',
    });
    db.prepare(
      `INSERT INTO corrections (dispute_id, partner_id, period_id, measure_id, original_value, value,
         reason, requested_by, requested_at) VALUES (1, 1, 1, 1, 100, 120, 'r', 'Ana', 'now')`,
    ).run();
    expect(db.prepare('SELECT status, approved_by FROM corrections').get()).toEqual({
      status: 'pending',
      approved_by: null,
    });
    expect(() =>
      db
        .prepare(
          `INSERT INTO corrections (partner_id, period_id, measure_id, value, reason, requested_by, requested_at)
           VALUES (99, 1, 1, 1, 'r', 'Ana', 'now')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    // Deleting the dispute keeps its correction (for the record); removing the partner takes both.
    db.prepare('DELETE FROM disputes').run();
    expect(db.prepare('SELECT dispute_id FROM corrections').get()).toEqual({ dispute_id: null });
    db.prepare('DELETE FROM partners').run();
    expect(db.prepare('SELECT count(*) AS n FROM corrections').get()).toEqual({ n: 0 });
  });
});
