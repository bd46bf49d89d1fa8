/**
 * The composite score: KPI scores weighted within their group, groups weighted against each
 * other. A KPI without a score drops out and its weight is spread over the present KPIs of its
 * group (a group without any drops out the same way). Each KPI's contribution is its effective
 * weight × its score, and the composite is *defined* as the sum of the contributions in KPI
 * order, so they add up exactly.
 */
import type { ProfileWeights } from './plan';

/**
 * Composite of partner `row` from score columns (NaN = absent), with KPI `override` scored
 * `overrideScore` instead when given ("what it takes"). Writes the contributions (0 for absent
 * KPIs) and group scores (NaN for groups without a score). The one implementation of the
 * arithmetic: the columnar pass calls it for every row.
 */
export function rowComposite(
  columns: readonly Float64Array[],
  row: number,
  weights: ProfileWeights,
  groupOf: Int32Array,
  contributions: Float64Array,
  groupScores: Float64Array,
  groupWeightSum: Float64Array,
  override = -1,
  overrideScore = NaN,
): number {
  const K = columns.length;
  const G = groupScores.length;
  for (let g = 0; g < G; g++) {
    groupScores[g] = 0;
    groupWeightSum[g] = 0;
  }
  for (let k = 0; k < K; k++) {
    const s = k === override ? overrideScore : columns[k]![row]!;
    const w = weights.kpi[k]!;
    if (Number.isNaN(s) || !(w > 0)) continue;
    const g = groupOf[k]!;
    groupWeightSum[g] = groupWeightSum[g]! + w;
    groupScores[g] = groupScores[g]! + w * s;
  }
  let total = 0;
  for (let g = 0; g < G; g++) {
    const sum = groupWeightSum[g]!;
    groupScores[g] = sum > 0 ? groupScores[g]! / sum : NaN;
    if (sum > 0 && weights.group[g]! > 0) total += weights.group[g]!;
  }
  let composite = 0;
  let last = -1;
  for (let k = 0; k < K; k++) {
    const s = k === override ? overrideScore : columns[k]![row]!;
    const w = weights.kpi[k]!;
    const g = groupOf[k]!;
    const W = weights.group[g]!;
    if (Number.isNaN(s) || !(w > 0) || !(W > 0) || !(total > 0)) {
      contributions[k] = 0;
      continue;
    }
    const c = (W / total) * (w / groupWeightSum[g]!) * s;
    contributions[k] = c;
    composite += c;
    if (c > 0) last = k;
  }
  if (!(total > 0)) return NaN;
  // Rounding can push a perfect partner a hair above 100: take the excess off the last
  // contribution (then single ulps) so that the sum stays exact and within bounds.
  for (let guard = 0; composite > 100 && last >= 0 && guard < 64; guard++) {
    const c = contributions[last]!;
    const reduced = guard === 0 ? c - (composite - 100) : nextDown(c);
    contributions[last] = Math.max(0, reduced);
    composite = 0;
    for (let k = 0; k < K; k++) composite += contributions[k]!;
  }
  return composite;
}

const bits = new DataView(new ArrayBuffer(8));

/** The largest double below a positive x. */
function nextDown(x: number): number {
  if (!(x > 0)) return x;
  bits.setFloat64(0, x);
  bits.setBigUint64(0, bits.getBigUint64(0) - 1n);
  return bits.getFloat64(0);
}

/**
 * Each KPI's share of the partner's configured weight when every KPI has data: coverage is the
 * sum of the shares of the KPIs that do.
 */
export function fullShares(weights: ProfileWeights, groupOf: Int32Array, G: number): Float64Array {
  const K = weights.kpi.length;
  const groupSum = new Float64Array(G);
  for (let k = 0; k < K; k++) {
    const g = groupOf[k]!;
    if (weights.kpi[k]! > 0) groupSum[g] = groupSum[g]! + weights.kpi[k]!;
  }
  let total = 0;
  for (let g = 0; g < G; g++)
    if (groupSum[g]! > 0 && weights.group[g]! > 0) total += weights.group[g]!;
  const shares = new Float64Array(K);
  if (!(total > 0)) return shares;
  for (let k = 0; k < K; k++) {
    const w = weights.kpi[k]!;
    const g = groupOf[k]!;
    if (w > 0 && weights.group[g]! > 0)
      shares[k] = (weights.group[g]! / total) * (w / groupSum[g]!);
  }
  return shares;
}

export interface CompositeColumns {
  composite: Float64Array;
  /** [kpi * n + row]; empty when not kept. */
  contributions: Float64Array;
  /** [group * n + row] */
  groupScores: Float64Array;
  coverage: Float64Array;
}

/**
 * The composite of every row; `scores` and `observed` are one column per KPI. Column-major
 * passes doing, per row, exactly the operations of `rowComposite` in the same order (so the
 * results are bit-identical); a row that rounding pushes above 100 is redone by `rowComposite`.
 */
