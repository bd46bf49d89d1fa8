/**
 * One sample of the uncertainty analysis: the composite of every partner under one choice of
 * normalised matrix (normalisation × treatment × imputation), aggregation and weights.
 *
 * Aggregation is the weighted generalised mean of power p at both levels (KPIs within a group,
 * groups in the composite), with the engine's re-weighting over what a partner has. For p ≠ 1 the
 * scores are first mapped to y = 1 + 0.99 · s (1–100) and the result mapped back, so a score of 0
 * does not make a geometric or harmonic mean 0 (the usual offset for these means); for p = 1 the
 * result is exactly the arithmetic composite. The mean of power p of the group means equals
 * f⁻¹ of the weighted arithmetic mean of the groups' weighted means of f(y), with f(y) = y^p
 * (ln y for p = 0), so the scores are transformed once per matrix and a sample is a weighted
 * sum plus one inverse per partner.
 *
 * Layout for speed: KPI columns are laid out group by group (each group a contiguous segment of
 * a row), absent scores are stored as 0 and listed per row, so a group's sum is a plain
 * multiply-add over its segment and its weight sum is the full sum minus the weights of the
 * row's absent KPIs.
 */
import type { ProfileWeights } from '../plan';

const OFFSET = 1;
const SPAN = 0.99;

/** A normalised matrix prepared for sampling (one per choice of matrix and power). */
export interface SampleMatrix {
  n: number;
  K: number;
  G: number;
  /** Original KPI index at each position of a row (group order). */
  order: Int32Array;
  /** Segment of each group: positions [segment[g], segment[g + 1]). */
  segment: Int32Array;
  /** Row-major transformed scores by position, 0 where absent. */
  values: Float64Array;
  /** Absent positions of row i: missing[missingStart[i] … missingStart[i + 1]). */
  missingStart: Int32Array;
  missing: Int32Array;
  p: number;
}

/** Group order of the KPIs: positions and the group segments. */
export function groupLayout(groupOf: Int32Array, G: number) {
  const order = Int32Array.from(groupOf.keys()).sort((a, b) => groupOf[a]! - groupOf[b]! || a - b);
  const segment = new Int32Array(G + 1);
  for (let k = 0; k < groupOf.length; k++) segment[groupOf[k]! + 1]!++;
  for (let g = 0; g < G; g++) segment[g + 1] = segment[g + 1]! + segment[g]!;
  return { order, segment };
}

/** Prepares column scores (NaN absent) for power `p`. */
export function prepareMatrix(
  columns: readonly Float64Array[],
  groupOf: Int32Array,
  G: number,
  p: number,
): SampleMatrix {
  const K = columns.length;
  const n = columns[0]?.length ?? 0;
  const { order, segment } = groupLayout(groupOf, G);
  const missingStart = new Int32Array(n + 1);
  for (let pos = 0; pos < K; pos++) {
    const col = columns[order[pos]!]!;
    for (let i = 0; i < n; i++) if (Number.isNaN(col[i]!)) missingStart[i + 1]!++;
  }
  for (let i = 0; i < n; i++) missingStart[i + 1] = missingStart[i + 1]! + missingStart[i]!;
  const missing = new Int32Array(missingStart[n]!);
  const fill = missingStart.slice(0, n);
  for (let pos = 0; pos < K; pos++) {
    const col = columns[order[pos]!]!;
    for (let i = 0; i < n; i++) if (Number.isNaN(col[i]!)) missing[fill[i]!++] = pos;
  }
  const base: SampleMatrix = {
    n,
    K,
    G,
    order,
    segment,
    values: new Float64Array(0),
    missingStart,
    missing,
    p: NaN,
  };
  return retransform(base, columns, p);
}

/** The same matrix for another power, sharing the layout and the absent cells. */
export function retransform(
  base: SampleMatrix,
  columns: readonly Float64Array[],
  p: number,
): SampleMatrix {
  if (p === base.p) return base;
  const { n, K, order } = base;
  const values = new Float64Array(n * K);
  for (let pos = 0; pos < K; pos++) {
    const col = columns[order[pos]!]!;
    if (p === 1) {
      for (let i = 0, x = pos; i < n; i++, x += K) {
        const s = col[i]!;
        if (s === s) values[x] = s;
      }
    } else if (p === 0) {
      for (let i = 0, x = pos; i < n; i++, x += K) {
        const s = col[i]!;
        if (s === s) values[x] = Math.log(OFFSET + SPAN * s);
      }
    } else {
      for (let i = 0, x = pos; i < n; i++, x += K) {
        const s = col[i]!;
        if (s === s) values[x] = (OFFSET + SPAN * s) ** p;
      }
    }
  }
  return { ...base, values, p };
}

