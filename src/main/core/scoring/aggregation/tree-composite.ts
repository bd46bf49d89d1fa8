/**
 * The composite over a hierarchy of groups (KPI → pillar → category → … → composite), each
 * level averaged by its own generalised mean (`power-mean.ts`). A member without a value drops
 * out and its weight is spread over its present siblings (a group without any present member
 * drops out the same way), as in the one-level engine.
 *
 * Contributions, top down: the composite is split over the top-level groups by the power-mean
 * decomposition of the root's mean (value shares, see `power-mean.ts`: never negative); a
 * group's contribution is split over its members in
 * proportion to their parts of the group's own mean (each member's share dᵢ / Σ dⱼ), down to
 * the KPIs. For arithmetic means this is exactly weight × score × the product of the weight
 * shares above, today's contribution. The composite is *defined* as the sum of the KPI
 * contributions in KPI order, so they add up exactly; a group's contribution is the sum of its
 * KPIs', so the groups of every level add up to the composite too (to rounding of the order of
 * the sum: a few ulps).
 */
import type { AggregationTree, ProfileWeights } from '../plan';
import { capAt100 } from '../composite';

/** The members of every group, and scratch space, for one tree; reusable across rows. */
export class TreeAggregator {
  private readonly kpiKids: Int32Array[];
  private readonly groupKids: Int32Array[];
  private readonly top: Int32Array;
  private readonly node: Float64Array;
  private readonly nodeShare: Float64Array;

  constructor(
    readonly tree: AggregationTree,
    readonly groupOf: Int32Array,
  ) {
    const G = tree.parent.length;
    const kpis: number[][] = Array.from({ length: G }, () => []);
    const kids: number[][] = Array.from({ length: G }, () => []);
    groupOf.forEach((g, k) => kpis[g]!.push(k));
    const top: number[] = [];
    tree.parent.forEach((p, g) => (p < 0 ? top : kids[p]!).push(g));
    this.kpiKids = kpis.map((a) => Int32Array.from(a));
    this.groupKids = kids.map((a) => Int32Array.from(a));
    this.top = Int32Array.from(top);
    this.node = new Float64Array(G);
    this.nodeShare = new Float64Array(G);
  }

  /**
   * The generalised mean of power p over group g's members (its KPIs, then its child groups),
   * as `powerMean` computes it, without gathering the members first.
   */
  private mean(g: number, score: Float64Array, weights: ProfileWeights, p: number): number {
    let W = 0;
    let acc = 0;
    let zero = false;
    let negative = false;
    const kpis = this.kpiKids[g]!;
    const kids = this.groupKids[g]!;
    const m = kpis.length + kids.length;
    for (let j = 0; j < m; j++) {
      const isKpi = j < kpis.length;
      const i = isKpi ? kpis[j]! : kids[j - kpis.length]!;
      const x = isKpi ? score[i]! : this.node[i]!;
      const w = isKpi ? weights.kpi[i]! : weights.group[i]!;
      if (!(w > 0) || x !== x) continue;
      if (x < 0) negative = true;
      W += w;
      if (p === 1) acc += w * x;
      else if (x === 0 && p <= 0) zero = true;
      else acc += p === 0 ? w * Math.log(x) : w * x ** p;
    }
    if (!(W > 0)) return NaN;
    if (negative && (p <= 0 || !Number.isInteger(p))) return NaN;
    if (zero) return 0;
    if (p === 0) return Math.exp(acc / W);
    if (p === 1) return acc / W;
    return (acc / W) ** (1 / p);
  }

