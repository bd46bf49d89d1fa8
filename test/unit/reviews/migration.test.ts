/** The `reviews` migration (found by its tag, whatever its number): one review per cadence and cycle. */
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../../src/main/core/workspace/migrations';
import { Workspace } from '../../../src/main/core/workspace/workspace';

describe('reviews migration', () => {
  it('creates the review table, one record per cadence and cycle', () => {
    expect(loadMigrations().filter((m) => m.tag.endsWith('_reviews'))).toHaveLength(1);
    const ws = Workspace.open(':memory:');
    try {
      const add = ws.sqlite.prepare(
        `INSERT INTO program_reviews (cadence, cycle, title, held_on, changes_json, computed_at, created_at, updated_at)
         VALUES (?, ?, 'R', '2026-07-10', '{}', 'now', 'now', 'now')`,
      );
      add.run('monthly', '2026-07');
      add.run('quarterly', '2026-07');
      expect(() => add.run('monthly', '2026-07')).toThrow(/UNIQUE/);
      expect(
        ws.sqlite.prepare('SELECT decisions, lessons FROM program_reviews WHERE id = 1').get(),
      ).toEqual({ decisions: '', lessons: '' });
    } finally {
      ws.close();
    }
  });
});
