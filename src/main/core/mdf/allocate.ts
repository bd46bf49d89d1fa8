/**
 * An allocation in whole cents: the reserve is set aside, hand-locked amounts are kept, and the
 * rest is spread over the other eligible partners in proportion to their criterion score within
 * each partner's minimum and maximum (water-filling), then rounded so that the amounts add up to
 * the budget minus the reserve to the cent. Pure: the data is passed in.
 */
import { roundCents } from './round-cents';
import { waterFill } from './water-fill';
import { formatCents } from './money';

export interface AllocationCandidate {
  /** The criterion score (≥ 0): the share of the pool is proportional to it. */
  weight: number;
  eligible: boolean;
  /** A hand-set amount in cents that the solver keeps. */
  lockedCents?: number | null;
}

export interface AllocationBounds {
  budgetCents: number;
  /** Share of the budget kept back (0–1), rounded to the cent. */
  reserveShare: number;
  minCents: number;
  /** null: no maximum. */
  maxCents: number | null;
}

export type BindingBound = 'min' | 'max' | 'locked' | null;

export interface Allocation {
  reserveCents: number;
  /** Budget minus reserve: what the plan hands out. */
  allocatableCents: number;
  /** Cents per candidate (0 for ineligible ones). */
  amounts: number[];
  bound: BindingBound[];
  /** Cents that no partner could take (all at their maximum); they stay with the reserve. */
  unplacedCents: number;
}

export class AllocationError extends Error {
  constructor(
    message: string,
    readonly details: Record<string, number>,
  ) {
    super(message);
  }
}

export function reserveOf(budgetCents: number, reserveShare: number): number {
  return Math.round(budgetCents * reserveShare);
}

export function allocate(
  candidates: readonly AllocationCandidate[],
  b: AllocationBounds,
): Allocation {
  const reserveCents = reserveOf(b.budgetCents, b.reserveShare);
  const allocatableCents = b.budgetCents - reserveCents;
  const max = b.maxCents ?? Number.POSITIVE_INFINITY;
  const amounts = candidates.map(() => 0);
  const bound: BindingBound[] = candidates.map(() => null);
  let lockedTotal = 0;
  const free: number[] = [];
  candidates.forEach((c, i) => {
    if (!c.eligible) return;
    if (c.lockedCents !== null && c.lockedCents !== undefined) {
      amounts[i] = c.lockedCents;
      bound[i] = 'locked';
      lockedTotal += c.lockedCents;
    } else free.push(i);
  });
  const remaining = allocatableCents - lockedTotal;
  if (remaining < 0) {
    throw new AllocationError(
      `The hand-set amounts add up to ${cents(lockedTotal)}, more than the ${cents(allocatableCents)} to allocate (budget minus reserve).`,
      { lockedCents: lockedTotal, allocatableCents },
    );
  }
  const minTotal = free.length * b.minCents;
  if (remaining < minTotal) {
    throw new AllocationError(
      lockedTotal > 0
        ? `The hand-set amounts leave ${cents(remaining)} for ${free.length} other partners, whose minimum of ${cents(b.minCents)} each needs ${cents(minTotal)}.`
        : `${free.length} eligible partners at the minimum of ${cents(b.minCents)} need ${cents(minTotal)}, more than the ${cents(allocatableCents)} to allocate (budget minus reserve).`,
      { remainingCents: remaining, minimumTotalCents: minTotal, partners: free.length },
    );
  }
  if (free.length === 0) {
    return { reserveCents, allocatableCents, amounts, bound, unplacedCents: remaining };
  }
  const fill = waterFill({
    weights: free.map((i) => candidates[i]!.weight),
    min: free.map(() => b.minCents),
    max: free.map(() => max),
    total: remaining,
  });
  const placed = remaining - Math.round(fill.unplaced);
  const rounded = roundCents(fill.amounts, placed);
  free.forEach((i, k) => {
    amounts[i] = rounded[k]!;
    bound[i] = fill.bound[k] ?? null;
  });
  return { reserveCents, allocatableCents, amounts, bound, unplacedCents: remaining - placed };
}

function cents(c: number): string {
  return formatCents(c);
}
