/**
 * The whole benchmark computation over prepared columns (one Float64Array of values per KPI,
 * aligned with the group index): statistics per group and overall, percentiles and ranks. Pure:
 * no database, no formulas; this is what bench/benchmark.ts times.
 */
import type { DistributionStats } from '../../../shared/api/benchmark';
import type { GroupIndex } from '../scoring/peer-groups';
import { groupStats } from './group-stats';

export interface ComputedBenchmarks {
  /** [kpi][group] */
  stats: (DistributionStats | null)[][];
  overall: (DistributionStats | null)[];
  /** [kpi] per row (empty without `withRows`) */
  percentile: Float64Array[];
  rank: Int32Array[];
}

export function computeBenchmarks(
  columns: readonly Float64Array[],
  directions: readonly ('higher' | 'lower')[],
  groups: GroupIndex,
  withRows = true,
): ComputedBenchmarks {
  const out: ComputedBenchmarks = { stats: [], overall: [], percentile: [], rank: [] };
  columns.forEach((values, k) => {
    const s = groupStats(values, groups, directions[k] ?? 'higher', withRows);
    out.stats.push(s.stats);
    out.overall.push(s.overall);
    out.percentile.push(s.percentile);
    out.rank.push(s.rank);
  });
  return out;
}

/** Members of each group (with or without values). */
export function groupSizes(groups: GroupIndex): number[] {
  const sizes = new Array<number>(groups.count).fill(0);
  for (const g of groups.ids) sizes[g] = sizes[g]! + 1;
  return sizes;
}
