/**
 * Weighted generalised (power) means for one level of a hierarchy, with a decomposition of the
 * mean into per-member contributions that add up to it.
 *
 *   M_p = (Σ wᵢ xᵢ^p / Σ wᵢ)^(1/p)      p ≠ 0   (p = 1 arithmetic, p = -1 harmonic)
 *   M_0 = exp(Σ wᵢ ln xᵢ / Σ wᵢ)                 (geometric)
 *
 * Members whose value is NaN drop out and their weight is spread over the others (the engine's
 * re-weighting rule); members with weight ≤ 0 do not count. A mean over no member is NaN.
 *
 * Contributions (documented decomposition, each sums to M):
 * - p ≠ 0, "power shares": cᵢ = M · wᵢ xᵢ^p / Σ wⱼ xⱼ^p. For p = 1 this is wᵢ xᵢ / Σ wⱼ, the
 *   arithmetic contribution used today.
 * - p = 0, "log shares": cᵢ = M · wᵢ ln xᵢ / Σ wⱼ ln xⱼ (= M · wᵢ ln xᵢ / (W ln M)). When
 *   |ln M| ≤ 1e-12 (M ≈ 1) the log shares are undefined and the weight shares wᵢ / W are used instead.
 * - a zero value with p ≤ 0 makes M = 0 (its limit): every contribution is 0.
 *
 * The mean *returned* is the sum of the contributions in member order, so they add up exactly;
 * it differs from the closed form by a few ulps at most.
 *
 * Values must be ≥ 0 for p ≤ 0 and for non-integer p (a negative one gives NaN): scores are.
 */

/** The mean of the present members' values under the aggregation of power `p`. */
export function powerMean(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  p: number,
): number {
  let W = 0;
  let acc = 0;
  let zero = false;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i]!;
    const x = values[i]!;
    if (!(w > 0) || Number.isNaN(x)) continue;
    if (x < 0 && (p <= 0 || !Number.isInteger(p))) return NaN;
    W += w;
    if (x === 0 && p <= 0) zero = true;
    else acc += p === 0 ? w * Math.log(x) : w * x ** p;
  }
  if (!(W > 0)) return NaN;
  if (zero) return 0;
  if (p === 0) return Math.exp(acc / W);
  if (p === 1) return acc / W;
  return (acc / W) ** (1 / p);
}

/**
 * Writes each member's contribution to `out` (0 for members that do not count) and returns the
 * mean as their sum in member order (NaN when no member counts).
 */
export function powerMeanContributions(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  p: number,
  out: Float64Array,
): number {
  const n = values.length;
  for (let i = 0; i < n; i++) out[i] = 0;
  const M = powerMean(values, weights, p);
  if (Number.isNaN(M)) return NaN;
  if (M === 0 && p <= 0) return 0;
  let W = 0;
  let denom = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    const x = values[i]!;
    if (!(w > 0) || Number.isNaN(x)) continue;
    W += w;
    denom += p === 0 ? w * Math.log(x) : w * x ** p;
  }
  // ln M ≈ 0: the log shares would divide by (almost) nothing.
  const byWeight = !Number.isFinite(denom) || Math.abs(denom) <= 1e-12 * W;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    const x = values[i]!;
    if (!(w > 0) || Number.isNaN(x)) continue;
    const part = byWeight ? w / W : (p === 0 ? w * Math.log(x) : w * x ** p) / denom;
    const c = p === 1 ? (w * x) / W : M * part;
    out[i] = c;
    sum += c;
  }
  return sum;
}
