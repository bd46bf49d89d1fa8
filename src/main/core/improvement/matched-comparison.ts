/**
 * "Did it work": partners whose actions completed (treated) against similar partners without any
 * action (controls) — same cell (type, region, tier), the control nearest on the baseline score —
 * and the difference in differences of a KPI between the baseline period and now:
 * (treated after − before) − (control after − before). Its uncertainty is a seeded bootstrap over
 * the matched pairs and a t interval. An observational comparison: partners were not assigned to
 * actions at random, so this is evidence, never proof. Pure: the caller measures the values.
 */

export interface Unit {
  id: string;
  /** Value the match is made on (the composite score in the baseline period). */
  matchOn: number;
  before: number;
  after: number;
}

export interface Pair<U extends Unit = Unit> {
  treated: U;
  control: U;
  difference: number;
}

/**
 * The candidate nearest on `matchOn` (ties: the smaller id), or null when none is within the
 * caliper. Candidates need finite values.
 */
export function nearestControl<U extends Unit>(
  treated: Unit,
  candidates: readonly U[],
  caliper = Infinity,
): U | null {
  let best: U | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (![c.matchOn, c.before, c.after].every(Number.isFinite)) continue;
    const d = Math.abs(c.matchOn - treated.matchOn);
    if (d < bestDistance || (d === bestDistance && best !== null && c.id < best.id)) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= caliper ? best : null;
}

export function pairDifference(treated: Unit, control: Unit): number {
  return treated.after - treated.before - (control.after - control.before);
}

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same resamples. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Quantile of sorted values, linear between order statistics (type 7). */
function quantileSorted(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** 95% percentile interval of the mean over `resamples` bootstrap samples of the differences. */
export function bootstrapInterval(
  differences: readonly number[],
  resamples: number,
  seed: number,
): { low: number; high: number } | null {
  const n = differences.length;
  if (n < 2) return null;
  const random = seededRandom(seed);
  const means: number[] = new Array<number>(resamples);
  for (let r = 0; r < resamples; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += differences[Math.floor(random() * n)]!;
    means[r] = s / n;
  }
  means.sort((a, b) => a - b);
  return { low: quantileSorted(means, 0.025), high: quantileSorted(means, 0.975) };
}

/** Two-sided 97.5% quantile of Student's t (exact to 3 decimals for df ≤ 10, series beyond). */
export function tQuantile975(df: number): number {
  const table = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];
  if (df >= 1 && df <= 10) return table[df - 1]!;
  const z = 1.959964;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}

/** mean ± t(0.975, n−1) · sd / √n. */
export function tInterval(differences: readonly number[]): { low: number; high: number } | null {
  const n = differences.length;
  if (n < 2) return null;
  const m = mean(differences);
  let ss = 0;
  for (const x of differences) ss += (x - m) ** 2;
  const se = Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
  const half = tQuantile975(n - 1) * se;
  return { low: m - half, high: m + half };
}

export interface Estimate {
  estimate: number | null;
  bootstrap: { low: number; high: number } | null;
  tInterval: { low: number; high: number } | null;
}

export function estimateEffect(
  differences: readonly number[],
  resamples: number,
  seed: number,
): Estimate {
  return {
    estimate: differences.length ? mean(differences) : null,
    bootstrap: bootstrapInterval(differences, resamples, seed),
    tInterval: tInterval(differences),
  };
}
