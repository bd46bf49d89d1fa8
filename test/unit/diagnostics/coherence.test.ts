/**
 * The diagnostics' statistics on matrices small enough to compute by hand: Pearson correlations,
 * Cronbach's alpha (and if each column were dropped), effective weights and importance, the
 * weight optimisation, and the composite the diagnostics re-score with against the engine's.
 */
import { describe, expect, it } from 'vitest';
import { compositeColumns } from '../../../src/main/core/scoring/composite';
import { correlationMatrix, pearson } from '../../../src/main/core/scoring/diagnostics/correlation';
import { alphaIfDropped, cronbachAlpha } from '../../../src/main/core/scoring/diagnostics/cronbach';
import { kpiImportance } from '../../../src/main/core/scoring/diagnostics/importance';
import {
  effectiveShares,
  linearComposite,
} from '../../../src/main/core/scoring/diagnostics/linear-composite';
import { optimiseWeights } from '../../../src/main/core/scoring/diagnostics/optimise-weights';
import { Rng } from '../../../src/main/core/demo/random';

const f = (...v: number[]) => Float64Array.from(v);

describe('pearson', () => {
  it('is 1, −1 and a hand-computed 0.5', () => {
    expect(pearson(f(1, 2, 3, 4), f(2, 4, 6, 8))).toBeCloseTo(1, 12);
    expect(pearson(f(1, 2, 3, 4), f(4, 3, 2, 1))).toBeCloseTo(-1, 12);
    // dx = (−1, 0, 1), dy = (−1, 1, 0): Σdxdy = 1, Σdx² = Σdy² = 2.
    expect(pearson(f(1, 2, 3), f(1, 3, 2))).toBeCloseTo(0.5, 12);
  });

  it('uses only the rows where both have a value, and is NaN without spread or rows', () => {
    expect(pearson(f(1, 2, NaN, 3), f(1, 3, 99, 2))).toBeCloseTo(0.5, 12);
    expect(pearson(f(1, 1, 1), f(1, 2, 3))).toBeNaN();
    expect(pearson(f(1, 2), f(1, 2))).toBeNaN();
  });

  it('fills a symmetric matrix with 1 on the diagonal', () => {
    const m = correlationMatrix([f(1, 2, 3), f(1, 3, 2), f(3, 2, 1)]);
    expect(Array.from(m).map((x) => Math.round(x * 1e9) / 1e9)).toEqual([
      1, 0.5, -1, 0.5, 1, -0.5, -1, -0.5, 1,
    ]);
  });
});

describe("Cronbach's alpha", () => {
  const a = f(1, 2, 3, 4);
  const b = f(1, 3, 2, 4);
  const c = f(2, 1, 4, 3);

  it('is 1 for parallel columns and 8/9 for a hand-computed pair', () => {
    expect(cronbachAlpha([a, f(2, 3, 4, 5)])).toBeCloseTo(1, 12);
    // var a = var b = 5/3, var(a + b) = 6: α = 2 (1 − (10/3) / 6) = 8/9.
    expect(cronbachAlpha([a, b])).toBeCloseTo(8 / 9, 12);
  });

  it('gives 21/29 for three columns, and 0, 3/4, 8/9 with each dropped', () => {
    // Σ var = 5, var(a + b + c) = 29/3: α = 3/2 (1 − 15/29) = 21/29.
    expect(cronbachAlpha([a, b, c])).toBeCloseTo(21 / 29, 12);
    const dropped = alphaIfDropped([a, b, c]);
    expect(dropped[0]).toBeCloseTo(0, 12);
    expect(dropped[1]).toBeCloseTo(0.75, 12);
    expect(dropped[2]).toBeCloseTo(8 / 9, 12);
  });

  it('drops incomplete rows and is NaN for one column or a constant total', () => {
    expect(cronbachAlpha([f(1, 2, 3, 4, 7), f(1, 3, 2, 4, NaN)])).toBeCloseTo(8 / 9, 12);
    expect(cronbachAlpha([a])).toBeNaN();
    expect(cronbachAlpha([f(1, 2, 3), f(3, 2, 1)])).toBeNaN();
  });

  it('agrees with the standardised formula k·r̄ / (1 + (k − 1)·r̄) for equal variances', () => {
    const r = pearson(a, b);
    expect(cronbachAlpha([a, b])).toBeCloseTo((2 * r) / (1 + r), 12);
  });
});

