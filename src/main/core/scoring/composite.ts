/**
 * The composite score: KPI scores weighted within their group, groups weighted against each
 * other. A KPI without a score drops out and its weight is spread over the present KPIs of its
 * group (a group without any drops out the same way). Each KPI's contribution is its effective
 * weight × its score, and the composite is *defined* as the sum of the contributions in KPI
 * order, so they add up exactly.
 *
 * A group's weight sum is its full sum minus the weights of the partner's missing KPIs (in KPI
 * order), so the columnar pass only touches missing cells for it and reads every score once.
 * `rowComposite` (one partner: explanations, "what it takes") performs the same operations in
 * the same order, so both give bit-identical results.
 */
import { columnKernels, type ColumnKernels } from './kernels/column-kernels';
import { missingCells, type MissingCells } from './missing-cells';
import type { ProfileWeights } from './plan';

/** Per group: the sum and number of the KPI weights above 0, summed in KPI order. */
function fullGroupSums(weights: ProfileWeights, groupOf: Int32Array, G: number) {
  const sum = new Float64Array(G);
  const count = new Int32Array(G);
  for (let k = 0; k < groupOf.length; k++) {
    const w = weights.kpi[k]!;
    if (!(w > 0)) continue;
    const g = groupOf[k]!;
    sum[g] = sum[g]! + w;
    count[g] = count[g]! + 1;
  }
  return { sum, count };
}

let rowCounts = new Int32Array(8);
let rowScale = new Float64Array(8);

/**
 * What one weight point of a present KPI of the group is worth in the partner's composite:
 * (group weight / total of the present groups' weights) / the group's present KPI weight sum;
 * 0 when the group does not count. A contribution is `scale × weight × score`.
 */
function groupScale(W: number, total: number, sum: number, count: number): number {
  return count > 0 && W > 0 && total > 0 ? W / total / sum : 0;
}

/**
 * Composite of partner `row` from score columns (NaN = absent), with KPI `override` scored
 * `overrideScore` instead when given. Writes the contributions (0 for absent KPIs) and the group
 * scores (NaN for groups without a score); `groupWeightSum` is scratch of length G.
 */
export function rowComposite(
  columns: readonly Float64Array[],
  row: number,
  weights: ProfileWeights,
  groupOf: Int32Array,
  contributions: Float64Array,
  groupScores: Float64Array,
  groupWeightSum: Float64Array,
  override = -1,
  overrideScore = NaN,
): number {
  const K = columns.length;
  const G = groupScores.length;
  if (rowCounts.length < G) rowCounts = new Int32Array(G);
  const full = fullGroupSums(weights, groupOf, G);
  for (let g = 0; g < G; g++) {
    groupWeightSum[g] = full.sum[g]!;
    rowCounts[g] = full.count[g]!;
    groupScores[g] = 0;
  }
  const score = (k: number) => (k === override ? overrideScore : columns[k]![row]!);
  for (let k = 0; k < K; k++) {
    const w = weights.kpi[k]!;
    if (!(w > 0) || !Number.isNaN(score(k))) continue;
    const g = groupOf[k]!;
    groupWeightSum[g] = groupWeightSum[g]! - w;
    rowCounts[g] = rowCounts[g]! - 1;
  }
  let total = 0;
  for (let g = 0; g < G; g++) {
    if (rowCounts[g]! > 0 && weights.group[g]! > 0) total += weights.group[g]!;
  }
  if (rowScale.length < G) rowScale = new Float64Array(G);
  for (let g = 0; g < G; g++) {
    rowScale[g] = groupScale(weights.group[g]!, total, groupWeightSum[g]!, rowCounts[g]!);
  }
  let composite = 0;
  let last = -1;
  for (let k = 0; k < K; k++) {
    const s = score(k);
    const w = weights.kpi[k]!;
    const g = groupOf[k]!;
    contributions[k] = 0;
    if (Number.isNaN(s) || !(w > 0)) continue;
    groupScores[g] = groupScores[g]! + w * s;
    const f = rowScale[g]!;
    if (!(f > 0)) continue;
    const c = f * w * s;
    contributions[k] = c;
    composite += c;
    if (c > 0) last = k;
  }
  for (let g = 0; g < G; g++) {
    groupScores[g] = rowCounts[g]! > 0 ? groupScores[g]! / groupWeightSum[g]! : NaN;
  }
  if (!(total > 0)) return NaN;
  return capAt100(contributions, composite, last);
}