  /**
   * Composite of one partner from its KPI scores (NaN = absent). Writes each KPI's contribution
   * (0 when it does not count) and each group's score (NaN when it has none).
   */
  row(
    score: Float64Array,
    weights: ProfileWeights,
    contributions: Float64Array,
    groupScores: Float64Array,
  ): number {
    const { tree, node, nodeShare } = this;
    const order = tree.bottomUp;
    for (let x = 0; x < order.length; x++) {
      const g = order[x]!;
      node[g] = this.mean(g, score, weights, tree.power[g]!);
    }
    groupScores.set(node);
    contributions.fill(0);
    nodeShare.fill(0);
    // The root's mean over the top-level groups, then value shares top down (see power-mean.ts):
    // a member's part of its parent's contribution is wᵢ xᵢ / Σ wⱼ xⱼ.
    let W = 0;
    let acc = 0;
    let wx = 0;
    let zero = false;
    const p = tree.rootPower;
    for (const g of this.top) {
      const x = node[g]!;
      const w = weights.group[g]!;
      if (!(w > 0) || Number.isNaN(x)) continue;
      if (x < 0 && (p <= 0 || !Number.isInteger(p))) return NaN;
      W += w;
      wx += w * x;
      if (x === 0 && p <= 0) zero = true;
      else acc += p === 1 ? w * x : p === 0 ? w * Math.log(x) : w * x ** p;
    }
    if (!(W > 0)) return NaN;
    const M = zero ? 0 : p === 0 ? Math.exp(acc / W) : p === 1 ? acc / W : (acc / W) ** (1 / p);
    if (!(M > 0) || !(wx > 0)) return M === 0 || wx === 0 ? 0 : NaN;
    for (const g of this.top) {
      const x = node[g]!;
      const w = weights.group[g]!;
      if (w > 0 && !Number.isNaN(x)) nodeShare[g] = p === 1 ? (w * x) / W : (M * (w * x)) / wx;
    }
    let last = -1;
    for (let x = order.length - 1; x >= 0; x--) {
      const g = order[x]!;
      const c = nodeShare[g]!;
      if (!(c > 0)) continue;
      const kpis = this.kpiKids[g]!;
      const kids = this.groupKids[g]!;
      let sum = 0;
      for (let j = 0; j < kpis.length; j++) {
        const k = kpis[j]!;
        const v = score[k]!;
        const w = weights.kpi[k]!;
        if (w > 0 && v === v) sum += w * v;
      }
      for (let j = 0; j < kids.length; j++) {
        const ch = kids[j]!;
        const v = node[ch]!;
        const w = weights.group[ch]!;
        if (w > 0 && v === v) sum += w * v;
      }
      if (!(sum > 0)) continue;
      for (let j = 0; j < kpis.length; j++) {
        const k = kpis[j]!;
        const v = score[k]!;
        const w = weights.kpi[k]!;
        if (!(w > 0) || v !== v) continue;
        const part = (c * (w * v)) / sum;
        contributions[k] = part;
        if (part > 0 && k > last) last = k;
      }
      for (let j = 0; j < kids.length; j++) {
        const ch = kids[j]!;
        const v = node[ch]!;
        const w = weights.group[ch]!;
        if (w > 0 && v === v) nodeShare[ch] = (c * (w * v)) / sum;
      }
    }
    let composite = 0;
    for (let k = 0; k < contributions.length; k++) composite += contributions[k]!;
    return capAt100(contributions, composite, last);
  }
  /**
   * `row` for every partner at once, column by column: each step of `row` runs over all rows
   * before the next, with the same operations per row in the same order, so every composite,
   * contribution and group score is bit-identical to `row`'s. `scores[k][i]` is KPI k of row i
   * (NaN = absent), `weightsOf(i)` the row's weights (`single` when every row has `weights[0]`).
   * Writes `composite` (n), `groupScores` ([g * n + i]) and, when given, `contributions`
   * ([k * n + i]).
   */
  columns(
    scores: readonly Float64Array[],
    weights: readonly ProfileWeights[],
    profileOf: Uint8Array,
    composite: Float64Array,
    groupScores: Float64Array,
    contributions: Float64Array | null,
    /** The score columns never change (not buffers reused by the next call): cache ln x, x^p. */
    stableScores = false,
  ): void {
    const { tree } = this;
    const n = composite.length;
    const K = this.groupOf.length;
    const G = tree.parent.length;
    const single = weights.length === 1;
    const order = tree.bottomUp;
    const node = groupScores; // [g * n + i]
    const s = treeScratch(n, K, G);
    const { W, acc, flags, share } = s;
    const contrib = contributions ?? scratchContributions(K * n);
    // 1. Bottom up: each group's generalised mean over its KPIs, then its child groups.
    for (let x = 0; x < order.length; x++) {
      const g = order[x]!;
      const p = tree.power[g]!;
      W.fill(0);
      acc.fill(0);
      flags.fill(0); // 1: a negative member, 2: a zero member under p ≤ 0
      const kpis = this.kpiKids[g]!;
      const kids = this.groupKids[g]!;
      for (let j = 0; j < kpis.length + kids.length; j++) {
        const isKpi = j < kpis.length;
        const m = isKpi ? kpis[j]! : kids[j - kpis.length]!;
        const col = isKpi ? scores[m]! : node.subarray(m * n, m * n + n);
        const w0 = isKpi ? weights[0]!.kpi[m]! : weights[0]!.group[m]!;
        // ln x or x^p of a KPI's scores does not depend on weights: kept with the column, a
        // weight-only rescore reads it instead of computing it again (same value, same bits).
        const powered = p !== 1 && isKpi && stableScores ? poweredColumn(col, p) : null;
        for (let i = 0; i < n; i++) {
          const v = col[i]!;
          const w = single
            ? w0
            : isKpi
              ? weights[profileOf[i]!]!.kpi[m]!
              : weights[profileOf[i]!]!.group[m]!;
          if (!(w > 0) || v !== v) continue;
          if (v < 0) flags[i] = flags[i]! | 1;
          W[i] = W[i]! + w;
          if (p === 1) acc[i] = acc[i]! + w * v;
          else if (v === 0 && p <= 0) flags[i] = flags[i]! | 2;
          else if (powered) acc[i] = acc[i]! + w * powered[i]!;
          else acc[i] = acc[i]! + (p === 0 ? w * Math.log(v) : w * v ** p);
        }
      }
      const bad = p <= 0 || !Number.isInteger(p);
      const go = g * n;
      for (let i = 0; i < n; i++) {
        const Wi = W[i]!;
        const f = flags[i]!;
        node[go + i] = !(Wi > 0)
          ? NaN
          : f & 1 && bad
            ? NaN
            : f & 2
              ? 0
              : p === 0
                ? Math.exp(acc[i]! / Wi)
                : p === 1
                  ? acc[i]! / Wi
                  : (acc[i]! / Wi) ** (1 / p);
      }
    }
    // 2. The root's mean over the top-level groups; rows that stop here keep 0 contributions.
    const p = tree.rootPower;
    const badRoot = p <= 0 || !Number.isInteger(p);
    const { wx, M } = s;
    W.fill(0);
    acc.fill(0);
    wx.fill(0);
    flags.fill(0); // 1: a negative group (NaN), 2: a zero group under p ≤ 0
    for (const g of this.top) {
      const go = g * n;
      const w0 = weights[0]!.group[g]!;
      for (let i = 0; i < n; i++) {
        const v = node[go + i]!;
        const w = single ? w0 : weights[profileOf[i]!]!.group[g]!;
        if (!(w > 0) || Number.isNaN(v) || flags[i]! & 1) continue;
        if (v < 0 && badRoot) {
          flags[i] = flags[i]! | 1;
          continue;
        }
        W[i] = W[i]! + w;
        wx[i] = wx[i]! + w * v;
        if (v === 0 && p <= 0) flags[i] = flags[i]! | 2;
        else acc[i] = acc[i]! + (p === 1 ? w * v : p === 0 ? w * Math.log(v) : w * v ** p);
      }
    }
    share.fill(0);
    for (let i = 0; i < n; i++) {
      const Wi = W[i]!;
      let m: number;
      if (flags[i]! & 1 || !(Wi > 0)) m = NaN;
      else {
        m =
          flags[i]! & 2
            ? 0
            : p === 0
              ? Math.exp(acc[i]! / Wi)
              : p === 1
                ? acc[i]! / Wi
                : (acc[i]! / Wi) ** (1 / p);
        // Without a positive mean and weighted sum the composite is 0 (or NaN), unsplit.
        if (!(m > 0) || !(wx[i]! > 0)) {
          M[i] = m === 0 || wx[i] === 0 ? 0 : NaN;
          flags[i] = 4;
          continue;
        }
      }
      M[i] = m;
      if (flags[i]! & 1 || !(Wi > 0)) flags[i] = 4;
    }
    for (const g of this.top) {
      const go = g * n;
      const w0 = weights[0]!.group[g]!;
      for (let i = 0; i < n; i++) {
        if (flags[i] === 4) continue;
        const v = node[go + i]!;
        const w = single ? w0 : weights[profileOf[i]!]!.group[g]!;
        if (w > 0 && !Number.isNaN(v))
          share[go + i] = p === 1 ? (w * v) / W[i]! : (M[i]! * (w * v)) / wx[i]!;
      }
    }
    // 3. Top down: each group's contribution over its members by their parts of its mean.
    contrib.fill(0, 0, K * n);
    const sum = acc;
    for (let x = order.length - 1; x >= 0; x--) {
      const g = order[x]!;
      const go = g * n;
      const kpis = this.kpiKids[g]!;
      const kids = this.groupKids[g]!;
      sum.fill(0);
      for (let j = 0; j < kpis.length + kids.length; j++) {
        const isKpi = j < kpis.length;
        const m = isKpi ? kpis[j]! : kids[j - kpis.length]!;
        const col = isKpi ? scores[m]! : node.subarray(m * n, m * n + n);
        const w0 = isKpi ? weights[0]!.kpi[m]! : weights[0]!.group[m]!;
        for (let i = 0; i < n; i++) {
          if (!(share[go + i]! > 0)) continue;
          const v = col[i]!;
          const w = single
            ? w0
            : isKpi
              ? weights[profileOf[i]!]!.kpi[m]!
              : weights[profileOf[i]!]!.group[m]!;
          if (w > 0 && v === v) sum[i] = sum[i]! + w * v;
        }
      }
      for (let j = 0; j < kpis.length + kids.length; j++) {
        const isKpi = j < kpis.length;
        const m = isKpi ? kpis[j]! : kids[j - kpis.length]!;
        const col = isKpi ? scores[m]! : node.subarray(m * n, m * n + n);
        const w0 = isKpi ? weights[0]!.kpi[m]! : weights[0]!.group[m]!;
        const out = isKpi ? m * n : -1;
        for (let i = 0; i < n; i++) {
          const c = share[go + i]!;
          if (!(c > 0) || !(sum[i]! > 0)) continue;
          const v = col[i]!;
          const w = single
            ? w0
            : isKpi
              ? weights[profileOf[i]!]!.kpi[m]!
              : weights[profileOf[i]!]!.group[m]!;
          if (!(w > 0) || v !== v) continue;
          const part = (c * (w * v)) / sum[i]!;
          if (isKpi) contrib[out + i] = part;
          else share[m * n + i] = part;
        }
      }
    }
    // 4. The composite: the contributions' sum in KPI order, capped at 100 like `row`.
    composite.fill(0);
    for (let k = 0; k < K; k++) {
      const ko = k * n;
      for (let i = 0; i < n; i++) composite[i] = composite[i]! + contrib[ko + i]!;
    }
    const rowScore = new Float64Array(K);
    const rowContrib = new Float64Array(K);
    const rowGroups = new Float64Array(G);
    for (let i = 0; i < n; i++) {
      if (flags[i] === 4) {
        composite[i] = M[i]!;
        continue;
      }
      if (!(composite[i]! > 100)) continue;
      for (let k = 0; k < K; k++) rowScore[k] = scores[k]![i]!;
      composite[i] = this.row(
        rowScore,
        weights[single ? 0 : profileOf[i]!]!,
        rowContrib,
        rowGroups,
      );
      for (let k = 0; k < K; k++) contrib[k * n + i] = rowContrib[k]!;
    }
  }

