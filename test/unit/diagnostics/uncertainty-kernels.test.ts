/**
 * The uncertainty sampler's kernels by hand: generalised means with the 1 + 0.99 · s offset,
 * re-weighting of absent scores, ranks with ties, quantiles.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../src/main/core/demo/random';
import { powerMean } from '../../../src/main/core/scoring/aggregation/power-mean';
import { rankScores } from '../../../src/main/core/scoring/ranking';
import {
  quantile,
  rankScratch,
  ranksOf,
} from '../../../src/main/core/scoring/uncertainty/rank-tally';
import {
  prepareMatrix,
  sampleComposite,
} from '../../../src/main/core/scoring/uncertainty/sample-composite';

const f = (...v: number[]) => Float64Array.from(v);

function composite(
  columns: Float64Array[],
  groupOf: number[],
  kpi: number[],
  group: number[],
  p: number,
) {
  const G = group.length;
  const m = prepareMatrix(columns, Int32Array.from(groupOf), G, p);
  const out = new Float64Array(columns[0]!.length);
  sampleComposite(
    m,
    [{ kpi: Float64Array.from(kpi), group: Float64Array.from(group) }],
    new Uint8Array(out.length),
    out,
  );
  return out;
}

describe('generalised means of a sample', () => {
  it('is the arithmetic mean for p = 1', () => {
    const out = composite([f(0, 40), f(100, 80)], [0, 0], [1, 3], [1], 1);
    expect(out[0]).toBeCloseTo(75, 12);
    expect(out[1]).toBeCloseTo(70, 12);
  });

  it('maps 0 and 100 to 1 and 100 for the geometric (√100 = 10) and harmonic means', () => {
    const geometric = composite([f(0), f(100)], [0, 0], [1, 1], [1], 0);
    expect(geometric[0]).toBeCloseTo((10 - 1) / 0.99, 12);
    const harmonic = composite([f(0), f(100)], [0, 0], [1, 1], [1], -1);
    expect(harmonic[0]).toBeCloseTo((2 / 1.01 - 1) / 0.99, 12);
    // Equal scores: every mean is that score.
    for (const p of [1, 0, -1])
      expect(composite([f(37), f(37)], [0, 0], [2, 5], [1], p)[0]).toBeCloseTo(37, 10);
  });

  it('takes the mean of the group means at the second level', () => {
    // Groups: {0, 100} → geometric 10 on the 1–100 scale; {100} → 100; weights 1:1 → √1000.
    const out = composite([f(0), f(100), f(100)], [0, 0, 1], [1, 1, 1], [1, 1], 0);
    expect(out[0]).toBeCloseTo((Math.sqrt(1000) - 1) / 0.99, 10);
  });

  it('re-weights over the scores a partner has and drops a group without any', () => {
    const out = composite([f(NaN, NaN), f(60, NaN), f(20, 20)], [0, 0, 1], [1, 1, 1], [3, 1], 1);
    expect(out[0]).toBeCloseTo((3 * 60 + 20) / 4, 12);
    expect(out[1]).toBeCloseTo(20, 12);
    expect(composite([f(NaN)], [0], [1], [1], 1)[0]).toBeNaN();
  });
});

describe('agreement with the engine’s power means (aggregation/power-mean.ts)', () => {
  it('is the power mean of the groups’ power means on the 1–100 scale, gaps re-weighted', () => {
    const rng = new Rng(12);
    const n = 300;
    const groupOf = [0, 0, 0, 1, 1, 2, 2, 2];
    const kpi = groupOf.map(() => rng.int(1, 9));
    const group = [5, 3, 2];
    const columns = groupOf.map(() =>
      Float64Array.from({ length: n }, () => (rng.chance(0.2) ? NaN : 100 * rng.next())),
    );
    for (const p of [1, 0, -1, 0.5, 2]) {
      const out = composite(columns, groupOf, kpi, group, p);
      for (let i = 0; i < n; i++) {
        const means = group.map((_, g) => {
          const members = groupOf.flatMap((x, k) => (x === g ? [k] : []));
          return powerMean(
            members.map((k) => 1 + 0.99 * columns[k]![i]!),
            members.map((k) => kpi[k]!),
            p,
          );
        });
        const expected = (powerMean(means, group, p) - 1) / 0.99;
        if (Number.isNaN(expected)) expect(out[i]).toBeNaN();
        else expect(Math.abs(out[i]! - expected)).toBeLessThan(1e-9);
      }
    }
  });
});

describe('ranks of a sample', () => {
  it('ranks best first, ties sharing the better rank, unscored 0', () => {
    const out = new Int32Array(6);
    const m = ranksOf(f(50, 70, NaN, 50, 90, 10), out, rankScratch(6));
    expect(m).toBe(5);
    expect(Array.from(out)).toEqual([3, 2, 0, 3, 1, 5]);
  });

  it('agrees with the engine’s ranking on random, tied and constant columns', () => {
    const rng = new Rng(4);
    const cases = [
      Float64Array.from({ length: 5000 }, () => 100 * rng.next()),
      Float64Array.from({ length: 5000 }, () => (rng.chance(0.1) ? NaN : rng.int(0, 20))),
      new Float64Array(300).fill(42),
      Float64Array.from({ length: 2000 }, () => (rng.chance(0.5) ? 0 : 1e-12 * rng.next())),
    ];
    for (const c of cases) {
      const out = new Int32Array(c.length);
      ranksOf(c, out, rankScratch(c.length));
      expect(Array.from(out)).toEqual(Array.from(rankScores(c).rank));
    }
  });
});

describe('quantile', () => {
  it('interpolates linearly (R type 7)', () => {
    expect(quantile(f(1, 2, 3, 4), 0.5)).toBe(2.5);
    expect(quantile(f(1, 2, 3, 4, 5), 0.05)).toBeCloseTo(1.2, 12);
    expect(quantile(f(1, 2, 3, 4, 5), 0.95)).toBeCloseTo(4.8, 12);
    expect(quantile(f(), 0.5)).toBeNaN();
  });
});
