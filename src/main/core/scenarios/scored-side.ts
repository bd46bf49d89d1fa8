/**
 * One side of a what-if comparison (the baseline or the scenario): the compiled plan and its
 * scores for one period. Both sides of a comparison score the same period, so their rows (the
 * partners eligible in it) line up index by index.
 */
import type { MethodologyPlan } from '../scoring/plan';
import type { StructuralScores } from '../scoring/structural-scores';
import type { WeightedScores } from '../scoring/weighted-scores';

export interface ScoredSide {
  plan: MethodologyPlan;
  structural: StructuralScores;
  weighted: WeightedScores;
}

export const NO_TIER = 'No tier';

/** Tier names of a side, lowest first. */
export function tierNames(side: ScoredSide): string[] {
  return side.plan.definition.tiers.map((t) => t.name);
}

/** Whether some partner reaches no tier (or is unscored) on either side. */
export function anyWithoutTier(a: Int8Array, b: Int8Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i]! < 0 || b[i]! < 0) return true;
  return false;
}

/** Tier labels with "No tier" first when needed; index = tier + offset. */
export function tierLabels(names: readonly string[], withNone: boolean): string[] {
  return withNone ? [NO_TIER, ...names] : [...names];
}

/** The label of tier index `t` (−1: none). */
export function tierLabel(names: readonly string[], t: number): string | null {
  return t < 0 ? null : (names[t] ?? null);
}

export function assertAligned(a: ScoredSide, b: ScoredSide) {
  if (a.structural.t !== b.structural.t || a.structural.rows.length !== b.structural.rows.length) {
    throw new Error('what-if: both sides must score the same period of the same dataset');
  }
}
