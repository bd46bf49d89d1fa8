/**
 * The anonymised peer aggregates a scorecard may show: bands of the composite, of each category
 * score and of each KPI's raw value over the partner's peer group (the methodology's peer
 * dimensions, e.g. partners of the same type), and of the composite in each trend period.
 *
 * This is the one place a scorecard reads other partners' numbers, and it returns aggregates
 * only. When the benchmarking module's `partnerBenchmark(...)` lands, swap this function's body
 * for it; the scorecard depends only on the `PeerAggregates` shape.
 */
import type { ScorecardPeerBand } from '../../../../shared/api/export-results';
import { peerGroups } from '../../scoring/peer-groups';
import type { ScoredPeriod } from './scored-period';
import { peerBand, roundRaw, roundScore } from './peer-band';

export interface PeerAggregates {
  label: string;
  /** Scored partners in the group this period (the partner included). */
  size: number;
  composite: ScorecardPeerBand | null;
  /** In the plan's group order. */
  groups: (ScorecardPeerBand | null)[];
  /** In the plan's KPI order: peers' raw values. */
  kpis: (ScorecardPeerBand | null)[];
  /** The composite band in each period of `periods` (dataset period indexes). */
  compositeTrend: (ScorecardPeerBand | null)[];
}

/** `i` is the partner's index among the period's scored rows; `periods` are dataset indexes. */
export function partnerPeerAggregates(s: ScoredPeriod, i: number, periods: number[]): PeerAggregates {
  const { structural, weighted } = s.ps;
  const n = structural.rows.length;
  const dims = s.plan.definition.peerGroup;
  const groups = peerGroups(s.dataset.partners, structural.rows, dims);
  const own = groups.ids[i]!;
  const members: number[] = [];
  for (let j = 0; j < n; j++) if (groups.ids[j] === own) members.push(j);
  const label = groups.labels[own] ?? 'All partners';

  const pick = (column: ArrayLike<number>, offset = 0) => members.map((j) => column[offset + j]!);

  // Trend: the same group (by attributes) among the partners scored in each period.
  const N = s.trend.partners;
  const everyone = Int32Array.from({ length: N }, (_, p) => p);
  const allGroups = peerGroups(s.dataset.partners, everyone, dims);
  const ownAll = allGroups.labels.indexOf(label);
  const compositeTrend = periods.map((t) => {
    const values: number[] = [];
    for (let p = 0; p < N; p++) {
      if (allGroups.ids[p] === ownAll) values.push(s.trend.composite[t * N + p]!);
    }
    return peerBand(values, roundScore);
  });

  return {
    label,
    size: members.length,
    composite: peerBand(pick(weighted.composite), roundScore),
    groups: s.plan.groups.map((_, g) => peerBand(pick(weighted.groupScores, g * n), roundScore)),
    kpis: structural.raw.map((column) => peerBand(pick(column), roundRaw)),
    compositeTrend,
  };
}
