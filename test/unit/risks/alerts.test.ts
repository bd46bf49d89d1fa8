/** Alerts between two periods on a hand-built workspace: a risk flag that starts firing lands once. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  insertAlerts,
  listAlerts,
  setAlertsDone,
  alertCounts,
} from '../../../src/main/core/alerts/alert-store';
import { ensureChecked } from '../../../src/main/core/alerts/auto-check';
import { detectAlerts } from '../../../src/main/core/alerts/detect-alerts';
import { bumpDataRevision } from '../../../src/main/core/workspace/data-revision';
import { Workspace } from '../../../src/main/core/workspace/workspace';
import { tempDir } from '../../helpers/temp';
import { buildWorkspace, partners } from '../benchmark/workspace-builder';

let ws: Workspace | undefined;
afterEach(() => ws?.close());

const QUARTERS = ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'];

function world() {
  // P1 goes quiet in 2026-Q2 (inactive from 2026-Q3 with N = 2); P2 books half the revenue from 2026-Q3.
  return buildWorkspace({
    partners: partners(10, () => ({ onboardedOn: '2020-01-01' })),
    quarters: QUARTERS,
    values: {
      revenue: {
        ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i, [100, 100, 100, 100]])),
        0: [100, 100, 0, 0],
        1: [100, 100, 100, 900],
      },
      deal_regs_submitted: { 0: [1, 1, 0, 0] },
    },
  });
}

describe('alerts', () => {
  it('land when a risk flag fires in the later period but not in the earlier one', () => {
    ws = world();
    const d = detectAlerts(ws, '2026-Q3', '2026-Q2');
    const risks = d.drafts.filter((a) => a.kind === 'risk');
    expect(risks.map((a) => [a.code, a.title])).toEqual(
      expect.arrayContaining([
        ['inactive_partner', 'Inactive partner: Partner 1'],
        ['revenue_concentration', 'Revenue concentration: Partner 2'],
      ]),
    );
    expect(risks.find((a) => a.code === 'inactive_partner')!.message).toContain(
      'No revenue and no deal registrations',
    );
    // Between 2026-Q2 and 2026-Q1 nothing started firing yet.
    expect(detectAlerts(ws, '2026-Q2', '2026-Q1').drafts.filter((a) => a.kind === 'risk')).toEqual(
      [],
    );
  });

  it('are stored once, even after being marked done, and can be reopened', () => {
    ws = world();
    expect(ensureChecked(ws)).toEqual({ period: '2026-Q3', previous: '2026-Q2' });
    const open = alertCounts(ws).open;
    expect(open).toBeGreaterThanOrEqual(2);
    const [first] = listAlerts(ws, { status: 'open', limit: 10 });
    expect(setAlertsDone(ws, [first!.id], true)).toBe(1);
    expect(insertAlerts(ws, detectAlerts(ws).drafts)).toBe(0);
    expect(alertCounts(ws)).toMatchObject({ open: open - 1, done: 1 });
    expect(setAlertsDone(ws, [first!.id], false)).toBe(1);
    expect(alertCounts(ws).open).toBe(open);
  });

  it('are not compared again when the workspace is opened again on the same data', () => {
    const built = world();
    ensureChecked(built);
    const temp = tempDir();
    const file = `${temp.dir}/w.partnerscope`;
    built.sqlite.exec(`VACUUM INTO '${file}'`);
    built.close();
    try {
      // Alerts removed by hand: a new comparison would add them back, a skipped one does not.
      const reopen = () => {
        const w = Workspace.open(file);
        w.sqlite.exec('DELETE FROM alerts');
        return w;
      };
      ws = reopen();
      expect(ensureChecked(ws)).toEqual({ period: '2026-Q3', previous: '2026-Q2' });
      expect(alertCounts(ws).open).toBe(0);
      ws.close();

      // A data change (the revision moves) compares again, also in a new session.
      ws = reopen();
      bumpDataRevision(ws.sqlite);
      ws.close();
      ws = Workspace.open(file);
      ensureChecked(ws);
      expect(alertCounts(ws).open).toBeGreaterThanOrEqual(2);
    } finally {
      ws?.close();
      ws = undefined;
      temp.cleanup();
    }
  });
});
