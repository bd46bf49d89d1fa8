/**
 * Tier migration between two scorings of the same partners. Tiers are compared by *position*
 * (index in each side's tier list, lowest first; −1 = no tier or unscored), so a scenario that
 * renames tiers or moves their thresholds still compares tier for tier: a partner moves up when
 * its scenario tier index is higher than its baseline one.
 */
import { tierLabels } from './scored-side';

export interface TierDiff {
  fromTiers: string[];
  toTiers: string[];
  matrix: number[][];
  moved: { up: number; down: number; same: number };
  meanChange: number | null;
}

export function tierDiff(
  baseTier: Int8Array,
  nextTier: Int8Array,
  baseNames: readonly string[],
  nextNames: readonly string[],
  before: Float64Array,
  after: Float64Array,
  withNone: boolean,
): TierDiff {
  const offset = withNone ? 1 : 0;
  const fromTiers = tierLabels(baseNames, withNone);
  const toTiers = tierLabels(nextNames, withNone);
  const matrix = fromTiers.map(() => toTiers.map(() => 0));
  for (let i = 0; i < baseTier.length; i++)
    matrix[baseTier[i]! + offset]![nextTier[i]! + offset]!++;
  return { fromTiers, toTiers, matrix, ...countMoves(baseTier, nextTier, before, after) };
}

/** Partners moving up, down or staying (by tier position), and the mean score change. */
export function countMoves(
  baseTier: Int8Array,
  nextTier: Int8Array,
  before: Float64Array,
  after: Float64Array,
): Pick<TierDiff, 'moved' | 'meanChange'> {
  const moved = { up: 0, down: 0, same: 0 };
  let sum = 0;
  let count = 0;
  for (let i = 0; i < baseTier.length; i++) {
    const a = baseTier[i]!;
    const b = nextTier[i]!;
    if (b > a) moved.up++;
    else if (b < a) moved.down++;
    else moved.same++;
    const delta = after[i]! - before[i]!;
    if (!Number.isNaN(delta)) {
      sum += delta;
      count++;
    }
  }
  return { moved, meanChange: count > 0 ? sum / count : null };
}
