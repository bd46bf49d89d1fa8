import { describe, expect, it } from 'vitest';
import {
  powerMean,
  powerMeanContributions,
} from '../../../src/main/core/scoring/aggregation/power-mean';
import { rowComposite } from '../../../src/main/core/scoring/composite';

/** A small deterministic generator so the property checks are reproducible. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('powerMean', () => {
  const x = [20, 45, 80, 100];
  const w = [1, 2, 3, 4];
  const W = 10;

  it('matches the closed forms of the arithmetic, geometric and harmonic means', () => {
    const arith = x.reduce((a, v, i) => a + w[i]! * v, 0) / W;
    const geo = Math.exp(x.reduce((a, v, i) => a + w[i]! * Math.log(v), 0) / W);
    const harm = W / x.reduce((a, v, i) => a + w[i]! / v, 0);
    expect(powerMean(x, w, 1)).toBeCloseTo(arith, 12);
    expect(powerMean(x, w, 0)).toBeCloseTo(geo, 12);
    expect(powerMean(x, w, -1)).toBeCloseTo(harm, 12);
    expect(arith).toBeGreaterThan(geo);
    expect(geo).toBeGreaterThan(harm);
  });

  it('is monotone in p and tends to the geometric mean as p → 0', () => {
    let prev = -Infinity;
    for (const p of [-3, -1, -0.5, 0, 0.5, 1, 2, 5]) {
      const m = powerMean(x, w, p);
      expect(m).toBeGreaterThan(prev);
      prev = m;
    }
    expect(powerMean(x, w, 1e-6)).toBeCloseTo(powerMean(x, w, 0), 3);
  });

  it('re-weights missing members and ignores zero weights', () => {
    expect(powerMean([20, NaN, 80], [1, 5, 1], 0)).toBeCloseTo(40, 12);
    expect(powerMean([20, 999, 80], [1, 0, 1], 0)).toBeCloseTo(40, 12);
    expect(powerMean([NaN, NaN], [1, 1], 1)).toBeNaN();
  });

  it('gives 0 for a zero value when p ≤ 0 and NaN for negative values', () => {
    expect(powerMean([0, 50], [1, 1], 0)).toBe(0);
    expect(powerMean([0, 50], [1, 1], -1)).toBe(0);
    expect(powerMean([-1, 50], [1, 1], 0)).toBeNaN();
    expect(powerMean([0, 50], [1, 1], 1)).toBe(25);
  });
});

describe('powerMeanContributions', () => {
  it('adds up exactly to the returned mean, which equals the closed form, for every p', () => {
    const rnd = lcg(16);
    const out = new Float64Array(12);
    for (let trial = 0; trial < 500; trial++) {
      const n = 1 + Math.floor(rnd() * 12);
      const x = Array.from({ length: n }, () => (rnd() < 0.15 ? NaN : rnd() * 100));
      const w = Array.from({ length: n }, () => (rnd() < 0.1 ? 0 : rnd() * 5));
      for (const p of [-2, -1, 0, 0.5, 1, 3]) {
        const m = powerMeanContributions(x, w, p, out);
        const closed = powerMean(x, w, p);
        if (Number.isNaN(closed)) {
          expect(m).toBeNaN();
          continue;
        }
        let sum = 0;
        for (let i = 0; i < n; i++) sum += out[i]!;
        expect(sum).toBe(m);
        expect(Math.abs(m - closed)).toBeLessThanOrEqual(1e-9 * Math.max(1, closed));
        for (let i = 0; i < n; i++) if (Number.isNaN(x[i]!) || !(w[i]! > 0)) expect(out[i]).toBe(0);
      }
    }
  });

  it('uses value shares: each member in proportion to weight × value, scaled to the mean', () => {
    const out = new Float64Array(2);
    const m = powerMeanContributions([10, 90], [1, 1], 0, out);
    expect(m).toBeCloseTo(30, 12);
    expect(out[0]).toBeCloseTo((30 * 10) / 100, 12);
    expect(out[1]).toBeCloseTo((30 * 90) / 100, 12);
    expect(out[0]!).toBeLessThan(out[1]!);
  });

  it('never gives a negative contribution, even for values below 1 around a mean of 1', () => {
    const out = new Float64Array(2);
    for (const p of [-1, 0, 0.5]) {
      const m = powerMeanContributions([2.01, 0.5], [1, 1], p, out);
      expect(out[0]!).toBeGreaterThan(0);
      expect(out[1]!).toBeGreaterThan(0);
      expect(out[0]! + out[1]!).toBe(m);
      expect(out[0]! / out[1]!).toBeCloseTo(2.01 / 0.5, 12);
    }
  });

  it('gives 0 everywhere when a zero value pulls a geometric or harmonic mean to 0', () => {
    const out = new Float64Array(3).fill(7);
    expect(powerMeanContributions([0, 50, 80], [1, 1, 1], 0, out)).toBe(0);
    expect(Array.from(out)).toEqual([0, 0, 0]);
  });

  it('for p = 1 gives bit-identical contributions to the engine’s arithmetic composite (one group)', () => {
    const rnd = lcg(7);
    const K = 6;
    const weights = { kpi: new Float64Array(K), group: new Float64Array([1]) };
    const groupOf = new Int32Array(K);
    const columns = Array.from({ length: K }, () => new Float64Array(1));
    const engine = new Float64Array(K);
    const mine = new Float64Array(K);
    for (let trial = 0; trial < 200; trial++) {
      for (let k = 0; k < K; k++) {
        weights.kpi[k] = 0.5 + rnd() * 3;
        columns[k]![0] = rnd() < 0.2 ? NaN : rnd() * 99;
      }
      const c = rowComposite(
        columns,
        0,
        weights,
        groupOf,
        engine,
        new Float64Array(1),
        new Float64Array(1),
      );
      const x = columns.map((col) => col[0]!);
      const m = powerMeanContributions(x, weights.kpi, 1, mine);
      if (Number.isNaN(c)) {
        expect(m).toBeNaN();
        continue;
      }
      expect(Math.abs(m - c)).toBeLessThanOrEqual(1e-12 * 100);
      for (let k = 0; k < K; k++) expect(Math.abs(mine[k]! - engine[k]!)).toBeLessThan(1e-12);
    }
  });
});
