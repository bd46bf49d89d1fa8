/**
 * Which KPIs each partner lacks, as compressed rows: `kpis[rowStart[i] .. rowStart[i + 1])` are
 * the KPIs (ascending) whose score is missing for row i. Most partners lack few KPIs, so sums
 * over "everything but the missing ones" cost a fraction of a full pass.
 */
export interface MissingCells {
  rowStart: Int32Array;
  kpis: Int32Array;
}

export function missingCells(columns: readonly Float64Array[], n: number): MissingCells {
  const K = columns.length;
  const counts = new Int32Array(n + 1);
  for (let k = 0; k < K; k++) {
    const col = columns[k]!;
    for (let i = 0; i < n; i++) if (Number.isNaN(col[i]!)) counts[i + 1] = counts[i + 1]! + 1;
  }
  for (let i = 0; i < n; i++) counts[i + 1] = counts[i + 1]! + counts[i]!;
  const kpis = new Int32Array(counts[n]!);
  const fill = counts.slice(0, n);
  for (let k = 0; k < K; k++) {
    const col = columns[k]!;
    for (let i = 0; i < n; i++) {
      if (!Number.isNaN(col[i]!)) continue;
      kpis[fill[i]!] = k;
      fill[i] = fill[i]! + 1;
    }
  }
  return { rowStart: counts, kpis };
}
