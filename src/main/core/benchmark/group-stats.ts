/**
 * One KPI over peer groups: distribution statistics per group and overall, and each partner's
 * percentile and rank within its group, from ONE sort (the engine's sortByGroup). The
 * percentile is the scoring engine's rule (normalisers/percentile.ts: share of the other
 * members it does better than, ties counted half, 100 = best; alone in its group: 50) computed
 * here from the same sorted groups instead of a second sort — group-stats.test.ts checks that
 * both agree. Rank: 1 = best, ties share the better rank.
 */
import type { DistributionStats } from '../../../shared/api/benchmark';
import type { GroupIndex } from '../scoring/peer-groups';
import { bound, sortByGroup, type SortedGroups } from '../scoring/normalisers/sorted-groups';
import { mergeRuns } from './merge-runs';
import { distribution } from './quantiles';

export interface KpiGroupStats {
  /** Per group; null where no member has a value. */
  stats: (DistributionStats | null)[];
  overall: DistributionStats | null;
  /** Per row, NaN where the row has no value. */
  percentile: Float64Array;
  /** Per row, 0 where the row has no value. */
  rank: Int32Array;
  sorted: SortedGroups;
}

/** `withRows: false` skips the per-partner percentile and rank (left empty). */
export function groupStats(
  values: Float64Array,
  groups: GroupIndex,
  direction: 'higher' | 'lower',
  withRows = true,
): KpiGroupStats {
  const sorted = sortByGroup(values, groups);
  const { start } = sorted;
  const all = sorted.values;
  const stats: (DistributionStats | null)[] = [];
  for (let g = 0; g < groups.count; g++) stats.push(distribution(all, start[g]!, start[g + 1]!));
  const n = withRows ? values.length : 0;
  const percentile = new Float64Array(n);
  const rank = new Int32Array(n);
  const higher = direction === 'higher';
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) {
      percentile[i] = NaN;
      continue;
    }
    const g = groups.ids[i]!;
    const lo = start[g]!;
    const hi = start[g + 1]!;
    // First index holding v (binary search, inlined: this loop runs once per partner and KPI).
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (all[mid]! < v) a = mid + 1;
      else b = mid;
    }
    const firstEqual = a;
    // Ties are few: the row's own value is there, so the next one is usually above already.
    const firstAbove =
      firstEqual + 1 < hi && all[firstEqual + 1] === v
        ? bound(all, firstEqual + 1, hi, v, true)
        : firstEqual + 1;
    const others = hi - lo - 1;
    const better = higher ? firstEqual - lo : hi - firstAbove;
    percentile[i] =
      others > 0 ? (100 * (better + 0.5 * (firstAbove - firstEqual - 1))) / others : 50;
    rank[i] = higher ? hi - firstAbove + 1 : firstEqual - lo + 1;
  }
  const merged = mergeRuns(all, start);
  return { stats, overall: distribution(merged, 0, merged.length), percentile, rank, sorted };
}
