/**
 * Cronbach's alpha of a group of KPI score columns, over the rows where every column of the group
 * has a value (listwise deletion):
 *
 *   α = k / (k − 1) · (1 − Σ var(xᵢ) / var(Σ xᵢ))
 *
 * with sample variances (the n − 1 cancels). NaN for fewer than two columns, fewer than 3 complete
 * rows, or a total without spread. "Alpha if dropped" is the same over the group minus one KPI
 * (on the rows complete for the remaining KPIs).
 */

export function cronbachAlpha(columns: readonly ArrayLike<number>[]): number {
  const k = columns.length;
  if (k < 2) return NaN;
  const n = columns[0]!.length;
  let rows = 0;
  const mean = new Float64Array(k);
  let totalMean = 0;
  for (let i = 0; i < n; i++) {
    if (!complete(columns, i)) continue;
    rows++;
    let t = 0;
    for (let c = 0; c < k; c++) {
      const x = columns[c]![i]!;
      mean[c] = mean[c]! + (x - mean[c]!) / rows;
      t += x;
    }
    totalMean += (t - totalMean) / rows;
  }
  if (rows < 3) return NaN;
  const ss = new Float64Array(k);
  let totalSs = 0;
  for (let i = 0; i < n; i++) {
    if (!complete(columns, i)) continue;
    let t = 0;
    for (let c = 0; c < k; c++) {
      const x = columns[c]![i]!;
      const d = x - mean[c]!;
      ss[c] = ss[c]! + d * d;
      t += x;
    }
    const d = t - totalMean;
    totalSs += d * d;
  }
  if (!(totalSs > 0)) return NaN;
  let items = 0;
  for (let c = 0; c < k; c++) items += ss[c]!;
  return (k / (k - 1)) * (1 - items / totalSs);
}

/** Alpha of the group without each of its columns in turn. */
export function alphaIfDropped(columns: readonly ArrayLike<number>[]): number[] {
  return columns.map((_, drop) => cronbachAlpha(columns.filter((__, c) => c !== drop)));
}

function complete(columns: readonly ArrayLike<number>[], i: number): boolean {
  for (const col of columns) if (Number.isNaN(col[i]!)) return false;
  return true;
}
