/**
 * The `mdf` migration (found by its tag, whatever its number): plans, allocations and claims,
 * a plan with claims kept for the record, a removed partner taking its allocations along.
 */
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../../src/main/core/workspace/migrations';
import { Workspace } from '../../../src/main/core/workspace/workspace';

describe('mdf migration', () => {
  it('creates the MDF tables with their guards', () => {
    expect(loadMigrations().filter((m) => m.tag.endsWith('_mdf'))).toHaveLength(1);
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
        `INSERT INTO mdf_plans (name, period_key, scope_json, rules_json, budget_cents, allocated_cents,
           proposal_json, expires_on, created_at, updated_at)
         VALUES ('Q1', '2026-Q1', '{}', '{}', 100, 90, '{}', '2026-06-30', 'now', 'now')`,
      ).run();
      db.prepare(
        'INSERT INTO mdf_allocations (plan_id, partner_id, amount_cents, criterion) VALUES (1, 1, 90, 50)',
      ).run();
      db.prepare(
        `INSERT INTO mdf_claims (plan_id, partner_id, reference, amount_cents, status, updated_on)
         VALUES (1, 1, 'C1', 40, 'planned', '2026-04-01')`,
      ).run();
      expect(() =>
        db
          .prepare(
            `INSERT INTO mdf_claims (plan_id, partner_id, reference, amount_cents, status, updated_on)
             VALUES (1, 1, 'C1', 10, 'planned', '2026-04-01')`,
          )
          .run(),
      ).toThrow(/UNIQUE/);
      expect(() => db.prepare('DELETE FROM mdf_plans WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
      db.prepare('DELETE FROM partners WHERE id = 1').run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM mdf_allocations').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT COUNT(*) AS n FROM mdf_claims').get()).toEqual({ n: 0 });
    } finally {
      ws.close();
    }
  });
});
