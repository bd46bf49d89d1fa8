/**
 * What each KPI really weighs in the composite, against the weight it was given:
 * - *variance share*: wₖ · cov(xₖ, C) / var(C), the KPI's share of the composite's variance
 *   (these add up to 1 when every partner has every KPI);
 * - *weight × spread*: wₖ · σₖ / Σ wⱼ · σⱼ, what the weight is worth once the KPI's own spread
 *   is taken into account;
 * - *importance*: r(xₖ, C)², the squared Pearson correlation with the composite, as COINr and
 *   the JRC/OECD Handbook measure it, also as a share of the sum over the KPIs.
 * Moments are taken over the rows where the KPI and the composite both have a value.
 */
import { pearson } from './correlation';

export interface KpiImportance {
  varianceShare: number;
  weightSpread: number;
  correlation: number;
  importance: number;
  importanceShare: number;
}

export function kpiImportance(
  scores: readonly Float64Array[],
  shares: ArrayLike<number>,
  composite: Float64Array,
): KpiImportance[] {
  const cvar = covariance(composite, composite);
  const spread = scores.map((col) => Math.sqrt(Math.max(0, covariance(col, col))));
  let spreadTotal = 0;
  scores.forEach((_, k) => {
    if (shares[k]! > 0 && Number.isFinite(spread[k]!)) spreadTotal += shares[k]! * spread[k]!;
  });
  const out = scores.map((col, k) => {
    const r = shares[k]! > 0 ? pearson(col, composite) : NaN;
    return {
      varianceShare: cvar > 0 ? (shares[k]! * covariance(col, composite)) / cvar : NaN,
      weightSpread: spreadTotal > 0 ? (shares[k]! * spread[k]!) / spreadTotal : NaN,
      correlation: r,
      importance: r * r,
      importanceShare: NaN,
    };
  });
  let total = 0;
  for (const o of out) if (Number.isFinite(o.importance)) total += o.importance;
  for (const o of out) o.importanceShare = total > 0 ? o.importance / total : NaN;
  return out;
}

/** Sample covariance over the rows where both have a value; NaN below 2 such rows. */
export function covariance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let n = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    n++;
    mx += (a - mx) / n;
    my += (b - my) / n;
  }
  if (n < 2) return NaN;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    s += (a - mx) * (b - my);
  }
  return s / (n - 1);
}
