/**
 * The digest's figures against the scoring API and the stored data: tier moves are exactly the
 * partners whose tier differs between the two periods' score tables, KPI lines are medians of
 * the partners in scope, and an action's KPI baseline is the stored value when it was agreed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoApi, type DemoApi } from '../../helpers/demo-api';

let demo: DemoApi;
beforeAll(() => {
  demo = openDemoApi({ partners: 50, quarters: 4, seed: 31 });
});
afterAll(() => demo.close());

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function stored(externalId: string, period: string, measure: string): number {
  return (
    demo.ws.sqlite
      .prepare(
        `SELECT v.value FROM measure_values v JOIN partners p ON p.id = v.partner_id
         JOIN periods t ON t.id = v.period_id JOIN measures m ON m.id = v.measure_id
         WHERE p.external_id = ? AND t.key = ? AND m.key = ?`,
      )
      .get(externalId, period, measure) as { value: number }
  ).value;
}

describe('digest data', () => {
  it('tier moves and KPI medians agree with the score tables of the two periods', async () => {
    const now = await demo.api('scoring.score', {});
    const base = now.periods[now.periods.length - 2]!;
    const before = await demo.api('scoring.score', { period: base.key });
    const moved = now.externalId.filter((id, i) => {
      const j = before.externalId.indexOf(id);
      // A partner onboarded during the period has no tier to move from.
      if (j < 0 || now.tier[i] === null || before.tier[j] === null) return false;
      return now.tier[i] !== before.tier[j];
    });
    const digest = await demo.api('digest.build', {});
    expect(digest.period.key).toBe(now.period.key);
    expect(digest.baselinePeriod?.key).toBe(base.key);
    expect(digest.tierMoves.map((m) => m.externalId).sort()).toEqual([...moved].sort());
    expect(digest.partners).toBe(50);

    const revenue = digest.kpis.find((k) => k.kpi === 'revenue')!;
    const values = now.externalId
      .map((id) => {
        const v = demo.ws.sqlite
          .prepare(
            `SELECT v.value FROM measure_values v JOIN partners p ON p.id = v.partner_id
             JOIN periods t ON t.id = v.period_id JOIN measures m ON m.id = v.measure_id
             WHERE p.external_id = ? AND t.key = ? AND m.key = 'revenue'`,
          )
          .get(id, now.period.key) as { value: number } | undefined;
        return v?.value;
      })
      .filter((v): v is number => v !== undefined);
    expect(revenue.current).toBeCloseTo(median(values), 6);
  });

  it('an action targeting a KPI carries its value when agreed and now; the partner copy is its own', async () => {
    const now = await demo.api('scoring.score', {});
    const partner = now.externalId[now.composite.findIndex((c) => c !== null)]!;
    const agreed = now.periods[0]!.key;
    await demo.api('qbr.addAction', {
      partner,
      period: agreed,
      title: 'Grow services revenue',
      owner: 'Ana',
      dueDate: '2099-01-01',
      kpiKey: 'revenue',
    });
    const program = await demo.api('digest.build', {});
    const own = await demo.api('digest.build', { partner });
    for (const d of [program, own]) {
      const a = [...d.actionsOverdue, ...d.actionsUpcoming, ...d.actionsCompleted].find(
        (x) => x.title === 'Grow services revenue',
      );
      // Due far ahead: neither overdue nor within 45 days.
      expect(a).toBeUndefined();
    }
    await demo.api('qbr.addAction', {
      partner,
      period: agreed,
      title: 'Close the Q4 pipeline gap',
      owner: 'Ana',
      dueDate: '2020-01-01',
      kpiKey: 'revenue',
    });
    const again = await demo.api('digest.build', { partner });
    const overdue = again.actionsOverdue.find((x) => x.title === 'Close the Q4 pipeline gap')!;
    expect(overdue.partner).toBeNull();
    expect(overdue.kpiBaseline).toBe(stored(partner, agreed, 'revenue'));
    expect(overdue.kpiNow).toBe(stored(partner, now.period.key, 'revenue'));
    expect(again.partners).toBe(1);
    expect(again.tierMoves).toEqual([]);
    expect(again.ownTier?.to).toBe(now.tier[now.externalId.indexOf(partner)]);
  });
});