/** The inverse of the transform, back on the 0–100 scale. */
function inverse(m: number, p: number): number {
  if (p === 1) return m;
  return ((p === 0 ? Math.exp(m) : p === -1 ? 1 / m : m ** (1 / p)) - OFFSET) / SPAN;
}

interface ProfileLayout {
  /** KPI weights by position (0 for weights ≤ 0). */
  w: Float64Array;
  /** Per group: full weight sum and count of the KPIs with weight > 0. */
  sum: Float64Array;
  count: Int32Array;
  group: Float64Array;
  /**
   * Coefficient per position for a row with every score (group weight ÷ total × wₖ ÷ the
   * group's weight sum); null when no group counts.
   */
  full: Float64Array | null;
}

function profileLayout(m: SampleMatrix, weights: ProfileWeights): ProfileLayout {
  const { K, G, order, segment } = m;
  const w = new Float64Array(K);
  const sum = new Float64Array(G);
  const count = new Int32Array(G);
  for (let g = 0; g < G; g++) {
    for (let pos = segment[g]!; pos < segment[g + 1]!; pos++) {
      const v = weights.kpi[order[pos]!]!;
      if (!(v > 0)) continue;
      w[pos] = v;
      sum[g] = sum[g]! + v;
      count[g] = count[g]! + 1;
    }
  }
  let total = 0;
  for (let g = 0; g < G; g++)
    if (count[g]! > 0 && weights.group[g]! > 0) total += weights.group[g]!;
  let full: Float64Array | null = null;
  if (total > 0) {
    full = new Float64Array(K);
    for (let g = 0; g < G; g++) {
      const W = weights.group[g]!;
      if (!(W > 0) || count[g] === 0) continue;
      for (let pos = segment[g]!; pos < segment[g + 1]!; pos++)
        full[pos] = ((W / total) * w[pos]!) / sum[g]!;
    }
  }
  return { w, sum, count, group: weights.group, full };
}

/**
 * Composites of every partner, written into `out`; NaN for partners with no weighted score.
 * `weights` holds one entry per profile, `profileOf` the profile of each row.
 */
export function sampleComposite(
  m: SampleMatrix,
  weights: readonly ProfileWeights[],
  profileOf: Uint8Array,
  out: Float64Array,
): Float64Array {
  const { n, K, G, segment, values, missingStart, missing, p } = m;
  const layouts = weights.map((w) => profileLayout(m, w));
  const single = layouts.length === 1;
  const sum = new Float64Array(G);
  const count = new Int32Array(G);
  const groupAt = new Int32Array(K);
  for (let g = 0; g < G; g++)
    for (let pos = segment[g]!; pos < segment[g + 1]!; pos++) groupAt[pos] = g;
  for (let i = 0; i < n; i++) {
    const L = layouts[single ? 0 : profileOf[i]!]!;
    const w = L.w;
    const o = i * K;
    if (missingStart[i] === missingStart[i + 1] && L.full !== null) {
      const c = L.full;
      let acc = 0;
      for (let pos = 0; pos < K; pos++) acc += c[pos]! * values[o + pos]!;
      out[i] = inverse(acc, p);
      continue;
    }
    for (let g = 0; g < G; g++) {
      sum[g] = L.sum[g]!;
      count[g] = L.count[g]!;
    }
    for (let x = missingStart[i]!; x < missingStart[i + 1]!; x++) {
      const pos = missing[x]!;
      const v = w[pos]!;
      if (!(v > 0)) continue;
      const g = groupAt[pos]!;
      sum[g] = sum[g]! - v;
      count[g] = count[g]! - 1;
    }
    let total = 0;
    let c = 0;
    for (let g = 0; g < G; g++) {
      const W = L.group[g]!;
      if (!(W > 0) || count[g]! === 0) continue;
      let a = 0;
      for (let pos = segment[g]!; pos < segment[g + 1]!; pos++) a += w[pos]! * values[o + pos]!;
      total += W;
      c += (W * a) / sum[g]!;
    }
    out[i] = total > 0 ? inverse(c / total, p) : NaN;
  }
  return out;
}
