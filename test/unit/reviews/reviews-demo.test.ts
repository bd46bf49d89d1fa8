/** The demo's program history: the latest quarterly review, dated from the data, with notes. */
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src/main/core/demo/generate-demo';
import { generateProgramHistoryDemo } from '../../../src/main/core/demo/program-history-demo';
import { listChanges } from '../../../src/main/core/governance/change-store';
import { getReview, listReviews, searchReviews } from '../../../src/main/core/reviews/review-store';
import { Workspace } from '../../../src/main/core/workspace/workspace';

describe('program history demo', () => {
  it('seeds a decided change, signals and the latest quarterly review with its tier moves', () => {
    const ws = Workspace.open(':memory:');
    try {
      generateDemo(ws, { partners: 80, quarters: 4, seed: 2 });
      generateProgramHistoryDemo(ws, 2);
      expect(listChanges(ws, 'all').map((c) => c.status)).toEqual(['rejected']);
      const signals = ws.sqlite.prepare('SELECT COUNT(*) AS n FROM partner_signals').get() as {
        n: number;
      };
      expect(signals.n).toBeGreaterThan(0);
      const [summary] = listReviews(ws);
      expect(summary).toMatchObject({ cadence: 'quarterly' });
      const review = getReview(ws, summary!.id);
      const last = ws.sqlite
        .prepare(
          "SELECT key, end_date AS e FROM periods WHERE grain = 'quarter' ORDER BY start_date DESC LIMIT 1",
        )
        .get() as { key: string; e: string };
      expect(review.changes.toPeriod).toBe(last.key);
      expect(review.heldOn > last.e).toBe(true);
      expect(review.changes.tierMoves.up + review.changes.tierMoves.down).toBeGreaterThan(0);
      expect(searchReviews(ws, 'joint business plan')[0]).toMatchObject({ field: 'lessons' });
    } finally {
      ws.close();
    }
  });
});
