/**
 * Ranks of one sample and what the analysis keeps of them: every partner's mean absolute rank
 * shift from its nominal rank (the scalar the sensitivity indices explain), how often it keeps
 * its tier, and the ranks of the listed partners, for their median and 5–95 % interval.
 */
export function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rank 1 = best; ties share the better rank; 0 for unscored (NaN) rows. */
export function ranksOf(composite: Float64Array, out: Int32Array, sorted: Float64Array): number {
  let m = 0;
  for (let i = 0; i < composite.length; i++) {
    const c = composite[i]!;
    if (!Number.isNaN(c)) sorted[m++] = c;
  }
  const view = sorted.subarray(0, m);
  view.sort();
  for (let i = 0; i < composite.length; i++) {
    const c = composite[i]!;
    out[i] = Number.isNaN(c) ? 0 : m - upperBound(view, c) + 1;
  }
  return m;
}

export class RankTally {
  /** Listed rows' ranks, [listed × runs + run]. */
  readonly ranks: Uint32Array;
  readonly keep: Int32Array;
  runs = 0;

  constructor(
    readonly listed: Int32Array,
    readonly capacity: number,
    n: number,
  ) {
    this.ranks = new Uint32Array(listed.length * capacity);
    this.keep = new Int32Array(n);
  }

  /** Records a sample; returns its mean |rank − nominal rank| over partners scored in both. */
  add(rank: Int32Array, tier: Int8Array, nominalRank: Int32Array, nominalTier: Int8Array): number {
    const r = this.runs++;
    const { listed, ranks, capacity, keep } = this;
    for (let x = 0; x < listed.length; x++) ranks[x * capacity + r] = rank[listed[x]!]!;
    let shift = 0;
    let count = 0;
    for (let i = 0; i < rank.length; i++) {
      if (tier[i] === nominalTier[i]) keep[i] = keep[i]! + 1;
      const a = rank[i]!;
      const b = nominalRank[i]!;
      if (a === 0 || b === 0) continue;
      shift += Math.abs(a - b);
      count++;
    }
    return count > 0 ? shift / count : 0;
  }

  /** Median and 5th / 95th percentile (linear interpolation) of listed row `x`'s ranks. */
  quantiles(x: number): { median: number; low: number; high: number } {
    const values = Float64Array.from(
      this.ranks.subarray(x * this.capacity, x * this.capacity + this.runs),
    );
    values.sort();
    return {
      median: quantile(values, 0.5),
      low: quantile(values, 0.05),
      high: quantile(values, 0.95),
    };
  }
}

/** Quantile of an ascending array (R's type 7, linear interpolation); NaN when empty. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
