/**
 * Tier order for migration charts. Tiers compare by position, lowest first, as the backend
 * compares them: "No tier" (first in a list when present) ranks below the lowest tier.
 */

export const NO_TIER = 'No tier';

/** Position of `name` in a tier list as the what-if result gives it; −1 for "No tier" or none. */
export function tierRank(list: readonly string[], name: string | null): number {
  if (name === null || name === NO_TIER) return -1;
  const index = list.indexOf(name);
  if (index < 0) return -1;
  return list[0] === NO_TIER ? index - 1 : index;
}

export type MoveDirection = 'up' | 'down' | 'same';

export function direction(fromRank: number, toRank: number): MoveDirection {
  return toRank > fromRank ? 'up' : toRank < fromRank ? 'down' : 'same';
}
