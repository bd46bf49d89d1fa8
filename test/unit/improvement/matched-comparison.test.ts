import { describe, expect, it } from 'vitest';
import {
  bootstrapInterval,
  estimateEffect,
  nearestControl,
  pairDifference,
  tInterval,
  tQuantile975,
} from '../../../src/main/core/improvement/matched-comparison';

describe('matched comparison (hand-computed)', () => {
  it('matches the control nearest on the baseline score, within the caliper, ties to the smaller id', () => {
    const treated = { id: 'T', matchOn: 50, before: 50, after: 58 };
    const candidates = [
      { id: 'C3', matchOn: 41, before: 41, after: 44 },
      { id: 'C2', matchOn: 53, before: 53, after: 55 },
      { id: 'C1', matchOn: 47, before: 47, after: 46 },
      { id: 'C4', matchOn: 50, before: NaN, after: 50 },
    ];
    // C4 is nearest but has no baseline value; C1 and C2 are both 3 points away → C1.
    expect(nearestControl(treated, candidates)?.id).toBe('C1');
    expect(nearestControl(treated, candidates, 2)).toBeNull();
  });

  it('difference in differences: (58 − 50) − (46 − 47) = 9', () => {
    expect(
      pairDifference(
        { id: 'T', matchOn: 50, before: 50, after: 58 },
        { id: 'C1', matchOn: 47, before: 47, after: 46 },
      ),
    ).toBe(9);
  });

  it('t interval of 1, 2, 3, 4, 5: mean 3 ± 2.776 × √2.5 / √5', () => {
    const ci = tInterval([1, 2, 3, 4, 5])!;
    const half = 2.776 * Math.sqrt(2.5 / 5);
    expect(ci.low).toBeCloseTo(3 - half, 10);
    expect(ci.high).toBeCloseTo(3 + half, 10);
    expect(tInterval([3])).toBeNull();
  });

  it('t quantiles: the table for small samples, the series close to the exact value beyond', () => {
    expect(tQuantile975(1)).toBe(12.706);
    expect(tQuantile975(30)).toBeCloseTo(2.042, 3);
    expect(tQuantile975(120)).toBeCloseTo(1.98, 3);
  });

  it('bootstrap: seeded (same seed, same interval), inside the data range, around the mean', () => {
    const diffs = [1, 2, 3, 4, 5, 6, 7, 8];
    const a = bootstrapInterval(diffs, 2000, 7)!;
    expect(bootstrapInterval(diffs, 2000, 7)).toEqual(a);
    expect(bootstrapInterval(diffs, 2000, 8)).not.toEqual(a);
    expect(a.low).toBeGreaterThan(1);
    expect(a.high).toBeLessThan(8);
    expect(a.low).toBeLessThan(4.5);
    expect(a.high).toBeGreaterThan(4.5);
    // A constant difference has no spread.
    expect(bootstrapInterval([2, 2, 2], 500, 1)).toEqual({ low: 2, high: 2 });
  });

  it('the estimate is the mean difference; nothing to estimate without pairs', () => {
    const e = estimateEffect([9, -1, 4], 1000, 1);
    expect(e.estimate).toBe(4);
    expect(e.bootstrap!.low).toBeLessThanOrEqual(4);
    expect(estimateEffect([], 1000, 1)).toEqual({
      estimate: null,
      bootstrap: null,
      tInterval: null,
    });
  });
});
