/** The what-if diff on a hand-computed case (see fixture.ts for the data). */
import { describe, expect, it } from 'vitest';
import { whatIfDiff } from '../../../src/main/core/scenarios/whatif-diff';
import { ENABLEMENT_HEAVY, fixtureDataset, REVENUE_HEAVY, scored } from './fixture';

const ds = fixtureDataset();
const base = scored(ds, REVENUE_HEAVY);
const next = scored(ds, ENABLEMENT_HEAVY);
const diff = whatIfDiff(ds, base, next, { movers: 25 });

// Hand-computed composites: group weight share × score (one KPI per group).
// Baseline 80/10/10: P1 72+1+5 = 78, P2 16+9+8 = 33, P3 50, P4 100, P5 32+8+4 = 44,
// P6 (no engagement: 80/90, 10/90) 70·8/9 = 62.22, P7 unscored.
// Scenario 20/60/20: P1 18+6+10 = 34, P2 4+54+16 = 74, P3 50, P4 100, P5 8+48+8 = 64,
// P6 (20/80, 60/80) 17.5.
const before = [78, 33, 50, 100, 44, 560 / 9];
const after = [34, 74, 50, 100, 64, 17.5];

describe('whatIfDiff', () => {
  it('scores both sides as computed by hand', () => {
    before.forEach((v, i) => expect(base.weighted.composite[i]).toBeCloseTo(v, 10));
    after.forEach((v, i) => expect(next.weighted.composite[i]).toBeCloseTo(v, 10));
    expect(base.weighted.composite[6]).toBeNaN();
  });

  it('builds the tier migration matrix with "No tier" first', () => {
    expect(diff.partners).toBe(7);
    expect(diff.fromTiers).toEqual(['No tier', 'Registered', 'Silver', 'Gold', 'Platinum']);
    expect(diff.toTiers).toEqual(diff.fromTiers);
    expect(diff.matrix).toEqual([
      [1, 0, 0, 0, 0], // P7
      [0, 0, 0, 1, 0], // P2 Registered → Gold
      [0, 0, 1, 1, 0], // P3 stays, P5 Silver → Gold
      [0, 2, 0, 0, 0], // P1, P6 Gold → Registered
      [0, 0, 0, 0, 1], // P4
    ]);
    expect(diff.moved).toEqual({ up: 2, down: 2, same: 3 });
    const deltas = after.map((a, i) => a - before[i]!);
    expect(diff.meanChange).toBeCloseTo(deltas.reduce((s, d) => s + d, 0) / 6, 10);
  });

  it('lists movers by tier steps, then score change, with ranks and the driving KPI', () => {
    const brief = (m: (typeof diff.movers.up)[number]) => ({
      id: m.externalId,
      from: m.fromTier,
      to: m.toTier,
      rank: [m.rankBefore, m.rankAfter, m.rankChange],
      driver: m.driver?.kpi ?? null,
    });
    expect(diff.movers.upTotal).toBe(2);
    expect(diff.movers.downTotal).toBe(2);
    // Ranks before: P4 1, P1 2, P6 3, P3 4, P5 5, P2 6; after: P4 1, P2 2, P5 3, P3 4, P1 5, P6 6.
    expect(diff.movers.up.map(brief)).toEqual([
      { id: 'P2', from: 'Registered', to: 'Gold', rank: [6, 2, 4], driver: 'cert' },
      { id: 'P5', from: 'Silver', to: 'Gold', rank: [5, 3, 2], driver: 'cert' },
    ]);
    // P6 (−44.72) before P1 (−44): both two steps down.
    expect(diff.movers.down.map(brief)).toEqual([
      { id: 'P6', from: 'Gold', to: 'Registered', rank: [3, 6, -3], driver: 'rev' },
      { id: 'P1', from: 'Gold', to: 'Registered', rank: [2, 5, -3], driver: 'rev' },
    ]);
    const p2 = diff.movers.up[0]!;
    expect(p2.before).toBeCloseTo(33, 10);
    expect(p2.after).toBeCloseTo(74, 10);
    // Certification points: 9 → 54.
    expect(p2.driver).toEqual({
      kpi: 'cert',
      name: 'Certification points',
      change: expect.any(Number),
    });
    expect(p2.driver!.change).toBeCloseTo(45, 10);
    expect(diff.movers.down[0]!.driver!.change).toBeCloseTo(17.5 - 560 / 9, 10);
  });

  it('limits the lists but not the totals', () => {
    const one = whatIfDiff(ds, base, next, { movers: 1 });
    expect(one.movers.up.map((m) => m.externalId)).toEqual(['P2']);
    expect(one.movers.down.map((m) => m.externalId)).toEqual(['P6']);
    expect(one.movers.upTotal).toBe(2);
  });

  it('sums the revenue and MDF of partners entering and leaving each tier', () => {
    expect(diff.exposureMeasures).toEqual({ revenue: 'revenue', mdf: 'mdf_allocated' });
    expect(diff.exposure).toEqual([
      { tier: 'No tier', entering: side(0, 0, 0), leaving: side(0, 0, 0) },
      // P1 (90, 10) and P6 (70, no MDF) enter; P2 (20, 20) leaves.
      { tier: 'Registered', entering: side(2, 160, 10), leaving: side(1, 20, 20) },
      { tier: 'Silver', entering: side(0, 0, 0), leaving: side(1, 40, 5) },
      { tier: 'Gold', entering: side(2, 60, 25), leaving: side(2, 160, 10) },
      { tier: 'Platinum', entering: side(0, 0, 0), leaving: side(0, 0, 0) },
    ]);
  });

  it('bins the distributions in 20 bins of 5 points, 100 in the last bin', () => {
    expect(diff.distribution.binEdges).toHaveLength(21);
    expect(diff.distribution.binEdges.at(-1)).toBe(100);
    const bin = (v: number) => Math.min(19, Math.floor(v / 5));
    const expected = (xs: number[]) => {
      const counts = new Array<number>(20).fill(0);
      xs.forEach((v) => counts[bin(v)]!++);
      return counts;
    };
    expect(diff.distribution.before).toEqual(expected(before));
    expect(diff.distribution.after).toEqual(expected(after));
    expect(diff.distribution.after[19]).toBe(1); // P4's 100
    expect(diff.distribution.thresholdsAfter.map((t) => t.minScore)).toEqual([0, 40, 60, 80]);
  });

  it('compares tiers by position when the scenario renames tiers and moves thresholds', () => {
    const renamed = scored(ds, {
      ...ENABLEMENT_HEAVY,
      tiers: [
        { name: 'Member', minScore: 0 },
        { name: 'Bronze', minScore: 30 },
        { name: 'Silver', minScore: 70 },
        { name: 'Gold', minScore: 90 },
      ],
    });
    const d = whatIfDiff(ds, base, renamed, { movers: 25 });
    expect(d.toTiers).toEqual(['No tier', 'Member', 'Bronze', 'Silver', 'Gold']);
    // P1 34 Bronze(1) from Gold(2): down; P2 74 Silver(2) from Registered(0): up 2; P3 50 Bronze(1)
    // = Silver(1): same; P4 Gold(3) = Platinum(3); P5 64 Bronze(1) = Silver(1); P6 17.5 Member(0).
    expect(d.moved).toEqual({ up: 1, down: 2, same: 4 });
    expect(d.movers.up[0]).toMatchObject({
      externalId: 'P2',
      fromTier: 'Registered',
      toTier: 'Silver',
    });
  });

  it('leaves out "No tier" when everyone has a tier on both sides', () => {
    const six = fixtureDataset(6);
    const d = whatIfDiff(six, scored(six, REVENUE_HEAVY), scored(six, ENABLEMENT_HEAVY), {
      movers: 5,
    });
    expect(d.fromTiers).toEqual(['Registered', 'Silver', 'Gold', 'Platinum']);
    expect(d.matrix).toEqual([
      [0, 0, 1, 0],
      [0, 1, 1, 0],
      [2, 0, 0, 0],
      [0, 0, 0, 1],
    ]);
    expect(d.exposure.map((e) => e.tier)).toEqual(d.toTiers);
    const same = whatIfDiff(ds, base, base, { movers: 5 });
    expect(same.moved).toEqual({ up: 0, down: 0, same: 7 });
    expect(same.meanChange).toBe(0);
    expect(same.movers.up).toEqual([]);
  });
});

function side(partners: number, revenue: number, mdf: number) {
  return { partners, revenue, mdf };
}
