/**
 * One sample of the uncertainty analysis: the composite of every partner under one choice of
 * normalised matrix (normalisation × treatment × imputation), aggregation and weights.
 *
 * Aggregation is the weighted generalised mean of power p at both levels (KPIs within a group,
 * groups in the composite), with the engine's re-weighting over what a partner has. For p ≠ 1 the
 * scores are first mapped to 1 + 0.99 · s (1–100) and the result mapped back, so a score of 0
 * does not make a geometric or harmonic mean 0 (the common offset for these means); for p = 1
 * the result is exactly the arithmetic composite. Because M_p of the group means is the same as
 * applying f(x) = x^p (or ln x) to the scores and taking the weighted arithmetic mean of the
 * group averages of f before inverting, one transform per score suffices.
 */
import type { ProfileWeights } from '../plan';

const OFFSET = 1;
const SPAN = 0.99;

export function sampleComposite(
  matrix: Float64Array,
  n: number,
  K: number,
  groupOf: Int32Array,
  G: number,
  weights: readonly ProfileWeights[],
  profileOf: Uint8Array,
  p: number,
  out: Float64Array,
  scratch: Float64Array = new Float64Array(2 * G),
): Float64Array {
  const single = weights.length === 1;
  const w0 = weights[0]!;
  for (let i = 0; i < n; i++) {
    const w = single ? w0 : weights[profileOf[i]!]!;
    const kw = w.kpi;
    scratch.fill(0);
    const o = i * K;
    for (let k = 0; k < K; k++) {
      const x = matrix[o + k]!;
      const wk = kw[k]!;
      if (Number.isNaN(x) || !(wk > 0)) continue;
      const g = groupOf[k]!;
      const y = OFFSET + SPAN * x;
      const f = p === 1 ? x : p === 0 ? Math.log(y) : p === -1 ? 1 / y : y ** p;
      scratch[g] = scratch[g]! + wk * f;
      scratch[G + g] = scratch[G + g]! + wk;
    }
    let total = 0;
    let c = 0;
    for (let g = 0; g < G; g++) {
      const W = w.group[g]!;
      const sw = scratch[G + g]!;
      if (!(W > 0) || !(sw > 0)) continue;
      total += W;
      c += (W * scratch[g]!) / sw;
    }
    if (!(total > 0)) {
      out[i] = NaN;
      continue;
    }
    const m = c / total;
    out[i] =
      p === 1 ? m : ((p === 0 ? Math.exp(m) : p === -1 ? 1 / m : m ** (1 / p)) - OFFSET) / SPAN;
  }
  return out;
}