describe('effective weights and importance', () => {
  const x1 = f(0, 10, 20, 30);
  const x2 = f(0, 20, 0, 20);
  const groupOf = Int32Array.from([0, 0]);
  const { composite } = linearComposite([x1, x2], f(1, 1), f(1), groupOf, 1);

  it('scores the equal-weight mean and hand-computed variance shares, spreads and importance', () => {
    expect(Array.from(composite)).toEqual([0, 15, 10, 25]);
    const [i1, i2] = kpiImportance([x1, x2], f(0.5, 0.5), composite);
    // cov(x1, C) = 350/3, cov(x2, C) = 300/3, var C = 325/3.
    expect(i1!.varianceShare).toBeCloseTo((0.5 * 350) / 325, 12);
    expect(i2!.varianceShare).toBeCloseTo((0.5 * 300) / 325, 12);
    // σ1 : σ2 = √500 : √400.
    expect(i1!.weightSpread).toBeCloseTo(Math.sqrt(5) / (Math.sqrt(5) + 2), 12);
    expect(i1!.importance).toBeCloseTo(350 ** 2 / (500 * 325), 12);
    expect(i2!.importance).toBeCloseTo(300 ** 2 / (400 * 325), 12);
    expect(i1!.importanceShare! + i2!.importanceShare!).toBeCloseTo(1, 12);
  });

  it('shares a group weight over its KPIs and the groups over the total', () => {
    const shares = effectiveShares(f(1, 3, 2), f(60, 40), Int32Array.from([0, 0, 1]), 2);
    [0.15, 0.45, 0.4].forEach((v, k) => expect(shares[k]).toBeCloseTo(v, 14));
  });

  it('is the engine’s composite, missing scores re-weighted', () => {
    const rng = new Rng(5);
    const n = 200;
    const K = 6;
    const cols = Array.from({ length: K }, () =>
      Float64Array.from({ length: n }, () => (rng.chance(0.15) ? NaN : 100 * rng.next())),
    );
    const kw = f(1, 2, 3, 1, 0, 4);
    const gw = f(30, 50, 20);
    const go = Int32Array.from([0, 0, 1, 1, 2, 2]);
    const engine = compositeColumns(cols, cols, [{ kpi: kw, group: gw }], new Uint8Array(n), go, 3);
    const mine = linearComposite(cols, kw, gw, go, 3);
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(engine.composite[i]!)) expect(mine.composite[i]).toBeNaN();
      else expect(Math.abs(mine.composite[i]! - engine.composite[i]!)).toBeLessThan(1e-9);
    }
  });
});

describe('weight optimisation towards a target importance', () => {
  const rng = new Rng(9);
  const n = 500;
  const base = Float64Array.from({ length: n }, () => rng.next());
  // A wide KPI and a narrow one, both partly driven by the same factor.
  const wide = base.map((b) => 100 * (0.7 * b + 0.3 * rng.next()));
  const narrow = base.map((b) => 40 + 20 * (0.5 * b + 0.5 * rng.next()));
  const groupOf = Int32Array.from([0, 0]);

  it('brings equal weights to equal importance by weighting the narrow KPI more', () => {
    const result = optimiseWeights({
      scores: [wide, narrow],
      shares: f(0.5, 0.5),
      target: f(1, 1),
      groupOf,
      G: 1,
    });
    expect(result.objectiveBefore).toBeGreaterThan(0.01);
    expect(result.objective).toBeLessThan(1e-6);
    expect(result.importanceShare[0]).toBeCloseTo(0.5, 3);
    expect(result.shares[1]!).toBeGreaterThan(result.shares[0]!);
    expect(result.shares[0]! + result.shares[1]!).toBeCloseTo(1, 12);
    // Re-scoring with the suggestion gives that importance.
    const { composite } = linearComposite([wide, narrow], result.shares, f(1), groupOf, 1);
    const [i1] = kpiImportance([wide, narrow], result.shares, composite);
    expect(i1!.importanceShare).toBeCloseTo(result.importanceShare[0]!, 12);
  });

  it('leaves a KPI without weight without weight', () => {
    const result = optimiseWeights({
      scores: [wide, narrow, base],
      shares: f(0.5, 0.5, 0),
      target: f(1, 1, 1),
      groupOf: Int32Array.from([0, 0, 0]),
      G: 1,
    });
    expect(result.shares[2]).toBe(0);
  });
});