  /**
   * Each KPI's share of the composite when every KPI has data (the product of the weight shares
   * on its path); coverage is the sum of the shares of the KPIs a partner has.
   */
  fullShares(weights: ProfileWeights): Float64Array {
    const G = this.tree.parent.length;
    const has = new Float64Array(G); // total weight of members with something below them
    const alive = new Uint8Array(G);
    for (const g of this.tree.bottomUp) {
      let sum = 0;
      for (const k of this.kpiKids[g]!) if (weights.kpi[k]! > 0) sum += weights.kpi[k]!;
      for (const c of this.groupKids[g]!)
        if (alive[c] && weights.group[c]! > 0) sum += weights.group[c]!;
      has[g] = sum;
      alive[g] = sum > 0 ? 1 : 0;
    }
    let total = 0;
    for (const g of this.top) if (alive[g] && weights.group[g]! > 0) total += weights.group[g]!;
    const share = new Float64Array(G);
    for (let x = this.tree.bottomUp.length - 1; x >= 0; x--) {
      const g = this.tree.bottomUp[x]!;
      const p = this.tree.parent[g]!;
      const w = weights.group[g]!;
      if (!alive[g] || !(w > 0)) continue;
      share[g] = p < 0 ? (total > 0 ? w / total : 0) : share[p]! * (w / has[p]!);
    }
    const out = new Float64Array(this.groupOf.length);
    this.groupOf.forEach((g, k) => {
      const w = weights.kpi[k]!;
      if (w > 0 && has[g]! > 0) out[k] = share[g]! * (w / has[g]!);
    });
    return out;
  }
}

