/** Distribution statistics against hand-computed cases (linear interpolation, Excel PERCENTILE.INC). */
import { describe, expect, it } from 'vitest';
import { distribution, quantile } from '../../../src/main/core/benchmark/quantiles';

const sorted = (...values: number[]) => Float64Array.from(values).sort();

describe('quantile', () => {
  it('interpolates between order statistics at (n − 1)·p', () => {
    const x = sorted(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    // (n − 1)·p = 2.25 → 3 + 0.25 × (4 − 3)
    expect(quantile(x, 0, 10, 0.25)).toBeCloseTo(3.25, 12);
    expect(quantile(x, 0, 10, 0.5)).toBeCloseTo(5.5, 12);
    expect(quantile(x, 0, 10, 0.75)).toBeCloseTo(7.75, 12);
    // 8.1 → 9 + 0.1 × (10 − 9)
    expect(quantile(x, 0, 10, 0.9)).toBeCloseTo(9.1, 12);
    expect(quantile(x, 0, 10, 0)).toBe(1);
    expect(quantile(x, 0, 10, 1)).toBe(10);
  });

  it('works on a run inside a larger array and on uneven gaps', () => {
    const x = sorted(-5, 10, 20, 40, 99);
    // run [10, 20, 40]: p25 at 0.5 → 15; median 20; p75 at 1.5 → 30; p90 at 1.8 → 20 + 0.8 × 20
    expect(quantile(x, 1, 4, 0.25)).toBeCloseTo(15, 12);
    expect(quantile(x, 1, 4, 0.5)).toBe(20);
    expect(quantile(x, 1, 4, 0.75)).toBeCloseTo(30, 12);
    expect(quantile(x, 1, 4, 0.9)).toBeCloseTo(36, 12);
  });

  it('is the value itself for one value and NaN for none', () => {
    expect(quantile(sorted(7), 0, 1, 0.9)).toBe(7);
    expect(quantile(sorted(), 0, 0, 0.5)).toBeNaN();
  });
});

describe('distribution', () => {
  it('gives count, min, quartiles, p90, max and mean', () => {
    expect(distribution(sorted(4, 8, 15, 16, 23, 42), 0, 6)).toEqual({
      count: 6,
      min: 4,
      p25: 9.75, // 1.25 → 8 + 0.25 × 7
      median: 15.5,
      p75: 21.25, // 3.75 → 16 + 0.75 × 7
      p90: 32.5, // 4.5 → 23 + 0.5 × 19
      max: 42,
      mean: 18,
    });
  });

  it('is null for an empty group', () => {
    expect(distribution(sorted(), 0, 0)).toBeNull();
  });
});
