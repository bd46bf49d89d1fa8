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