/**
 * Rounding can push a perfect partner a hair above 100: take the excess off the last
 * contribution (then single ulps) so that the sum stays exact and within bounds.
 */
export function capAt100(contributions: Float64Array, composite: number, last: number): number {
  for (let guard = 0; composite > 100 && last >= 0 && guard < 64; guard++) {
    const c = contributions[last]!;
    contributions[last] = Math.max(0, guard === 0 ? c - (composite - 100) : nextDown(c));
    composite = 0;
    for (let k = 0; k < contributions.length; k++) composite += contributions[k]!;
  }
  return composite;
}

const bits = new DataView(new ArrayBuffer(8));

/** The largest double below a positive x. */
function nextDown(x: number): number {
  if (!(x > 0)) return x;
  bits.setFloat64(0, x);
  bits.setBigUint64(0, bits.getBigUint64(0) - 1n);
  return bits.getFloat64(0);
}

/**
 * Each KPI's share of the partner's configured weight when every KPI has data: coverage is the
 * sum of the shares of the KPIs that do.
 */
export function fullShares(weights: ProfileWeights, groupOf: Int32Array, G: number): Float64Array {
  const { sum } = fullGroupSums(weights, groupOf, G);
  let total = 0;
  for (let g = 0; g < G; g++) if (sum[g]! > 0 && weights.group[g]! > 0) total += weights.group[g]!;
  const shares = new Float64Array(groupOf.length);
  if (!(total > 0)) return shares;
  for (let k = 0; k < groupOf.length; k++) {
    const w = weights.kpi[k]!;
    const g = groupOf[k]!;
    if (w > 0 && weights.group[g]! > 0) shares[k] = (weights.group[g]! / total) * (w / sum[g]!);
  }
  return shares;
}

export interface CompositeColumns {
  composite: Float64Array;
  /** [kpi * n + row]; empty when not kept. */
  contributions: Float64Array;
  /** [group * n + row] */
  groupScores: Float64Array;
  coverage: Float64Array;
}

/**
 * Working arrays reused from call to call (every cell is written before it is read), so that a
 * rescore allocates only its results.
 */
let scratch = {
  sum: new Float64Array(0),
  count: new Int32Array(0),
  total: new Float64Array(0),
  scale: new Float64Array(0),
};

function scratchFor(cells: number, rows: number) {
  if (scratch.sum.length < cells || scratch.total.length < rows) {
    scratch = {
      sum: new Float64Array(cells),
      count: new Int32Array(cells),
      total: new Float64Array(rows),
      scale: new Float64Array(cells),
    };
  }
  return scratch;
}

/**
 * `compositeColumns`' first step for one weight profile, group by group over all rows (the
 * same operations per row, in the same order, as the row-by-row loop): each group's weight sum
 * and count of present KPIs (the full sums minus the missing cells, in KPI order), the total of
 * the present groups' weights and each group's scale. The missing cells come from their index,
 * or straight from the score columns (NaN), KPI after KPI.
 */
function singleProfileScales(
  w: ProfileWeights,
  full: { sum: Float64Array; count: Int32Array },
  groupOf: Int32Array,
  G: number,
  n: number,
  gaps: MissingCells | Float64Array[],
): void {
  const { sum, count, total, scale } = scratch;
  for (let g = 0; g < G; g++) {
    sum.fill(full.sum[g]!, g * n, g * n + n);
    count.fill(full.count[g]!, g * n, g * n + n);
  }
  if (Array.isArray(gaps)) {
    for (let k = 0; k < gaps.length; k++) {
      const wk = w.kpi[k]!;
      if (!(wk > 0)) continue;
      const col = gaps[k]!;
      const go = groupOf[k]! * n;
      for (let i = 0; i < n; i++) {
        if (col[i]! === col[i]!) continue;
        sum[go + i] = sum[go + i]! - wk;
        count[go + i] = count[go + i]! - 1;
      }
    }
  } else subtractGaps([w], null, groupOf, n, gaps);
  total.fill(0, 0, n);
  for (let g = 0; g < G; g++) {
    const W = w.group[g]!;
    if (!(W > 0)) continue;
    const go = g * n;
    for (let i = 0; i < n; i++) if (count[go + i]! > 0) total[i] = total[i]! + W;
  }
  for (let g = 0; g < G; g++) {
    const W = w.group[g]!;
    const go = g * n;
    for (let i = 0; i < n; i++) {
      const c = count[go + i]!;
      const t = total[i]!;
      scale[go + i] = c > 0 && W > 0 && t > 0 ? W / t / sum[go + i]! : 0;
    }
  }
}

