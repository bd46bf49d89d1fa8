/**
 * Trend: the composite of every partner in every period (each period scored on its own data and
 * peers), the change against the previous period, and flags over the last N periods:
 * regressing (fell every period, by at least the configured drop in total), improving (the
 * mirror image), stagnating (moved less than the band).
 */
import type { TrendRules } from '../../../shared/api/scoring-methodology';
import { partnerCount, type ScoringDataset } from './dataset';
import { DatasetFormulaData } from './dataset-formula-data';
import type { MethodologyPlan } from './plan';
import { scoreCompositeAndTier } from './score-period';

export type TrendFlag = 'improving' | 'regressing' | 'stagnating';

export interface TrendSeries {
  /** [period * partners + datasetRow], NaN where the partner was not scored. */
  composite: Float64Array;
  /** Same layout, -1 where unscored. */
  tier: Int8Array;
  partners: number;
  periods: number;
}

export function scoreAllPeriods(plan: MethodologyPlan, ds: ScoringDataset): TrendSeries {
  const N = partnerCount(ds);
  const T = ds.periods.length;
  const composite = new Float64Array(T * N).fill(NaN);
  const tier = new Int8Array(T * N).fill(-1);
  const data = new DatasetFormulaData(ds);
  for (let t = 0; t < T; t++) {
    // Composite and tier only (bit-identical to scorePeriod's, without its other columns).
    const scored = scoreCompositeAndTier(plan, ds, t, data);
    scored.rows.forEach((p, i) => {
      composite[t * N + p] = scored.composite[i]!;
      tier[t * N + p] = scored.tier[i]!;
    });
  }
  return { composite, tier, partners: N, periods: T };
}

export function seriesOf(trend: TrendSeries, row: number): number[] {
  return Array.from(
    { length: trend.periods },
    (_, t) => trend.composite[t * trend.partners + row]!,
  );
}

/** Change of the composite against the previous period (NaN without both). */
export function changeAt(series: readonly number[], t: number): number {
  return t > 0 ? series[t]! - series[t - 1]! : NaN;
}

export function trendFlag(
  series: readonly number[],
  t: number,
  rules: TrendRules,
): TrendFlag | null {
  const from = t - rules.periods;
  if (from < 0) return null;
  const window = series.slice(from, t + 1);
  if (window.some((v) => Number.isNaN(v))) return null;
  const steps = window.slice(1).map((v, i) => v - window[i]!);
  const total = window[window.length - 1]! - window[0]!;
  if (steps.every((d) => d < 0) && -total >= rules.regressionDrop) return 'regressing';
  if (steps.every((d) => d > 0) && total >= rules.regressionDrop) return 'improving';
  if (Math.max(...window) - Math.min(...window) < rules.stagnationBand) return 'stagnating';
  return null;
}
