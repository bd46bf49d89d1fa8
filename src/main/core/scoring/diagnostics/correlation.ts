/**
 * Pearson correlation over the rows where both columns have a value (NaN = absent). NaN when
 * fewer than 3 such rows or when either column has no spread there.
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let n = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    n++;
    mx += (a - mx) / n;
    my += (b - my) / n;
  }
  if (n < 3) return NaN;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    const da = a - mx;
    const db = b - my;
    sxx += da * da;
    syy += db * db;
    sxy += da * db;
  }
  if (!(sxx > 0) || !(syy > 0)) return NaN;
  const r = sxy / Math.sqrt(sxx * syy);
  return r > 1 ? 1 : r < -1 ? -1 : r;
}

/** The symmetric matrix of pairwise Pearson correlations, row-major [i × m + j]. */
export function correlationMatrix(columns: readonly ArrayLike<number>[]): Float64Array {
  const m = columns.length;
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    out[i * m + i] = 1;
    for (let j = i + 1; j < m; j++) {
      const r = pearson(columns[i]!, columns[j]!);
      out[i * m + j] = r;
      out[j * m + i] = r;
    }
  }
  return out;
}