/**
 * Takes each missing cell's KPI weight and count off its group's sums (the scratch's `sum` and
 * `count`), row by row in KPI order; a row's weights are its profile's (`profileOf` null: one).
 */
function subtractGaps(
  weights: ProfileWeights[],
  profileOf: Uint8Array | null,
  groupOf: Int32Array,
  n: number,
  gaps: MissingCells,
): void {
  const { sum, count } = scratch;
  const { rowStart, kpis } = gaps;
  for (let i = 0; i < n; i++) {
    const w = weights[profileOf ? profileOf[i]! : 0]!.kpi;
    for (let x = rowStart[i]!; x < rowStart[i + 1]!; x++) {
      const k = kpis[x]!;
      const wk = w[k]!;
      if (!(wk > 0)) continue;
      const o = groupOf[k]! * n + i;
      sum[o] = sum[o]! - wk;
      count[o] = count[o]! - 1;
    }
  }
}

/**
 * As `singleProfileScales`, each row with its own profile's weights: a group at a time over every
 * row (each row's sums in the same order as row by row, so the same numbers).
 */
function multiProfileScales(
  weights: ProfileWeights[],
  full: { sum: Float64Array; count: Int32Array }[],
  profileOf: Uint8Array,
  groupOf: Int32Array,
  G: number,
  n: number,
  gaps: MissingCells,
): void {
  const { sum, count, total, scale } = scratch;
  const P = weights.length;
  const byProfile = new Float64Array(P);
  const countBy = new Int32Array(P);
  for (let g = 0; g < G; g++) {
    for (let p = 0; p < P; p++) {
      byProfile[p] = full[p]!.sum[g]!;
      countBy[p] = full[p]!.count[g]!;
    }
    const go = g * n;
    for (let i = 0; i < n; i++) {
      const p = profileOf[i]!;
      sum[go + i] = byProfile[p]!;
      count[go + i] = countBy[p]!;
    }
  }
  subtractGaps(weights, profileOf, groupOf, n, gaps);
  total.fill(0, 0, n);
  for (let g = 0; g < G; g++) {
    for (let p = 0; p < P; p++) byProfile[p] = weights[p]!.group[g]!;
    const go = g * n;
    for (let i = 0; i < n; i++) {
      const W = byProfile[profileOf[i]!]!;
      if (count[go + i]! > 0 && W > 0) total[i] = total[i]! + W;
    }
  }
  for (let g = 0; g < G; g++) {
    for (let p = 0; p < P; p++) byProfile[p] = weights[p]!.group[g]!;
    const go = g * n;
    for (let i = 0; i < n; i++)
      scale[go + i] = groupScale(
        byProfile[profileOf[i]!]!,
        total[i]!,
        sum[go + i]!,
        count[go + i]!,
      );
  }
}

/** Coverage of one weight profile: 1 minus the full shares of each row's unseen KPIs. */
function singleProfileCoverage(
  shares: Float64Array,
  n: number,
  unseen: MissingCells,
  coverage: Float64Array,
): void {
  for (let i = 0; i < n; i++) {
    let c = 1;
    for (let x = unseen.rowStart[i]!; x < unseen.rowStart[i + 1]!; x++)
      c -= shares[unseen.kpis[x]!]!;
    coverage[i] = Math.min(1, Math.max(0, c));
  }
}

/** Rows per block of the accumulation pass. */
const BLOCK = 1024;

/**
 * One KPI column of one weight profile (w > 0) into its group's accumulator, the contributions
 * and the composite: the operations of `compositeColumns`' row loop, in the same order.
 */
