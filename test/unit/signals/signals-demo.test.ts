/** The demo's survey answers and visit notes: seeded, on the latest quarters, read back per period. */
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src/main/core/demo/generate-demo';
import { generateSignalsDemo } from '../../../src/main/core/demo/signals-demo';
import { listSignalImports, partnerSignalsOf } from '../../../src/main/core/signals/signals-store';
import { Workspace } from '../../../src/main/core/workspace/workspace';

function seeded() {
  const ws = Workspace.open(':memory:');
  generateDemo(ws, { partners: 60, quarters: 4, seed: 9 });
  return { ws, summary: generateSignalsDemo(ws, 9) };
}

describe('signals demo', () => {
  it('seeds surveys and visits on the last three quarters, the same for the same seed', () => {
    const a = seeded();
    const b = seeded();
    try {
      expect(a.summary.surveys).toBeGreaterThan(30);
      expect(a.summary.visits).toBeGreaterThan(10);
      expect(b.summary).toEqual(a.summary);
      const dump = (ws: Workspace) =>
        ws.sqlite.prepare('SELECT * FROM partner_signals ORDER BY id').all();
      expect(dump(b.ws)).toEqual(dump(a.ws));
      const periods = a.ws.sqlite
        .prepare('SELECT DISTINCT period_key AS k FROM partner_signals ORDER BY k')
        .all() as { k: string }[];
      expect(periods).toHaveLength(3);
      expect(listSignalImports(a.ws).map((i) => [i.kind, i.rows])).toEqual([
        ['visit', a.summary.visits],
        ['survey', a.summary.surveys],
      ]);
      const someone = a.ws.sqlite
        .prepare("SELECT partner_id AS id FROM partner_signals WHERE kind = 'survey' LIMIT 1")
        .get() as { id: number };
      const ext = a.ws.sqlite
        .prepare('SELECT external_id AS e FROM partners WHERE id = ?')
        .get(someone.id) as { e: string };
      const s = partnerSignalsOf(a.ws, { partner: ext.e, periods: 4 });
      const withAnswers = s.periods.find((p) => p.responses > 0)!;
      expect(withAnswers.csatScale).toBe(5);
      expect(withAnswers.csatMean).toBeGreaterThanOrEqual(1);
      expect(withAnswers.csatMean).toBeLessThanOrEqual(5);
    } finally {
      a.ws.close();
      b.ws.close();
    }
  });
});