export function compositeColumns(
  scores: Float64Array[],
  observed: Float64Array[],
  weights: ProfileWeights[],
  profileOf: Uint8Array,
  groupOf: Int32Array,
  G: number,
  keepContributions = true,
): CompositeColumns {
  const K = scores.length;
  const n = profileOf.length;
  const single = weights.length === 1;
  // Per-row weights only when profiles differ; otherwise constants of each KPI and group.
  const weightCols = scores.map((_, k) =>
    single ? null : Float64Array.from(profileOf, (p) => weights[p]!.kpi[k]!),
  );
  const groupWeight = single ? null : new Float64Array(G * n);
  if (groupWeight) {
    for (let g = 0; g < G; g++) {
      for (let i = 0; i < n; i++) groupWeight[g * n + i] = weights[profileOf[i]!]!.group[g]!;
    }
  }
  const shares = weights.map((w) => fullShares(w, groupOf, G));
  const coverage = new Float64Array(n);
  const groupSum = new Float64Array(G * n);
  const groupScores = new Float64Array(G * n);
  for (let k = 0; k < K; k++) {
    const col = scores[k]!;
    const seen = observed[k]!;
    const w0 = weights[0]!.kpi[k]!;
    const share0 = shares[0]![k]!;
    const wk = weightCols[k] ?? null;
    const o = groupOf[k]! * n;
    for (let i = 0; i < n; i++) {
      if (!Number.isNaN(seen[i]!))
        coverage[i] = coverage[i]! + (single ? share0 : shares[profileOf[i]!]![k]!);
      const s = col[i]!;
      const w = wk === null ? w0 : wk[i]!;
      if (Number.isNaN(s) || !(w > 0)) continue;
      groupSum[o + i] = groupSum[o + i]! + w;
      groupScores[o + i] = groupScores[o + i]! + w * s;
    }
  }
  const total = new Float64Array(n);
  for (let g = 0; g < G; g++) {
    const o = g * n;
    const W0 = weights[0]!.group[g]!;
    for (let i = 0; i < n; i++) {
      const sum = groupSum[o + i]!;
      groupScores[o + i] = sum > 0 ? groupScores[o + i]! / sum : NaN;
      const W = groupWeight === null ? W0 : groupWeight[o + i]!;
      if (sum > 0 && W > 0) total[i] = total[i]! + W;
    }
  }
  // W / total per group and row, the first factor of every contribution (computed once).
  const groupShare = new Float64Array(G * n);
  for (let g = 0; g < G; g++) {
    const o = g * n;
    const W0 = weights[0]!.group[g]!;
    for (let i = 0; i < n; i++)
      groupShare[o + i] = (groupWeight === null ? W0 : groupWeight[o + i]!) / total[i]!;
  }
  const composite = new Float64Array(n);
  // Without kept contributions (previews) every KPI writes to one scratch row: the composite is
  // still their sum, in the same order.
  const contributions = new Float64Array(keepContributions ? K * n : n);
  for (let k = 0; k < K; k++) {
    const col = scores[k]!;
    const wk = weightCols[k] ?? null;
    const g = groupOf[k]!;
    const go = g * n;
    const ko = keepContributions ? k * n : 0;
    if (wk === null) {
      // One profile: the KPI and group weights are constants of the column.
      const w = weights[0]!.kpi[k]!;
      const W = weights[0]!.group[g]!;
      if (!(w > 0) || !(W > 0)) continue;
      for (let i = 0; i < n; i++) {
        const s = col[i]!;
        if (Number.isNaN(s) || !(total[i]! > 0)) continue;
        const c = groupShare[go + i]! * (w / groupSum[go + i]!) * s;
        contributions[ko + i] = c;
        composite[i] = composite[i]! + c;
      }
      continue;
    }
    for (let i = 0; i < n; i++) {
      const s = col[i]!;
      const w = wk[i]!;
      const W = groupWeight![go + i]!;
      const t = total[i]!;
      if (Number.isNaN(s) || !(w > 0) || !(W > 0) || !(t > 0)) continue;
      const c = groupShare[go + i]! * (w / groupSum[go + i]!) * s;
      contributions[ko + i] = c;
      composite[i] = composite[i]! + c;
    }
  }
  const rowContrib = new Float64Array(K);
  const rowGroups = new Float64Array(G);
  const rowSums = new Float64Array(G);
  for (let i = 0; i < n; i++) {
    coverage[i] = Math.min(1, coverage[i]!);
    if (!(total[i]! > 0)) composite[i] = NaN;
    else if (composite[i]! > 100) {
      composite[i] = rowComposite(
        scores,
        i,
        weights[profileOf[i]!]!,
        groupOf,
        rowContrib,
        rowGroups,
        rowSums,
      );
      if (keepContributions) for (let k = 0; k < K; k++) contributions[k * n + i] = rowContrib[k]!;
    }
  }
  return {
    composite,
    contributions: keepContributions ? contributions : new Float64Array(0),
    groupScores,
    coverage,
  };
}