function accumulateColumn(
  col: Float64Array,
  w: number,
  scale: Float64Array,
  acc: Float64Array,
  go: number,
  composite: Float64Array,
  contributions: Float64Array,
  ko: number,
  from: number,
  to: number,
): void {
  for (let i = from; i < to; i++) {
    const s = col[i]!;
    if (s !== s) continue;
    acc[go + i] = acc[go + i]! + w * s;
    const f = scale[go + i]!;
    if (!(f > 0)) continue;
    const c = f * w * s;
    contributions[ko + i] = c;
    composite[i] = composite[i]! + c;
  }
}

/** `accumulateColumn` without keeping the contributions (a rescore's fused multiply-add). */
function accumulateComposite(
  col: Float64Array,
  w: number,
  scale: Float64Array,
  acc: Float64Array,
  go: number,
  composite: Float64Array,
  from: number,
  to: number,
): void {
  for (let i = from; i < to; i++) {
    const s = col[i]!;
    if (s !== s) continue;
    acc[go + i] = acc[go + i]! + w * s;
    const f = scale[go + i]!;
    if (f > 0) composite[i] = composite[i]! + f * w * s;
  }
}

/** The composite's share of `accumulateComposite`: no group accumulator. */
function accumulateOnly(
  col: Float64Array,
  w: number,
  scale: Float64Array,
  go: number,
  composite: Float64Array,
  from: number,
  to: number,
): void {
  for (let i = from; i < to; i++) {
    const s = col[i]!;
    if (s !== s) continue;
    const f = scale[go + i]!;
    if (f > 0) composite[i] = composite[i]! + f * w * s;
  }
}

/** Rows per block of the kernels' pass (a block's columns and sums stay in cache). */
const KERNEL_BLOCK = 2048;

/**
 * The single-profile pass of `compositeColumns` by the kernels, block by block: each group's
 * present weight sum and count, the present groups' total, the scales (`singleProfileScales`),
 * then every KPI into the composite, the group accumulators and the contributions
 * (`accumulateColumn` and its leaner forms), in KPI order per row. Writes `total` (and the sums
 * and counts when `keepSums`) to the scratch arrays, as the JavaScript path does.
 */
function kernelPass(
  kernels: ColumnKernels,
  scores: Float64Array[],
  w: ProfileWeights,
  full: { sum: Float64Array; count: Int32Array },
  groupOf: Int32Array,
  G: number,
  n: number,
  out: {
    composite: Float64Array;
    acc: Float64Array | null;
    contributions: Float64Array | null;
    keepSums: boolean;
  },
): void {
  const K = scores.length;
  const P = Math.min(KERNEL_BLOCK, (n + 1) & ~1);
  const kept = out.contributions ? K : 0;
  // Layout in doubles: columns, sums, counts, total, scales, composite, accumulators, contributions.
  const sumAt = K * P;
  const countAt = sumAt + G * P;
  const totalAt = countAt + G * P;
  const scaleAt = totalAt + P;
  const compositeAt = scaleAt + G * P;
  const accAt = compositeAt + P;
  const contribAt = accAt + G * P;
  const f64 = kernels.f64(contribAt + kept * P);
  const { sum, count, total } = scratch;
  const fn = kernels.fn;
  for (let from = 0; from < n; from += P) {
    const rows = Math.min(P, n - from);
    let m = rows;
    for (let k = 0; k < K; k++) m = kernels.put(f64, k * P, scores[k]!, from, rows);
    for (let g = 0; g < G; g++) {
      f64.fill(full.sum[g]!, sumAt + g * P, sumAt + g * P + m);
      f64.fill(full.count[g]!, countAt + g * P, countAt + g * P + m);
    }
    f64.fill(0, totalAt, totalAt + m);
    f64.fill(0, compositeAt, compositeAt + m);
    if (out.acc) f64.fill(0, accAt, accAt + G * P);
    if (kept) f64.fill(0, contribAt, contribAt + K * P);
    for (let k = 0; k < K; k++) {
      const wk = w.kpi[k]!;
      if (!(wk > 0)) continue;
      const g = groupOf[k]!;
      fn.gaps(k * P * 8, (sumAt + g * P) * 8, (countAt + g * P) * 8, m, wk);
    }
    for (let g = 0; g < G; g++) {
      const W = w.group[g]!;
      if (W > 0) fn.total((countAt + g * P) * 8, totalAt * 8, m, W);
    }
    for (let g = 0; g < G; g++) {
      const W = w.group[g]!;
      const at = scaleAt + g * P;
      if (W > 0) fn.scale((countAt + g * P) * 8, (sumAt + g * P) * 8, totalAt * 8, at * 8, m, W);
      else f64.fill(0, at, at + m);
    }
    for (let k = 0; k < K; k++) {
      const wk = w.kpi[k]!;
      if (!(wk > 0)) continue;
      const g = groupOf[k]!;
      fn.accumulate(
        k * P * 8,
        (scaleAt + g * P) * 8,
        compositeAt * 8,
        out.acc ? (accAt + g * P) * 8 : 0,
        kept ? (contribAt + k * P) * 8 : 0,
        m,
        wk,
      );
    }
    out.composite.set(f64.subarray(compositeAt, compositeAt + rows), from);
    total.set(f64.subarray(totalAt, totalAt + rows), from);
    for (let g = 0; g < G; g++) {
      if (out.acc) out.acc.set(f64.subarray(accAt + g * P, accAt + g * P + rows), g * n + from);
      if (!out.keepSums) continue;
      sum.set(f64.subarray(sumAt + g * P, sumAt + g * P + rows), g * n + from);
      for (let i = 0; i < rows; i++) count[g * n + from + i] = f64[countAt + g * P + i]!;
    }
    for (let k = 0; k < kept; k++) {
      out.contributions!.set(
        f64.subarray(contribAt + k * P, contribAt + k * P + rows),
        k * n + from,
      );
    }
  }
}

