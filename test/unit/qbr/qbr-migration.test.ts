/** The `qbr` migration: review and action tables, one review per partner and quarter, cascades. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../src/main/core/workspace/migrations';

describe('migration qbr', () => {
  it('adds qbr_reviews and qbr_actions after the earlier migrations', () => {
    const all = loadMigrations();
    const qbr = all.find((m) => m.tag.endsWith('_qbr'));
    expect(qbr).toBeDefined();
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      all.filter((m) => m.version < qbr!.version),
    );
    migrate(db, all);
    const columns = (table: string) =>
      (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('qbr_reviews')).toEqual(
      expect.arrayContaining([
        'partner_id',
        'period_key',
        'agenda',
        'highlights',
        'notes',
        'meeting_date',
      ]),
    );
    expect(columns('qbr_actions')).toEqual(
      expect.arrayContaining([
        'partner_id',
        'review_id',
        'title',
        'owner',
        'due_date',
        'status',
        'completed_at',
      ]),
    );

    db.prepare("INSERT INTO partners (id, external_id, name) VALUES (1, 'P-1', 'Acme')").run();
    const now = '2026-10-01T00:00:00Z';
    db.prepare(
      "INSERT INTO qbr_reviews (id, partner_id, period_key, created_at, updated_at) VALUES (1, 1, '2026-Q3', ?, ?)",
    ).run(now, now);
    expect(() =>
      db
        .prepare(
          "INSERT INTO qbr_reviews (partner_id, period_key, created_at, updated_at) VALUES (1, '2026-Q3', ?, ?)",
        )
        .run(now, now),
    ).toThrow(/UNIQUE/);
    db.prepare(
      "INSERT INTO qbr_actions (partner_id, review_id, title, created_at, updated_at) VALUES (1, 1, 'Do it', ?, ?)",
    ).run(now, now);
    const review = db.prepare('SELECT agenda, highlights, notes FROM qbr_reviews').get();
    expect(review).toEqual({ agenda: '[]', highlights: '[]', notes: '' });

    db.prepare('DELETE FROM qbr_reviews WHERE id = 1').run();
    expect(db.prepare('SELECT review_id, status FROM qbr_actions').get()).toEqual({
      review_id: null,
      status: 'open',
    });
    db.prepare('DELETE FROM partners WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM qbr_actions').get()).toEqual({ n: 0 });
  });
});
