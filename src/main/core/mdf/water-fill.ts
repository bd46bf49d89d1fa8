/**
 * Proportional allocation under per-partner bounds by iterative water-filling: every partner
 * gets `clamp(λ · weight, min, max)` for the one level λ at which the amounts add up to the
 * total. Each round computes λ for the partners not yet fixed, then fixes the side that must
 * bind: when the amounts pushed above their maximum exceed those pushed below their minimum the
 * true λ is higher, so every partner above its maximum stays there (and vice versa). At most n
 * rounds; the result is exact up to floating point (rounding to cents is a separate step).
 */
export interface FillInput {
  weights: ArrayLike<number>;
  min: ArrayLike<number>;
  max: ArrayLike<number>;
  total: number;
}

export interface FillResult {
  amounts: Float64Array;
  /** What could not be placed because every partner reached its maximum (0 normally). */
  unplaced: number;
  /** Per partner: 'min' or 'max' when that bound binds, else null. */
  bound: ('min' | 'max' | null)[];
}

export function waterFill({ weights, min, max, total }: FillInput): FillResult {
  const n = weights.length;
  const amounts = new Float64Array(n);
  const bound: ('min' | 'max' | null)[] = new Array<'min' | 'max' | null>(n).fill(null);
  let sumMin = 0;
  let sumMax = 0;
  for (let i = 0; i < n; i++) {
    sumMin += min[i]!;
    sumMax += max[i]!;
  }
  if (total < sumMin - 1e-9) {
    throw new RangeError(`the minimums add up to ${sumMin}, more than the total ${total}`);
  }
  if (total >= sumMax) {
    for (let i = 0; i < n; i++) {
      amounts[i] = max[i]!;
      bound[i] = 'max';
    }
    return { amounts, unplaced: total - sumMax, bound };
  }
  // Weights are scaled so the largest is 1 (the shares do not change); a weight below 1e-12 of
  // the largest counts as 0. Partners without weight share equally once only they are left.
  let top = 0;
  for (let i = 0; i < n; i++) if (weights[i]! > top) top = weights[i]!;
  const scaled = Float64Array.from({ length: n }, (_, i) => {
    const x = top > 0 ? Math.max(0, weights[i]!) / top : 0;
    return x < 1e-12 ? 0 : x;
  });
  let equal = false;
  const w = (i: number) => (equal ? 1 : scaled[i]!);

  const free = new Uint8Array(n).fill(1);
  let remaining = total;
  for (let round = 0; round <= 2 * n; round++) {
    let sumW = 0;
    let freeCount = 0;
    for (let i = 0; i < n; i++) {
      if (free[i]) {
        sumW += w(i);
        freeCount++;
      }
    }
    if (freeCount === 0) break;
    if (sumW === 0) {
      equal = true;
      continue;
    }
    const level = remaining / sumW;
    let over = 0;
    let under = 0;
    for (let i = 0; i < n; i++) {
      if (!free[i]) continue;
      const x = level * w(i);
      if (x > max[i]!) over += x - max[i]!;
      else if (x < min[i]!) under += min[i]! - x;
    }
    if (over === 0 && under === 0) {
      for (let i = 0; i < n; i++) if (free[i]) amounts[i] = level * w(i);
      break;
    }
    const fixMax = over >= under;
    for (let i = 0; i < n; i++) {
      if (!free[i]) continue;
      const x = level * w(i);
      if (fixMax && x > max[i]!) {
        amounts[i] = max[i]!;
        bound[i] = 'max';
      } else if (!fixMax && x < min[i]!) {
        amounts[i] = min[i]!;
        bound[i] = 'min';
      } else continue;
      free[i] = 0;
      remaining -= amounts[i]!;
    }
  }
  return { amounts, unplaced: 0, bound };
}
