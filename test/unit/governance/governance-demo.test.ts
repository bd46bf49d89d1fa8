/** The demo's program-change history: one proposal, rejected inside its window, dated from the data. */
import { describe, expect, it } from 'vitest';
import { changeDetail, listChanges } from '../../../src/main/core/governance/change-store';
import { generateDemo } from '../../../src/main/core/demo/generate-demo';
import { generateGovernanceDemo } from '../../../src/main/core/demo/governance-demo';
import { generateMdfDemo } from '../../../src/main/core/demo/mdf-demo';
import { scoringService } from '../../../src/main/core/scoring/service/scoring-service';
import { listMethodologies } from '../../../src/main/core/scoring/versions/methodology-store';
import { Workspace } from '../../../src/main/core/workspace/workspace';

function demoHistory() {
  const ws = Workspace.open(':memory:');
  generateDemo(ws, { partners: 120, quarters: 5, seed: 3 });
  const service = scoringService(ws);
  generateMdfDemo(ws, 3);
  const id = generateGovernanceDemo(ws, service);
  return { ws, id };
}

describe('governance demo', () => {
  it('seeds one rejected change with its impact, window and log; the published version stays', () => {
    const { ws, id } = demoHistory();
    try {
      expect(listChanges(ws, 'all')).toHaveLength(1);
      const c = changeDetail(ws, id!);
      expect(c).toMatchObject({ status: 'rejected', kind: 'tiers', decidedBy: 'VP Channel Sales' });
      expect(c.title).toBe('Raise the Platinum threshold to 80');
      expect(c.decidedAt! >= c.windowOpens && c.decidedAt!.slice(0, 10) <= c.windowCloses).toBe(
        true,
      );
      expect(c.impact.moved.down).toBeGreaterThan(0);
      expect(c.impact.mdfPlans.length).toBeGreaterThan(0);
      expect(c.log.map((e) => e.kind)).toEqual(['rejected', 'proposed']);
      expect(listMethodologies(ws)[0]!.publishedVersion).toBe(1);
      // Same seed, same history (apart from when the workspace was written).
      const again = demoHistory();
      const other = changeDetail(again.ws, again.id!);
      expect({ ...other.impact, assessedAt: '' }).toEqual({ ...c.impact, assessedAt: '' });
      expect([other.windowOpens, other.decidedAt]).toEqual([c.windowOpens, c.decidedAt]);
      again.ws.close();
    } finally {
      ws.close();
    }
  });
});
