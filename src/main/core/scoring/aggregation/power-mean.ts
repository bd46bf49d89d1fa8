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
 * Contributions (the documented decomposition, the same for every p; sums to M):
 *
 *   cᵢ = M · wᵢ xᵢ / Σ wⱼ xⱼ          ("value shares")
 *
 * Each member's share of the mean is its share of the weighted sum of values, scaled to the
 * mean. For p = 1 this is wᵢ xᵢ / Σ wⱼ, the arithmetic contribution used all along; for p < 1
 * every member is scaled by M / A (A the arithmetic mean), which is the penalty for imbalance.
 * Contributions are never negative, a member scoring 0 contributes 0, and a member with a
 * higher value (at the same weight) always contributes more. (Log shares, wᵢ ln xᵢ / Σ wⱼ ln xⱼ,
 * were considered for the geometric mean and rejected: they change sign below 1 and explode as
 * M → 1.) When every present value is 0 the mean and every contribution are 0.
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
    denom += w * x;
  }
  if (!(denom > 0)) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    const x = values[i]!;
    if (!(w > 0) || Number.isNaN(x)) continue;
    const c = p === 1 ? (w * x) / W : (M * (w * x)) / denom;
    out[i] = c;
    sum += c;
  }
  return sum;
}
