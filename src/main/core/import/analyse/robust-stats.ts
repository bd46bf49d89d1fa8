/**
 * Median and median absolute deviation by quickselect (linear time, one copy), and the
 * modified z-score of Iglewicz and Hoaglin: 0.6745 · (x − median) / MAD. When more than half
 * of the values are equal the MAD is 0; the mean absolute deviation (× 1.2533) stands in.
 */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/** Median of `values` (which is reordered). */
export function medianInPlace(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return NaN;
  const upper = select(values, n >> 1);
  if (n % 2 === 1) return upper;
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i++) if (values[i]! > lower) lower = values[i]!;
  return (lower + upper) / 2;
}

export interface RobustScale {
  median: number;
  /** MAD, or the scaled mean absolute deviation when the MAD is 0. */
  mad: number;
  /** Multiply (x − median) by this to get the robust z-score; 0 when all values are equal. */
  factor: number;
}

export function robustScale(values: Float64Array): RobustScale {
  const copy = Float64Array.from(values);
  const median = medianInPlace(copy);
  for (let i = 0; i < copy.length; i++) copy[i] = Math.abs(copy[i]! - median);
  let meanAbs = 0;
  for (let i = 0; i < copy.length; i++) meanAbs += copy[i]!;
  meanAbs /= copy.length || 1;
  const mad = medianInPlace(copy);
  if (mad > 0) return { median, mad, factor: 0.6745 / mad };
  if (meanAbs > 0) return { median, mad: 0, factor: 1 / (1.2533 * meanAbs) };
  return { median, mad: 0, factor: 0 };
}
