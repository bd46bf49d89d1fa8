/**
 * Distribution statistics of an ascending run of values. Quantiles interpolate linearly between
 * order statistics (Excel's PERCENTILE.INC, R's type 7, numpy's default): position (n − 1)·p.
 */
import type { DistributionStats } from '../../../shared/api/benchmark';

/** The p-quantile (0 ≤ p ≤ 1) of sorted[lo..hi); NaN when the run is empty. */
export function quantile(sorted: Float64Array, lo: number, hi: number, p: number): number {
  const n = hi - lo;
  if (n <= 0) return NaN;
  const h = (n - 1) * p;
  const below = Math.floor(h);
  const a = sorted[lo + below]!;
  if (below + 1 >= n) return a;
  return a + (h - below) * (sorted[lo + below + 1]! - a);
}

/** Count, extremes, quartiles, p90 and mean of sorted[lo..hi); null when empty. */
export function distribution(
  sorted: Float64Array,
  lo: number,
  hi: number,
): DistributionStats | null {
  const n = hi - lo;
  if (n <= 0) return null;
  let sum = 0;
  for (let i = lo; i < hi; i++) sum += sorted[i]!;
  return {
    count: n,
    min: sorted[lo]!,
    p25: quantile(sorted, lo, hi, 0.25),
    median: quantile(sorted, lo, hi, 0.5),
    p75: quantile(sorted, lo, hi, 0.75),
    p90: quantile(sorted, lo, hi, 0.9),
    max: sorted[hi - 1]!,
    mean: sum / n,
  };
}
