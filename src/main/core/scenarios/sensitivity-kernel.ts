/**
 * The lean composite-and-tier pass the sensitivity analysis runs per sample. Partners are
 * grouped by pattern (weight profile × which weighted KPIs have a score): within a pattern the
 * composite is Σ c_k × s_k with one coefficient per KPI, c_k = group weight ÷ present groups'
 * weight total ÷ the group's present KPI weight sum × w_k — the engine's re-weighting rule. So a
 * sample costs the pattern coefficients plus one multiply-add per score, with no contributions,
 * group scores, coverage or ranks. Tier gates read raw values that do not change with weights,
 * so each partner's highest gate-allowed tier is computed once and a sample's tier is
 * min(tier by score, gate cap).
 *
 * The sums run in another order than `compositeColumns`, so a composite may differ from the
 * engine's in the last bits; the unperturbed reference tiers come from the engine itself.
 */
import type { TierRule } from '../../../shared/api/scoring-methodology';
import type { MethodologyPlan, ProfileWeights } from '../scoring/plan';
import { tierColumn } from '../scoring/tiers';

export interface SensitivityKernel {
  n: number;
  K: number;
  /** Row-major scores [row × K + k], 0 where the KPI does not count for the row. */
  scores: Float64Array;
  /** Pattern of each row; −1: never scored (no weighted KPI with a score). */
  patternOf: Int32Array;
  /** Per pattern: its profile and which KPIs count (1) for it, [pattern × K + k]. */
  patternProfile: Int32Array;
  patternPresent: Uint8Array;
  groupOf: Int32Array;
  G: number;
  minScores: Float64Array;
  /** Highest tier the gates allow per row (−1: not even the lowest). */
  gateCap: Int8Array;
  /** Scratch: coefficients per pattern [pattern × K + k]. */
  coefficients: Float64Array;
}

export function buildKernel(
  plan: MethodologyPlan,
  scores: readonly Float64Array[],
  profileOf: Uint8Array,
  tiers: readonly TierRule[],
  rawByKey: ReadonlyMap<string, Float64Array>,
): SensitivityKernel {
  const K = plan.kpis.length;
  const n = profileOf.length;
  const dense = new Float64Array(n * K);
  const patternOf = new Int32Array(n);
  const keys = new Map<string, number>();
  const profiles: number[] = [];
  const present: number[] = [];
  const mask = new Uint8Array(K);
  for (let i = 0; i < n; i++) {
    const p = profileOf[i]!;
    const w = plan.weights[p]!;
    let any = false;
    for (let k = 0; k < K; k++) {
      const s = scores[k]![i]!;
      const counts = !Number.isNaN(s) && w.kpi[k]! > 0 && w.group[plan.groupOf[k]!]! > 0;
      mask[k] = counts ? 1 : 0;
      dense[i * K + k] = counts ? s : 0;
      any ||= counts;
    }
    if (!any) {
      patternOf[i] = -1;
      continue;
    }
    const key = `${p}:${String.fromCharCode(...mask)}`;
    let id = keys.get(key);
    if (id === undefined) {
      id = profiles.length;
      keys.set(key, id);
      profiles.push(p);
      present.push(...mask);
    }
    patternOf[i] = id;
  }
  const infinite = new Float64Array(n).fill(Infinity);
  return {
    n,
    K,
    scores: dense,
    patternOf,
    patternProfile: Int32Array.from(profiles),
    patternPresent: Uint8Array.from(present),
    groupOf: plan.groupOf,
    G: plan.groups.length,
    minScores: Float64Array.from(tiers, (t) => t.minScore),
    gateCap: tierColumn(tiers, infinite, rawByKey),
    coefficients: new Float64Array(profiles.length * K),
  };
}

/**
 * Tier of every row under `weights` (one entry per plan profile), written into `out`; the
 * composites too when `composite` is given (NaN for rows never scored).
 */
export function sampleTiers(
  kernel: SensitivityKernel,
  weights: readonly ProfileWeights[],
  out: Int8Array,
  composite?: Float64Array,
) {
  const { K, G, groupOf, coefficients, patternPresent, patternProfile } = kernel;
  const sum = new Float64Array(G);
  const count = new Int32Array(G);
  for (let pat = 0; pat < patternProfile.length; pat++) {
    const w = weights[patternProfile[pat]!]!;
    sum.fill(0);
    count.fill(0);
    const o = pat * K;
    for (let k = 0; k < K; k++) {
      if (!patternPresent[o + k]) continue;
      const g = groupOf[k]!;
      sum[g] = sum[g]! + w.kpi[k]!;
      count[g] = count[g]! + 1;
    }
    let total = 0;
    for (let g = 0; g < G; g++) if (count[g]! > 0) total += w.group[g]!;
    for (let k = 0; k < K; k++) {
      const g = groupOf[k]!;
      coefficients[o + k] = patternPresent[o + k] ? (w.group[g]! / total / sum[g]!) * w.kpi[k]! : 0;
    }
  }
  const { scores, patternOf, minScores, gateCap, n } = kernel;
  const L = minScores.length;
  for (let i = 0; i < n; i++) {
    const pat = patternOf[i]!;
    if (pat < 0) {
      out[i] = -1;
      if (composite) composite[i] = NaN;
      continue;
    }
    let c = 0;
    const o = pat * K;
    const r = i * K;
    for (let k = 0; k < K; k++) c += coefficients[o + k]! * scores[r + k]!;
    if (composite) composite[i] = c;
    let t = -1;
    while (t + 1 < L && c >= minScores[t + 1]!) t++;
    const cap = gateCap[i]!;
    out[i] = t < cap ? t : cap;
  }
}
