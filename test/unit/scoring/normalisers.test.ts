import { describe, expect, it } from 'vitest';
import { fitBands } from '../../../src/main/core/scoring/normalisers/bands';
import { fitMinMax } from '../../../src/main/core/scoring/normalisers/min-max';
import { fitPercentile } from '../../../src/main/core/scoring/normalisers/percentile';
import { fitTarget } from '../../../src/main/core/scoring/normalisers/target';
import { fitZScore } from '../../../src/main/core/scoring/normalisers/z-score';
import { singleGroup, type GroupIndex } from '../../../src/main/core/scoring/peer-groups';

const f = (xs: number[]) => Float64Array.from(xs);
const all = (n: number) => singleGroup(n);
const groups = (ids: number[]): GroupIndex => ({
  ids: Int32Array.from(ids),
  count: Math.max(...ids) + 1,
  labels: [],
});
const round = (xs: Float64Array | number[]) =>
  Array.from(xs, (x) => (Number.isNaN(x) ? NaN : Math.round(x * 1000) / 1000));

describe('target attainment', () => {
  it('scores attainment up to the cap', () => {
    // cap 1.25: on target = 100/1.25 = 80; 125 % and above = 100.
    const scale = fitTarget(f([50, 100, 150, 0, 80]), 'higher', f([100, 100, 100, 100, NaN]), 1.25);
    expect(Array.from(scale.scores)).toEqual([40, 80, 100, 0, NaN]);
    expect(scale.best(0)).toBe(125);
    expect(scale.scoreAt(0, 110)).toBeCloseTo(88, 10);
  });

  it('inverts attainment for lower-is-better KPIs and leaves no target missing', () => {
    const scale = fitTarget(f([5, 10, 20, 0]), 'lower', f([10, 10, 10, 0]), 1);
    expect(Array.from(scale.scores)).toEqual([100, 100, 50, NaN]);
    expect(scale.best(2)).toBe(10);
  });
});

describe('percentile rank', () => {
  it('gives the lowest 0, the highest 100 and ties the average', () => {
    const scale = fitPercentile(f([10, 20, 20, 40]), 'higher', all(4));
    expect(round(scale.scores)).toEqual([0, 50, 50, 100]);
    expect(round(fitPercentile(f([10, 20, 20, 40]), 'lower', all(4)).scores)).toEqual([
      100, 50, 50, 0,
    ]);
  });

  it('ranks within peer groups and skips missing values', () => {
    expect(
      Array.from(fitPercentile(f([10, 20, 5, NaN]), 'higher', groups([0, 0, 1, 0])).scores),
    ).toEqual([0, 100, 50, NaN]);
  });

  it('scores a changed value against the unchanged others', () => {
    const scale = fitPercentile(f([10, 20, 20, 40]), 'higher', all(4));
    // Others of row 0 are 20, 20, 40: at 25 two are below.
    expect(scale.scoreAt(0, 25)).toBeCloseTo(200 / 3, 12);
    expect(scale.scoreAt(0, 20)).toBeCloseTo(100 / 3, 12);
    expect(scale.best(0)).toBeGreaterThan(40);
    expect(scale.scoreAt(0, scale.best(0))).toBe(100);
  });
});

describe('min–max', () => {
  it('scales between the lowest and highest value', () => {
    expect(round(fitMinMax(f([10, 20, 40]), 'higher', all(3)).scores)).toEqual([0, 33.333, 100]);
    expect(round(fitMinMax(f([10, 20, 40]), 'lower', all(3)).scores)).toEqual([100, 66.667, 0]);
  });

  it('uses fixed bounds and clamps', () => {
    const scale = fitMinMax(f([10, 20, 40, 60, -5]), 'higher', all(5), { min: 0, max: 50 });
    expect(Array.from(scale.scores)).toEqual([20, 40, 80, 100, 0]);
    expect(scale.best(0)).toBe(50);
  });

  it('scores 50 without spread and recomputes the range around a changed value', () => {
    expect(Array.from(fitMinMax(f([5, 5]), 'higher', all(2)).scores)).toEqual([50, 50]);
    const scale = fitMinMax(f([10, 20, 40]), 'higher', all(3));
    expect(scale.scoreAt(2, 30)).toBe(100); // others 10, 20: 30 is the new maximum
    expect(scale.scoreAt(0, 30)).toBe(50); // others 20, 40: range 20..40
  });
});

describe('z-score', () => {
  // mean 5, population standard deviation 2.
  const raw = f([2, 4, 4, 4, 5, 5, 7, 9]);

  it('maps 50 + 50·z/spread and clamps', () => {
    expect(round(fitZScore(raw, 'higher', all(8), 2.5).scores)).toEqual([
      20, 40, 40, 40, 50, 50, 70, 90,
    ]);
    expect(round(fitZScore(raw, 'lower', all(8), 2.5).scores)).toEqual([
      80, 60, 60, 60, 50, 50, 30, 10,
    ]);
    expect(round(fitZScore(raw, 'higher', all(8), 1).scores)).toEqual([
      0, 25, 25, 25, 50, 50, 100, 100,
    ]);
  });

  it('scores 50 without spread and agrees with a refit when one value changes', () => {
    expect(Array.from(fitZScore(f([3, 3, 3]), 'higher', all(3)).scores)).toEqual([50, 50, 50]);
    const scale = fitZScore(raw, 'higher', all(8));
    const changed = Float64Array.from(raw);
    changed[0] = 6;
    expect(scale.scoreAt(0, 6)).toBeCloseTo(fitZScore(changed, 'higher', all(8)).scores[0]!, 10);
  });
});

describe('bands', () => {
  it('gives each band its score', () => {
    const scale = fitBands(f([0, 1, 1.5, 2, 4.9, 5, 100, NaN]), [1, 2, 5], [0, 25, 50, 100]);
    expect(Array.from(scale.scores)).toEqual([0, 25, 25, 50, 50, 100, 100, NaN]);
    expect(scale.best(0)).toBe(5);
  });

  it('reads descending scores as lower-is-better', () => {
    const scale = fitBands(f([30, 120, 400]), [90, 180, 365], [100, 75, 40, 10]);
    expect(Array.from(scale.scores)).toEqual([100, 75, 10]);
    expect(scale.best(2)).toBeLessThan(90);
    expect(scale.scoreAt(2, scale.best(2))).toBe(100);
  });
});
