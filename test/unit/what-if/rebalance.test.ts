import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rebalance, toPercentages } from '../../../src/renderer/src/pages/what-if/rebalance';

const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10;
const none = [false, false, false, false];

describe('toPercentages', () => {
  it('scales any weights to one-decimal percentages adding up to exactly 100', () => {
    expect(toPercentages([40, 25, 20, 15])).toEqual([40, 25, 20, 15]);
    expect(toPercentages([4, 2.5, 2, 1.5])).toEqual([40, 25, 20, 15]);
    const thirds = toPercentages([1, 1, 1]);
    expect(sum(thirds)).toBe(100);
    expect(thirds.sort()).toEqual([33.3, 33.3, 33.4]);
  });

  it('shares equally when every weight is 0, and ignores negative or missing ones', () => {
    expect(toPercentages([0, 0])).toEqual([50, 50]);
    expect(toPercentages([-3, Number.NaN, 10])).toEqual([0, 0, 100]);
    expect(toPercentages([])).toEqual([]);
  });
});

describe('rebalance', () => {
  it('takes from the unlocked others in proportion to their size', () => {
    expect(rebalance([40, 25, 20, 15], 0, 70, none)).toEqual([70, 12.5, 10, 7.5]);
    expect(rebalance([40, 25, 20, 15], 0, 10, none)).toEqual([10, 37.5, 30, 22.5]);
  });

  it('never moves a locked weight, and clamps to what the locked ones leave', () => {
    const locked = [false, true, false, false];
    expect(rebalance([40, 25, 20, 15], 0, 70, locked)).toEqual([70, 25, 2.9, 2.1]);
    expect(rebalance([40, 25, 20, 15], 0, 90, locked)).toEqual([75, 25, 0, 0]);
  });

  it('cannot move a weight when every other one is locked', () => {
    expect(rebalance([40, 25, 20, 15], 0, 70, [false, true, true, true])).toEqual([40, 25, 20, 15]);
  });

  it('leaves a locked weight as it is', () => {
    expect(rebalance([40, 25, 20, 15], 2, 50, [false, false, true, false])).toEqual([
      40, 25, 20, 15,
    ]);
  });

  it('shares the rest equally when the unlocked others are all 0', () => {
    expect(rebalance([100, 0, 0, 0], 0, 40, none)).toEqual([40, 20, 20, 20]);
    expect(rebalance([100, 0, 0], 0, 0, none)).toEqual([0, 50, 50]);
  });

  it('clamps below 0 and above 100', () => {
    expect(rebalance([50, 50], 0, -5, [false, false])).toEqual([0, 100]);
    expect(rebalance([50, 50], 0, 130, [false, false])).toEqual([100, 0]);
  });

  it('keeps a moved value exactly and rounds the others so the total is 100.0', () => {
    const next = rebalance([33.3, 33.3, 33.4], 1, 50, [false, false, false]);
    expect(next[1]).toBe(50);
    expect(sum(next)).toBe(100);
  });

  it('property: the total stays 100 and locked weights never move', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.nat(),
        fc.double({ min: -20, max: 120, noNaN: true }),
        (raw, lockBits, pick, value) => {
          const values = toPercentages(raw);
          const locked = values.map((_, i) => lockBits[i]!);
          const index = pick % values.length;
          const next = rebalance(values, index, value, locked);
          expect(sum(next)).toBe(100);
          next.forEach((v, i) => {
            expect(v).toBeGreaterThanOrEqual(0);
            if (locked[i]) expect(v).toBe(values[i]);
          });
        },
      ),
    );
  });
});
