import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moments, winsorise } from '../../../src/main/core/scoring/treatment/winsorise';

/** Textbook sample skewness/excess kurtosis computed the long way, to check `moments`. */
function reference(xs: number[]) {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const z = xs.map((x) => (x - mean) / sd);
  const skew = (n / ((n - 1) * (n - 2))) * z.reduce((a, b) => a + b ** 3, 0);
  const kurt =
    ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * z.reduce((a, b) => a + b ** 4, 0) -
    (3 * (n - 1) ** 2) / ((n - 2) * (n - 3));
  return { skew, kurt };
}

describe('moments', () => {
  it('matches the sample-adjusted definitions and ignores absent values', () => {
    const xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 97];
    const r = reference(xs);
    const m = moments([...xs, NaN]);
    expect(m.skew).toBeCloseTo(r.skew, 12);
    expect(m.kurt).toBeCloseTo(r.kurt, 12);
    expect(moments([1, 1, 1, 1]).skew).toBeNaN();
  });

  it('gives 0 skew for a symmetric sample', () => {
    expect(moments([1, 2, 3, 4, 5]).skew).toBeCloseTo(0, 14);
  });
});

describe('winsorise', () => {
  it('pulls a single mega-deal down to the next value and lists it before/after', () => {
    const xs = [10, 12, 11, 13, 9, 14, 10, 12, 11, 500, 13, 12];
    const r = winsorise(xs);
    expect(r.treated).toEqual([{ row: 9, before: 500, after: 14 }]);
    expect(r.values[9]).toBe(14);
    expect(r.stillOutlying).toBe(false);
    expect(Math.abs(r.skew) < 2 || r.kurt < 3.5).toBe(true);
  });

  it('treats the low tail when skew is negative', () => {
    const xs = [100, 98, 99, 101, 97, 102, 100, 99, -400, 100, 98, 101];
    const r = winsorise(xs);
    expect(r.treated.map((t) => t.row)).toEqual([8]);
    expect(r.values[8]).toBe(97);
  });

  it('leaves a well-behaved column alone', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const r = winsorise(xs);
    expect(r.treated).toEqual([]);
    expect(Array.from(r.values)).toEqual(xs);
  });

  it('stops at the limit of points and says the column is still outlying', () => {
    const xs = [...Array.from({ length: 40 }, (_, i) => 1 + (i % 3)), 1e3, 1e4, 1e5, 1e6, 1e7];
    const r = winsorise(xs, { maxPoints: 2 });
    expect(r.treated.length).toBe(2);
    expect(r.stillOutlying).toBe(true);
    const r5 = winsorise(xs, { maxPoints: 10 });
    expect(r5.treated.length).toBeGreaterThan(2);
    expect(r5.treated.every((t) => t.after < t.before)).toBe(true);
  });
});

describe('winsorisation finds the extreme and the next value in one pass', () => {
  /** The rule as first written: the extreme in one pass, the next value in another. */
  function twoPass(column: Float64Array, maxPoints = 5) {
    const values = column.slice();
    let points = 0;
    const changed = new Uint8Array(values.length);
    let { skew, kurt } = moments(values);
    while (Math.abs(skew) >= 2 && kurt >= 3.5 && points < maxPoints) {
      const high = skew > 0;
      let extreme = high ? -Infinity : Infinity;
      for (const x of values)
        if (!Number.isNaN(x) && (high ? x > extreme : x < extreme)) extreme = x;
      let next = high ? -Infinity : Infinity;
      for (const x of values) {
        if (Number.isNaN(x) || x === extreme) continue;
        if (high ? x > next : x < next) next = x;
      }
      if (!Number.isFinite(next)) break;
      for (let i = 0; i < values.length; i++) {
        if (values[i] !== extreme) continue;
        values[i] = next;
        if (!changed[i]) points++;
        changed[i] = 1;
      }
      ({ skew, kurt } = moments(values));
    }
    return values;
  }

  it('treats exactly as the two-pass rule, signed zeros and ties included', () => {
    let treatedRuns = 0;
    const cell = fc.oneof(
      fc.constantFrom(0, -0, NaN, 1, -1, 1000, -1000),
      fc.double({ min: -50, max: 50, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 4, maxLength: 40 }), (cells) => {
        const column = Float64Array.from(cells);
        const got = winsorise(column, { maxPoints: 8 }).values;
        const want = twoPass(column, 8);
        if (want.some((x, i) => !Object.is(x, column[i]))) treatedRuns++;
        for (let i = 0; i < column.length; i++) expect(Object.is(got[i], want[i])).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(treatedRuns).toBeGreaterThan(20);
  });
});