export interface MissingIndex {
  /** NaN cells of `scores` (re-weighted). */
  scores: MissingCells;
  /** NaN cells of `observed` (coverage). */
  observed: MissingCells;
}

/**
 * One KPI over every row, weights by profile: the composite, and the group sums (`acc`) and
 * contributions where kept (empty arrays: not kept).
 */
function accumulateProfiles(
  col: Float64Array,
  byProfile: Float64Array,
  profileOf: Uint8Array,
  scale: Float64Array,
  acc: Float64Array,
  go: number,
  composite: Float64Array,
  contributions: Float64Array,
  ko: number,
  n: number,
) {
  const sums = acc.length > 0;
  const kept = contributions.length > 0;
  for (let i = 0; i < n; i++) {
    const s = col[i]!;
    const w = byProfile[profileOf[i]!]!;
    if (s !== s || !(w > 0)) continue;
    if (sums) acc[go + i] = acc[go + i]! + w * s;
    const f = scale[go + i]!;
    if (!(f > 0)) continue;
    const c = f * w * s;
    if (kept) contributions[ko + i] = c;
    composite[i] = composite[i]! + c;
  }
}

/**
 * The composite of every partner; `scores` (after the missing-data policy) and `observed`
 * (before it, for coverage) hold one column per KPI. `missing` can be passed from a cache.
 */
