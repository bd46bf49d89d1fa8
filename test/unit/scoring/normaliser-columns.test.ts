/**
 * Each normaliser scores a whole column in one loop (no call per cell); that loop must give,
 * bit for bit, what `scoreAt(row, own value)` gives, the definition "what it takes" and the
 * explanations use. Columns are drawn with the awkward cases: ties, both signed zeros at the
 * extremes, missing values, constant groups, a partner alone in its group, fixed bounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argsortAscending } from '../../../src/main/core/scoring/normalisers/argsort';
import { fitBands } from '../../../src/main/core/scoring/normalisers/bands';
import { fitMinMax } from '../../../src/main/core/scoring/normalisers/min-max';
import type { FittedScale } from '../../../src/main/core/scoring/normalisers/scale';
import { fitTarget } from '../../../src/main/core/scoring/normalisers/target';
import { fitZScore } from '../../../src/main/core/scoring/normalisers/z-score';
import type { GroupIndex } from '../../../src/main/core/scoring/peer-groups';

const value = fc.oneof(
  fc.constantFrom(0, -0, NaN, 1, -1, 5, 100),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -3, max: 3 }),
);
const column = fc
  .array(fc.tuple(value, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 40 })
  .map((cells) => {
    const raw = Float64Array.from(cells, (c) => c[0]);
    const ids = Int32Array.from(cells, (c) => c[1]);
    const groups: GroupIndex = { ids, count: 3, labels: [] };
    return { raw, groups };
  });
const oneGroup = (n: number): GroupIndex => ({ ids: new Int32Array(n), count: 1, labels: [] });

function sameAsScoreAt(scale: FittedScale, raw: Float64Array) {
  for (let i = 0; i < raw.length; i++) {
    const expected = Number.isNaN(raw[i]!) ? NaN : scale.scoreAt(i, raw[i]!);
    // Object.is tells 0 from -0 and NaN from NaN: bit for bit.
    expect(
      Object.is(scale.scores[i], expected),
      `row ${i}: ${scale.scores[i]} vs ${expected}`,
    ).toBe(true);
  }
}

const bounds = fc.record(
  { min: fc.constantFrom(undefined, -2, 0, 1), max: fc.constantFrom(undefined, 3, 50) },
  { requiredKeys: [] },
);

describe('column scoring agrees with scoreAt bit for bit', () => {
  it('min–max, peer groups or one group, free or fixed bounds, both directions', () => {
    fc.assert(
      fc.property(column, bounds, fc.boolean(), fc.boolean(), ({ raw, groups }, b, lower, one) => {
        const g = one ? oneGroup(raw.length) : groups;
        const options = { min: b.min, max: b.max };
        sameAsScoreAt(fitMinMax(raw, lower ? 'lower' : 'higher', g, options), raw);
      }),
      { numRuns: 400 },
    );
  });

  it('min–max with zeros of both signs at the extremes', () => {
    for (const xs of [
      [0, -0, 5, 3],
      [-0, 0, 5],
      [5, 0, -0, 0],
      [-5, 0, -0],
      [0, -0],
      [-0],
      [0, 0, NaN],
    ]) {
      const raw = Float64Array.from(xs);
      sameAsScoreAt(fitMinMax(raw, 'higher', oneGroup(raw.length)), raw);
      sameAsScoreAt(fitMinMax(raw, 'lower', oneGroup(raw.length)), raw);
    }
  });

  it('z-score, target and bands', () => {
    fc.assert(
      fc.property(column, fc.boolean(), column, ({ raw, groups }, lower, t) => {
        const direction = lower ? 'lower' : 'higher';
        sameAsScoreAt(fitZScore(raw, direction, groups, 2.5), raw);
        const targets = Float64Array.from(raw, (_, i) => t.raw[i % t.raw.length]!);
        sameAsScoreAt(fitTarget(raw, direction, targets, 1.25), raw);
        sameAsScoreAt(fitBands(raw, [-1, 0, 2], [0, 30, 60, 100]), raw);
      }),
      { numRuns: 300 },
    );
  });
});

describe('argsort', () => {
  it('is a stable ascending sort of the present values (-0 with +0, NaN left out)', () => {
    const cell = fc.oneof(
      fc.constantFrom(0, -0, NaN, 1, -1, Infinity, -Infinity, 2 ** -1074),
      fc.double({ noNaN: true }),
      fc.integer({ min: -3, max: 3 }),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 300 }), (cells) => {
        const values = Float64Array.from(cells);
        const expected = cells
          .map((v, i) => ({ v: v === 0 ? 0 : v, i }))
          .filter((x) => !Number.isNaN(x.v))
          .sort((a, b) => (a.v < b.v ? -1 : a.v > b.v ? 1 : a.i - b.i))
          .map((x) => x.i);
        expect(Array.from(argsortAscending(values))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
