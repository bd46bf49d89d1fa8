/**
 * Which KPIs each partner lacks, as compressed rows: `kpis[rowStart[i] .. rowStart[i + 1])` are
 * the KPIs (ascending) whose score is missing for row i. Most partners lack few KPIs, so sums
 * over "everything but the missing ones" cost a fraction of a full pass.
 */
export interface MissingCells {
  rowStart: Int32Array;
  kpis: Int32Array;
}

/** Per column, the rows where it is missing (one read of every cell), reused across calls. */
let gapRows = new Int32Array(1024);

export function missingCells(columns: readonly Float64Array[], n: number): MissingCells {
  const K = columns.length;
  // One pass over the cells: each column's missing rows, appended column after column.
  const colStart = new Int32Array(K + 1);
  let m = 0;
  let found = gapRows; // a local, so that the loop keeps it in a register
  for (let k = 0; k < K; k++) {
    const col = columns[k]!;
    if (found.length < m + n) {
      const grown = new Int32Array(Math.max(2 * found.length, m + n));
      grown.set(found.subarray(0, m));
      found = gapRows = grown;
    }
    for (let i = 0; i < n; i++) {
      if (col[i]! !== col[i]!) found[m++] = i;
    }
    colStart[k + 1] = m;
  }
  // Then by row (counting sort), KPIs ascending within a row.
  const counts = new Int32Array(n + 1);
  for (let x = 0; x < m; x++) counts[found[x]! + 1]!++;
  for (let i = 0; i < n; i++) counts[i + 1] = counts[i + 1]! + counts[i]!;
  const kpis = new Int32Array(m);
  const fill = counts.slice(0, n);
  for (let k = 0; k < K; k++) {
    for (let x = colStart[k]!; x < colStart[k + 1]!; x++) {
      const i = found[x]!;
      kpis[fill[i]!] = k;
      fill[i] = fill[i]! + 1;
    }
  }
  return { rowStart: counts, kpis };
}
