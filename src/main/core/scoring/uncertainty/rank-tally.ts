/**
 * Ranks of one sample and what the analysis keeps of them: every partner's mean absolute rank
 * shift from its nominal rank (the scalar the sensitivity indices explain), how often it keeps
 * its tier, and the ranks of the listed partners, for their median and 5–95 % interval.
 */
/** Working arrays of `ranksOf`, sized for n rows. */
export interface RankScratch {
  /** Scored values, bucket by bucket (each bucket ascending). */
  values: Float64Array;
  /** Per bucket: its start in `values` (then its fill position), plus the end. */
  start: Int32Array;
  bucket: Int32Array;
}

export function rankScratch(n: number): RankScratch {
  const buckets = Math.max(1, n);
  return {
    values: new Float64Array(n),
    start: new Int32Array(buckets + 2),
    bucket: new Int32Array(n),
  };
}

/**
 * Rank 1 = best; ties share the better rank; 0 for unscored (NaN) rows. A bucket sort: the
 * values are spread over n buckets of equal width between the lowest and the highest, each bucket
 * is sorted (insertion sort; typed-array sort when large, e.g. many ties), and a row's rank is 1 +
 * the count in the buckets above its own + the count above it within its bucket (binary search).
 * Linear time for spread-out values. Returns the number of scored rows.
 */
export function ranksOf(composite: Float64Array, out: Int32Array, scratch: RankScratch): number {
  const { values, start, bucket } = scratch;
  const n = composite.length;
  let lo = Infinity;
  let hi = -Infinity;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = composite[i]!;
    if (Number.isNaN(c)) continue;
    m++;
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  const B = start.length - 2;
  const scale = hi > lo ? B / (hi - lo) : 0;
  start.fill(0);
  for (let i = 0; i < n; i++) {
    const c = composite[i]!;
    if (Number.isNaN(c)) continue;
    let b = Math.floor((c - lo) * scale);
    if (b >= B) b = B - 1;
    bucket[i] = b;
    start[b + 1]!++;
  }
  for (let b = 0; b < B; b++) start[b + 1] = start[b + 1]! + start[b]!;
  // Fill: start[b] advances while filling bucket b, then is restored from start[b + 1]'s old value.
  const fill = start;
  for (let i = 0; i < n; i++) {
    const c = composite[i]!;
    if (Number.isNaN(c)) continue;
    const b = bucket[i]!;
    values[fill[b]!] = c;
    fill[b] = fill[b]! + 1;
  }
  // Now fill[b] is the end of bucket b, i.e. the start of bucket b + 1: shift back by one.
  for (let b = B; b > 0; b--) start[b] = fill[b - 1]!;
  start[0] = 0;
  for (let b = 0; b < B; b++) {
    const a = start[b]!;
    const z = start[b + 1]!;
    if (z - a < 2) continue;
    if (z - a > 32) {
      values.subarray(a, z).sort();
      continue;
    }
    for (let x = a + 1; x < z; x++) {
      const v = values[x]!;
      let y = x - 1;
      while (y >= a && values[y]! > v) {
        values[y + 1] = values[y]!;
        y--;
      }
      values[y + 1] = v;
    }
  }
  for (let i = 0; i < n; i++) {
    const c = composite[i]!;
    if (Number.isNaN(c)) {
      out[i] = 0;
      continue;
    }
    const b = bucket[i]!;
    let a = start[b]!;
    let z = start[b + 1]!;
    while (a < z) {
      const mid = (a + z) >>> 1;
      if (values[mid]! <= c) a = mid + 1;
      else z = mid;
    }
    out[i] = m - a + 1;
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