export function compositeColumns(
  scores: Float64Array[],
  observed: Float64Array[],
  weights: ProfileWeights[],
  profileOf: Uint8Array,
  groupOf: Int32Array,
  G: number,
  keepContributions = true,
  missing?: MissingIndex,
  /** False: the composite alone (no group scores, returned empty), one multiply-add a cell. */
  keepGroupScores = true,
): CompositeColumns {
  const K = scores.length;
  const n = profileOf.length;
  const single = weights.length === 1;
  const lean = single && !keepContributions && !keepGroupScores;
  const full = weights.map((w) => fullGroupSums(w, groupOf, G));
  const { sum, count, total, scale } = scratchFor(G * n, n);
  // One weight profile: the kernels find the missing cells, scale and accumulate in one pass.
  const kernels = single ? columnKernels() : null;
  let coverage = new Float64Array(0);
  if (lean && !missing) {
    // The composite alone, without a missing-cell index: the missing cells are found while
    // taking their weights off (no coverage).
    if (!kernels) singleProfileScales(weights[0]!, full[0]!, groupOf, G, n, scores);
  } else {
    const gaps = missing?.scores ?? missingCells(scores, n);
    const unseen =
      missing?.observed ??
      (observed.every((c, k) => c === scores[k]) ? gaps : missingCells(observed, n));
    const shares = weights.map((w) => fullShares(w, groupOf, G));
    coverage = new Float64Array(n);
    // Per row and group: weight sum and count of the present KPIs, the groups' total, the scale.
    if (single) {
      if (!kernels) singleProfileScales(weights[0]!, full[0]!, groupOf, G, n, gaps);
      singleProfileCoverage(shares[0]!, n, unseen, coverage);
    } else {
      multiProfileScales(weights, full, profileOf, groupOf, G, n, gaps);
      for (let i = 0; i < n; i++) {
        const share = shares[profileOf[i]!]!;
        let c = 1;
        for (let x = unseen.rowStart[i]!; x < unseen.rowStart[i + 1]!; x++)
          c -= share[unseen.kpis[x]!]!;
        coverage[i] = Math.min(1, Math.max(0, c));
      }
    }
  }

  // One pass over every score: group accumulators and contributions, in KPI order per row.
  const composite = new Float64Array(n);
  // Group sums only where group scores are kept (or one profile's kernels need them).
  const noGroups = lean || (!single && !keepGroupScores && !keepContributions);
  const acc = new Float64Array(noGroups ? 0 : G * n);
  const contributions = new Float64Array(keepContributions ? K * n : 0);
  if (kernels) {
    kernelPass(kernels, scores, weights[0]!, full[0]!, groupOf, G, n, {
      composite,
      acc: lean ? null : acc,
      contributions: keepContributions ? contributions : null,
      keepSums: !lean,
    });
  } else if (single) {
    // In blocks of rows, so that the accumulators stay in cache while every KPI passes.
    const w = weights[0]!.kpi;
    for (let from = 0; from < n; from += BLOCK) {
      const to = Math.min(n, from + BLOCK);
      for (let k = 0; k < K; k++) {
        const wk = w[k]!;
        if (!(wk > 0)) continue;
        const go = groupOf[k]! * n;
        const col = scores[k]!;
        if (keepContributions)
          accumulateColumn(col, wk, scale, acc, go, composite, contributions, k * n, from, to);
        else if (lean) accumulateOnly(col, wk, scale, go, composite, from, to);
        else accumulateComposite(col, wk, scale, acc, go, composite, from, to);
      }
    }
  } else {
    // Several weight profiles: each KPI's weight per profile in one small array, read by the
    // row's profile (the same operations, in the same order, as one profile's loops).
    const byProfile = new Float64Array(weights.length);
    for (let k = 0; k < K; k++) {
      const col = scores[k]!;
      const go = groupOf[k]! * n;
      let any = false;
      for (let p = 0; p < weights.length; p++) {
        byProfile[p] = weights[p]!.kpi[k]!;
        if (byProfile[p]! > 0) any = true;
      }
      if (!any) continue;
      accumulateProfiles(
        col,
        byProfile,
        profileOf,
        scale,
        acc,
        go,
        composite,
        contributions,
        keepContributions ? k * n : 0,
        n,
      );
    }
  }

  const groupScores = acc;
  for (let o = 0; o < acc.length; o++) groupScores[o] = count[o]! > 0 ? acc[o]! / sum[o]! : NaN;
  const rowContrib = new Float64Array(K);
  const rowGroups = new Float64Array(G);
  const rowSums = new Float64Array(G);
  for (let i = 0; i < n; i++) {
    if (!(total[i]! > 0)) composite[i] = NaN;
    else if (composite[i]! > 100) {
      const p = weights[profileOf[i]!]!;
      composite[i] = rowComposite(scores, i, p, groupOf, rowContrib, rowGroups, rowSums);
      if (keepContributions) for (let k = 0; k < K; k++) contributions[k * n + i] = rowContrib[k]!;
    }
  }
  return {
    composite,
    contributions: keepContributions ? contributions : new Float64Array(0),
    groupScores,
    coverage,
  };
}
