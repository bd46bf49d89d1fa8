/**
 * A normaliser fitted to one KPI in one period: the 0–100 score of every row, and the score a
 * row would get with another raw value while everyone else stays as they are (used by "what it
 * takes"). Missing raw values score NaN.
 */
export interface FittedScale {
  readonly scores: Float64Array;
  scoreAt(row: number, value: number): number;
  /**
   * A raw value at which the row's score cannot improve further (in the KPI's direction), or NaN
   * when there is no closed form and the caller must search.
   */
  best(row: number): number;
}

/** Builds `scores` from `scoreAt` so both always agree exactly. */
export function scoresFrom(
  raw: Float64Array,
  scoreAt: (row: number, value: number) => number,
): Float64Array {
  const out = new Float64Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i]!;
    out[i] = Number.isNaN(v) ? NaN : scoreAt(i, v);
  }
  return out;
}

/** `out` when it fits `n` rows (a buffer reused from call to call), else a new column. */
export function columnFor(n: number, out?: Float64Array): Float64Array {
  return out && out.length === n ? out : new Float64Array(n);
}

export function clamp100(x: number): number {
  return x < 0 ? 0 : x > 100 ? 100 : x;
}
