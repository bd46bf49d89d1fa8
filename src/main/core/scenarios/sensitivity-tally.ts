/**
 * Counting and summarising a sensitivity run: per partner, how often each tier came out of the
 * samples; from that its stability (share of samples keeping its reference tier), the tier it
 * took most often instead, its margin to the nearest tier threshold, and the knife-edge list.
 * Partners without a score are left out (they never have a tier to keep).
 */
import type { KnifeEdgePartner } from '../../../shared/api/scenarios-results';
import type { ScoringDataset } from '../scoring/dataset';
import { NO_TIER, tierLabel } from './scored-side';

export class TierTally {
  /** [row × (tiers + 1) + tier + 1]: samples in which the row took that tier (slot 0: none). */
  readonly counts: Int32Array;
  readonly stride: number;
  samples = 0;

  constructor(
    readonly n: number,
    tiers: number,
  ) {
    this.stride = tiers + 1;
    this.counts = new Int32Array(n * this.stride);
  }

  add(tiers: Int8Array) {
    const { counts, stride } = this;
    for (let i = 0; i < this.n; i++) counts[i * stride + tiers[i]! + 1]!++;
    this.samples++;
  }

  /** Share of the samples in which row `i` took tier `t` (0 before any sample). */
  share(i: number, t: number): number {
    return this.samples > 0 ? this.counts[i * this.stride + t + 1]! / this.samples : 0;
  }
}

/** Points from the nearest tier threshold above 0 (negative: below it); null without a score. */
export function tierMargin(composite: number, minScores: readonly number[]): number | null {
  if (Number.isNaN(composite)) return null;
  let best: number | null = null;
  for (const m of minScores) {
    if (!(m > 0)) continue; // no score is below 0: not a boundary
    const d = composite - m;
    if (best === null || Math.abs(d) < Math.abs(best)) best = d;
  }
  return best;
}

export interface StabilitySummary {
  partners: number;
  meanStability: number;
  stabilityHistogram: number[];
  perTier: { tier: string; partners: number; meanStability: number; knifeEdge: number }[];
  knifeEdgeTotal: number;
  knifeEdge: KnifeEdgePartner[];
}

export function summariseStability(
  ds: ScoringDataset,
  rows: Int32Array,
  tally: TierTally,
  reference: Int8Array,
  composite: Float64Array,
  tiers: readonly { name: string; minScore: number }[],
  options: { knifeEdgeBelow: number; limit: number },
): StabilitySummary {
  const names = tiers.map((t) => t.name);
  const minScores = tiers.map((t) => t.minScore);
  const L = tiers.length;
  const stability = new Float64Array(reference.length);
  const histogram = new Array<number>(10).fill(0);
  const perTier = Array.from({ length: L + 1 }, () => ({ partners: 0, sum: 0, knifeEdge: 0 }));
  const edge: number[] = [];
  let partners = 0;
  let sum = 0;
  for (let i = 0; i < reference.length; i++) {
    if (Number.isNaN(composite[i]!)) continue;
    const own = reference[i]!;
    const s = tally.samples > 0 ? tally.share(i, own) : 1;
    stability[i] = s;
    partners++;
    sum += s;
    histogram[Math.min(9, Math.floor(s * 10))]!++;
    const bucket = perTier[own + 1]!;
    bucket.partners++;
    bucket.sum += s;
    if (s < options.knifeEdgeBelow) {
      bucket.knifeEdge++;
      edge.push(i);
    }
  }
  const margin = (i: number) => tierMargin(composite[i]!, minScores);
  const partnerId = (i: number) => ds.partners.id[rows[i]!]!;
  edge.sort(
    (a, b) =>
      stability[a]! - stability[b]! ||
      Math.abs(margin(a) ?? Infinity) - Math.abs(margin(b) ?? Infinity) ||
      partnerId(a) - partnerId(b),
  );
  const knifeEdge = edge.slice(0, options.limit).map((i): KnifeEdgePartner => {
    const p = rows[i]!;
    const own = reference[i]!;
    let other = own;
    let otherCount = 0;
    for (let t = -1; t < L; t++) {
      const c = tally.counts[i * tally.stride + t + 1]!;
      if (t !== own && c > otherCount) {
        other = t;
        otherCount = c;
      }
    }
    return {
      partnerId: ds.partners.id[p]!,
      externalId: ds.partners.externalId[p]!,
      name: ds.partners.name[p]!,
      type: ds.partners.type[p] ?? null,
      region: ds.partners.region[p] ?? null,
      tier: tierLabel(names, own),
      score: composite[i]!,
      stability: stability[i]!,
      otherTier: otherCount > 0 ? (tierLabel(names, other) ?? NO_TIER) : null,
      otherShare: tally.samples > 0 ? otherCount / tally.samples : 0,
      margin: margin(i),
    };
  });
  const tierRows = perTier
    .map((b, j) => ({
      tier: j === 0 ? NO_TIER : names[j - 1]!,
      partners: b.partners,
      meanStability: b.partners > 0 ? b.sum / b.partners : 1,
      knifeEdge: b.knifeEdge,
    }))
    .filter((row, j) => j > 0 || row.partners > 0);
  return {
    partners,
    meanStability: partners > 0 ? sum / partners : 1,
    stabilityHistogram: histogram,
    perTier: tierRows,
    knifeEdgeTotal: edge.length,
    knifeEdge,
  };
}
