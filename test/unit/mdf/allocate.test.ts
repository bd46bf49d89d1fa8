/**
 * The allocation solver by hand: proportional shares, the maximum and the minimum binding,
 * eligibility, hand-set amounts, the total to the cent; and a property test that the total and
 * the bounds always hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, AllocationError } from '../../../src/main/core/mdf/allocate';
import { roundCents } from '../../../src/main/core/mdf/round-cents';
import { waterFill } from '../../../src/main/core/mdf/water-fill';

const c = (weight: number, eligible = true, lockedCents?: number) => ({
  weight,
  eligible,
  lockedCents,
});
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('allocate', () => {
  it('shares the pool in proportion to the criterion after the reserve', () => {
    // 1 000.00 budget, 10 % reserve → 900.00; weights 1:2:3:4 → 90, 180, 270, 360.
    const a = allocate([c(1), c(2), c(3), c(4)], {
      budgetCents: 100_000,
      reserveShare: 0.1,
      minCents: 0,
      maxCents: null,
    });
    expect(a.reserveCents).toBe(10_000);
    expect(a.amounts).toEqual([9_000, 18_000, 27_000, 36_000]);
    expect(a.bound).toEqual([null, null, null, null]);
  });

  it('caps a partner at the maximum and spreads the excess over the others', () => {
    // 100.00 over 1:1:8 gives 10, 10, 80; the cap of 50 moves 30 to the other two (25 each).
    const a = allocate([c(1), c(1), c(8)], {
      budgetCents: 10_000,
      reserveShare: 0,
      minCents: 0,
      maxCents: 5_000,
    });
    expect(a.amounts).toEqual([2_500, 2_500, 5_000]);
    expect(a.bound).toEqual([null, null, 'max']);
  });

  it('raises a partner to the minimum and takes it from the others in proportion', () => {
    // 100.00 over 1:9:10 gives 5, 45, 50; the minimum of 15 leaves 85 for 9:10 →
    // 40.263… and 44.736…; largest remainder gives the odd cent to the second.
    const a = allocate([c(1), c(9), c(10)], {
      budgetCents: 10_000,
      reserveShare: 0,
      minCents: 1_500,
      maxCents: null,
    });
    expect(a.amounts).toEqual([1_500, 4_026, 4_474]);
    expect(sum(a.amounts)).toBe(10_000);
    expect(a.bound[0]).toBe('min');
  });

  it('binds the minimum and the maximum at once', () => {
    // 300.00 over 1:1:10:20 (λ = 300/32): 9.37, 9.37, 93.75, 187.5. Max 120: the big one capped,
    // then 180 over 1:1:10 gives 15, 15, 150 — 150 > 120 so the third is capped too; 60 over
    // 1:1 → 30 each, which clears the minimum of 20.
    const a = allocate([c(1), c(1), c(10), c(20)], {
      budgetCents: 30_000,
      reserveShare: 0,
      minCents: 2_000,
      maxCents: 12_000,
    });
    expect(a.amounts).toEqual([3_000, 3_000, 12_000, 12_000]);
  });

  it('gives ineligible partners nothing', () => {
    const a = allocate([c(5, false), c(1), c(3)], {
      budgetCents: 40_000,
      reserveShare: 0,
      minCents: 0,
      maxCents: null,
    });
    expect(a.amounts).toEqual([0, 10_000, 30_000]);
  });

  it('adds up to the budget minus the reserve to the cent', () => {
    // 1 000.01 with a 10 % reserve: reserve 100.00 (rounded), 900.01 over three equal shares
    // of 300.00333… → one partner gets the odd cent.
    const a = allocate([c(1), c(1), c(1)], {
      budgetCents: 100_001,
      reserveShare: 0.1,
      minCents: 0,
      maxCents: null,
    });
    expect(a.reserveCents).toBe(10_000);
    expect(a.amounts).toEqual([30_001, 30_000, 30_000]);
    expect(sum(a.amounts) + a.reserveCents).toBe(100_001);
  });

  it('keeps hand-set amounts and re-spreads the rest', () => {
    // 900 to allocate; the first partner is set to 500 → 400 over 1:3 for the others.
    const a = allocate([c(1, true, 50_000), c(1), c(3)], {
      budgetCents: 90_000,
      reserveShare: 0,
      minCents: 0,
      maxCents: null,
    });
    expect(a.amounts).toEqual([50_000, 10_000, 30_000]);
    expect(a.bound[0]).toBe('locked');
  });

  it('refuses minimums that the budget cannot pay, naming the figures', () => {
    expect(() =>
      allocate([c(1), c(1), c(1)], {
        budgetCents: 10_000,
        reserveShare: 0,
        minCents: 5_000,
        maxCents: null,
      }),
    ).toThrow(AllocationError);
    expect(() =>
      allocate([c(1), c(1), c(1)], {
        budgetCents: 10_000,
        reserveShare: 0,
        minCents: 5_000,
        maxCents: null,
      }),
    ).toThrow(/3 eligible partners at the minimum of 50\.00 need 150\.00/);
  });

  it('refuses hand-set amounts above what there is to allocate', () => {
    expect(() =>
      allocate([c(1, true, 60_000), c(1, true, 50_000), c(1)], {
        budgetCents: 100_000,
        reserveShare: 0.1,
        minCents: 0,
        maxCents: null,
      }),
    ).toThrow('The hand-set amounts add up to 1,100.00, more than the 900.00 to allocate');
  });

  it('leaves what nobody can take unplaced when every partner is at its maximum', () => {
    const a = allocate([c(1), c(2)], {
      budgetCents: 10_000,
      reserveShare: 0,
      minCents: 0,
      maxCents: 3_000,
    });
    expect(a.amounts).toEqual([3_000, 3_000]);
    expect(a.unplacedCents).toBe(4_000);
  });
});

describe('roundCents and waterFill', () => {
  it('rounds by largest remainder, ties to the earlier partner', () => {
    expect(roundCents([33.4, 33.3, 33.3], 100)).toEqual([34, 33, 33]);
    expect(roundCents([0.5, 0.5], 1)).toEqual([1, 0]);
  });

  it('shares equally when nobody has weight', () => {
    const f = waterFill({ weights: [0, 0], min: [0, 0], max: [Infinity, Infinity], total: 10 });
    expect(Array.from(f.amounts)).toEqual([5, 5]);
  });
});

describe('allocate (property)', () => {
  it('always adds up to the cent and keeps every partner within its bounds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            weight: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })),
            eligible: fc.boolean(),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: null }),
        (cands, budgetCents, reserveShare, minCents, maxRaw) => {
          const maxCents = maxRaw === null ? null : minCents + maxRaw;
          const eligible = cands.filter((x) => x.eligible).length;
          const allocatable = budgetCents - Math.round(budgetCents * reserveShare);
          if (eligible * minCents > allocatable) {
            expect(() =>
              allocate(cands, { budgetCents, reserveShare, minCents, maxCents }),
            ).toThrow(AllocationError);
            return;
          }
          const a = allocate(cands, { budgetCents, reserveShare, minCents, maxCents });
          expect(a.reserveCents + a.allocatableCents).toBe(budgetCents);
          expect(sum(a.amounts) + a.unplacedCents).toBe(a.allocatableCents);
          const roomAtMax = maxCents === null ? Infinity : eligible * maxCents;
          if (eligible > 0 && roomAtMax >= a.allocatableCents) expect(a.unplacedCents).toBe(0);
          a.amounts.forEach((x, i) => {
            expect(Number.isInteger(x)).toBe(true);
            if (!cands[i]!.eligible) expect(x).toBe(0);
            else {
              expect(x).toBeGreaterThanOrEqual(minCents);
              if (maxCents !== null) expect(x).toBeLessThanOrEqual(maxCents);
            }
          });
          // Within the bounds, a larger criterion never gets less (up to the rounding cent).
          const free = cands
            .map((x, i) => ({ ...x, amount: a.amounts[i]! }))
            .filter((x) => x.eligible);
          for (const p of free)
            for (const q of free)
              if (p.weight > q.weight) expect(p.amount).toBeGreaterThanOrEqual(q.amount - 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
