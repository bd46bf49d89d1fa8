/**
 * The engine's arithmetic composite for one weight vector, without the bookkeeping
 * (contributions, coverage, capping): KPI scores weighted within their group over the KPIs the
 * row has, groups weighted against each other over the groups the row has. The diagnostics use
 * it to re-score under a suggested weighting.
 */
export interface LinearComposite {
  composite: Float64Array;
  /** [group][row], NaN where the row has no score in the group. */
  groups: Float64Array[];
}

export function linearComposite(
  scores: readonly Float64Array[],
  kpiWeights: ArrayLike<number>,
  groupWeights: ArrayLike<number>,
  groupOf: Int32Array,
  G: number,
): LinearComposite {
  const n = scores[0]?.length ?? 0;
  const acc = Array.from({ length: G }, () => new Float64Array(n));
  const sum = Array.from({ length: G }, () => new Float64Array(n));
  scores.forEach((col, k) => {
    const w = kpiWeights[k]!;
    if (!(w > 0)) return;
    const a = acc[groupOf[k]!]!;
    const s = sum[groupOf[k]!]!;
    for (let i = 0; i < n; i++) {
      const x = col[i]!;
      if (Number.isNaN(x)) continue;
      a[i] = a[i]! + w * x;
      s[i] = s[i]! + w;
    }
  });
  const groups = acc.map((a, g) => a.map((v, i) => (sum[g]![i]! > 0 ? v / sum[g]![i]! : NaN)));
  const composite = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let total = 0;
    let c = 0;
    for (let g = 0; g < G; g++) {
      const W = groupWeights[g]!;
      const v = groups[g]![i]!;
      if (!(W > 0) || Number.isNaN(v)) continue;
      total += W;
      c += W * v;
    }
    composite[i] = total > 0 ? c / total : NaN;
  }
  return { composite, groups };
}

/** Each KPI's share of the composite when every KPI has a score (group share × share within). */
export function effectiveShares(
  kpiWeights: ArrayLike<number>,
  groupWeights: ArrayLike<number>,
  groupOf: Int32Array,
  G: number,
): Float64Array {
  const K = groupOf.length;
  const within = new Float64Array(G);
  for (let k = 0; k < K; k++)
    if (kpiWeights[k]! > 0) within[groupOf[k]!] = within[groupOf[k]!]! + kpiWeights[k]!;
  let total = 0;
  for (let g = 0; g < G; g++) if (within[g]! > 0 && groupWeights[g]! > 0) total += groupWeights[g]!;
  const shares = new Float64Array(K);
  if (!(total > 0)) return shares;
  for (let k = 0; k < K; k++) {
    const g = groupOf[k]!;
    const w = kpiWeights[k]!;
    if (w > 0 && groupWeights[g]! > 0) shares[k] = (groupWeights[g]! / total) * (w / within[g]!);
  }
  return shares;
}