/** Working columns of `columns`, reused from call to call (every cell written before read). */
let scratchColumns = {
  n: -1,
  K: -1,
  G: -1,
  W: new Float64Array(0),
  acc: new Float64Array(0),
  wx: new Float64Array(0),
  M: new Float64Array(0),
  flags: new Uint8Array(0),
  share: new Float64Array(0),
};

/** Contributions nobody keeps (a rescore's), reused; allocated only when needed. */
let unkept = new Float64Array(0);

function scratchContributions(cells: number): Float64Array {
  if (unkept.length < cells) unkept = new Float64Array(cells);
  return unkept;
}

function treeScratch(n: number, K: number, G: number) {
  const s = scratchColumns;
  if (s.n === n && s.K >= K && s.G >= G) return s;
  scratchColumns = {
    n,
    K,
    G,
    W: new Float64Array(n),
    acc: new Float64Array(n),
    wx: new Float64Array(n),
    M: new Float64Array(n),
    flags: new Uint8Array(n),
    share: new Float64Array(G * n),
  };
  return scratchColumns;
}

/** Per score column and power: ln x (p = 0) or x^p of every cell, as the means compute them. */
const poweredColumns = new WeakMap<Float64Array, Map<number, Float64Array>>();

function poweredColumn(col: Float64Array, p: number): Float64Array {
  let byPower = poweredColumns.get(col);
  if (!byPower) {
    byPower = new Map();
    poweredColumns.set(col, byPower);
  }
  let out = byPower.get(p);
  if (!out) {
    out = new Float64Array(col.length);
    for (let i = 0; i < col.length; i++) {
      const v = col[i]!;
      out[i] = p === 0 ? Math.log(v) : v ** p;
    }
    byPower.set(p, out);
  }
  return out;
}
