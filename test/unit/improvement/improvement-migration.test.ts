/**
 * The `improvement` migration: a workspace from before it upgrades, its QBR actions survive with
 * empty improvement fields, and the new tables and columns behave (cohort issues without a
 * partner, one issue per suggestion, deleting an issue keeps its actions).
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../src/main/core/workspace/migrations';

describe('migration improvement', () => {
  it('upgrades a workspace with QBR actions and keeps them', () => {
    const all = loadMigrations();
    const improvement = all.find((m) => m.tag.endsWith('_improvement'));
    expect(improvement).toBeDefined();
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      all.filter((m) => m.version < improvement!.version),
    );
    const now = '2026-10-01T00:00:00Z';
    db.prepare("INSERT INTO partners (id, external_id, name) VALUES (1, 'P-1', 'Acme')").run();
    db.prepare(
      `INSERT INTO qbr_actions (id, partner_id, period_key, title, owner, due_date, status, kpi_key, created_at, updated_at)
       VALUES (7, 1, '2026-Q3', 'Certify two engineers', 'Ann', '2026-12-31', 'in_progress', 'certifications', ?, ?)`,
    ).run(now, now);

    migrate(db, all);

    expect(
      db
        .prepare(
          `SELECT id, title, owner, status, kpi_key, issue_id, baseline_value, baseline_period,
                  target_value, resources, contingency, horizon FROM qbr_actions`,
        )
        .all(),
    ).toEqual([
      {
        id: 7,
        title: 'Certify two engineers',
        owner: 'Ann',
        status: 'in_progress',
        kpi_key: 'certifications',
        issue_id: null,
        baseline_value: null,
        baseline_period: null,
        target_value: null,
        resources: '',
        contingency: '',
        horizon: null,
      },
    ]);

    // A cohort issue names no partner; a partner issue cascades with its partner.
    db.prepare(
      `INSERT INTO improvement_issues (id, cohort, title, found_on, created_at, updated_at, suggestion_key)
       VALUES (1, '{"type":"VAR","region":"EMEA"}', 'VARs in EMEA regressing', '2026-10-02', ?, ?, 'k1')`,
    ).run(now, now);
    const row = db.prepare('SELECT root_cause, severity, status FROM improvement_issues').get();
    expect(row).toEqual({ root_cause: 'other', severity: 'medium', status: 'open' });
    expect(() =>
      db
        .prepare(
          `INSERT INTO improvement_issues (title, found_on, created_at, updated_at, suggestion_key)
           VALUES ('again', '2026-10-02', ?, ?, 'k1')`,
        )
        .run(now, now),
    ).toThrow(/UNIQUE/);
    db.prepare('UPDATE qbr_actions SET issue_id = 1, baseline_value = 2 WHERE id = 7').run();
    db.prepare('DELETE FROM improvement_issues WHERE id = 1').run();
    expect(db.prepare('SELECT issue_id, baseline_value FROM qbr_actions').get()).toEqual({
      issue_id: null,
      baseline_value: 2,
    });
    db.prepare(
      `INSERT INTO improvement_dismissals (suggestion_key, dismissed_at) VALUES ('k2', ?)`,
    ).run(now);
    expect(db.prepare('SELECT reason FROM improvement_dismissals').get()).toEqual({ reason: '' });
  });
});
