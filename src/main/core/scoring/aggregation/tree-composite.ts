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
import { powerMean, powerMeanContributions } from './power-mean';

/** The members of every group, and scratch space, for one tree; reusable across rows. */
export class TreeAggregator {
  private readonly kpiKids: Int32Array[];
  private readonly groupKids: Int32Array[];
  private readonly top: Int32Array;
  private readonly node: Float64Array;
  private readonly nodeShare: Float64Array;
  private vals = new Float64Array(8);
  private wts = new Float64Array(8);
  private parts = new Float64Array(8);

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
    const most = Math.max(top.length, ...kpis.map((a, g) => a.length + kids[g]!.length));
    this.grow(most);
  }

  private grow(n: number) {
    if (this.vals.length >= n) return;
    this.vals = new Float64Array(n);
    this.wts = new Float64Array(n);
    this.parts = new Float64Array(n);
  }

  /** Gathers group g's members (KPIs first, then child groups) into the scratch arrays. */
  private members(g: number, score: Float64Array, weights: ProfileWeights): number {
    let m = 0;
    for (const k of this.kpiKids[g]!) {
      this.vals[m] = score[k]!;
      this.wts[m++] = weights.kpi[k]!;
    }
    for (const c of this.groupKids[g]!) {
      this.vals[m] = this.node[c]!;
      this.wts[m++] = weights.group[c]!;
    }
    return m;
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
    const { tree } = this;
    const order = tree.bottomUp;
    for (let x = 0; x < order.length; x++) {
      const g = order[x]!;
      const m = this.members(g, score, weights);
      this.node[g] = powerMean(this.vals.subarray(0, m), this.wts.subarray(0, m), tree.power[g]!);
    }
    groupScores.set(this.node);
    contributions.fill(0);
    const T = this.top.length;
    for (let j = 0; j < T; j++) {
      const g = this.top[j]!;
      this.vals[j] = this.node[g]!;
      this.wts[j] = weights.group[g]!;
    }
    const parts = this.parts.subarray(0, T);
    const M = powerMeanContributions(
      this.vals.subarray(0, T),
      this.wts.subarray(0, T),
      tree.rootPower,
      parts,
    );
    if (Number.isNaN(M)) return NaN;
    this.nodeShare.fill(0);
    for (let j = 0; j < T; j++) this.nodeShare[this.top[j]!] = parts[j]!;
    // Top down: parents come after their children in `bottomUp`.
    let last = -1;
    for (let x = order.length - 1; x >= 0; x--) {
      const g = order[x]!;
      const c = this.nodeShare[g]!;
      if (c === 0) continue;
      const m = this.members(g, score, weights);
      const own = this.parts.subarray(0, m);
      const sum = powerMeanContributions(
        this.vals.subarray(0, m),
        this.wts.subarray(0, m),
        tree.power[g]!,
        own,
      );
      if (!(sum !== 0) || Number.isNaN(sum)) continue;
      let j = 0;
      for (const k of this.kpiKids[g]!) {
        const v = (c * own[j++]!) / sum;
        contributions[k] = v;
        if (v > 0 && k > last) last = k;
      }
      for (const child of this.groupKids[g]!) this.nodeShare[child] = (c * own[j++]!) / sum;
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
