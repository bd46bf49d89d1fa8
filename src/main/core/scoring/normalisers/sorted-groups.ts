/**
 * The present values of each peer group, sorted ascending in one Float64Array with offsets, so
 * that ranks, extremes and leave-one-out counts are binary searches.
 */
import type { GroupIndex } from '../peer-groups';

export interface SortedGroups {
  values: Float64Array;
  /** Group g occupies values[start[g] .. start[g + 1]). */
  start: Int32Array;
}

export function sortByGroup(raw: Float64Array, groups: GroupIndex): SortedGroups {
  const start = new Int32Array(groups.count + 1);
  for (let i = 0; i < raw.length; i++) if (!Number.isNaN(raw[i]!)) start[groups.ids[i]! + 1]! += 1;
  for (let g = 0; g < groups.count; g++) start[g + 1] = start[g + 1]! + start[g]!;
  const fill = start.slice(0, groups.count);
  const values = new Float64Array(start[groups.count]!);
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i]!;
    if (Number.isNaN(v)) continue;
    const g = groups.ids[i]!;
    values[fill[g]!] = v;
    fill[g] = fill[g]! + 1;
  }
  for (let g = 0; g < groups.count; g++) values.subarray(start[g]!, start[g + 1]!).sort();
  return { values, start };
}

/** First index in [lo, hi) whose value is >= x (or > x when `strict`). */
export function bound(
  values: Float64Array,
  lo: number,
  hi: number,
  x: number,
  strict: boolean,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = values[mid]!;
    if (v < x || (strict && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
