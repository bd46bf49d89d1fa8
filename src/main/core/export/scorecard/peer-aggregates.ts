/**
 * The anonymised peer aggregates a scorecard may show, over the partner's peer group (the
 * methodology's peer dimensions, e.g. partners of the same type): bands of each KPI's raw value
 * from the benchmarking module's partner-safe `partnerBenchmark` (groups of at least k, merged
 * upward or suppressed, rounded, and withheld when equal to any partner's own figure), and bands
 * of the composite and category scores (this period and each trend period) computed here over
 * groups of at least five, rounded to one decimal.
 *
 * This is the one place a scorecard reads other partners' numbers, and it returns aggregates
 * only; the scorecard depends only on the `PeerAggregates` shape.
 */
import type { PeerComparison } from '../../../../shared/api/benchmark';
import type { ScorecardPeerBand } from '../../../../shared/api/export-results';
import { partnerBenchmark } from '../../benchmark';
import { peerGroups, type GroupIndex } from '../../scoring/peer-groups';
import type { Workspace } from '../../workspace/workspace';
import type { ScoredPeriod } from './scored-period';
import { peerBand, roundScore } from './peer-band';

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

/** A KPI band from the benchmark: only when its quartiles all survived the anonymity guard. */
function kpiBand(c: PeerComparison | undefined): ScorecardPeerBand | null {
  const p = c?.peers;
  if (!p || p.p25 === null || p.median === null || p.p75 === null || !c.basis.partners) return null;
  const band = { p25: p.p25, median: p.median, p75: p.p75, size: c.basis.partners };
  return c.basis.level === 'merged'
    ? { ...band, broader: c.basis.label ?? 'a broader group' }
    : band;
}

function kpiBands(ws: Workspace, s: ScoredPeriod, partnerId: number): (ScorecardPeerBand | null)[] {
  const bench = partnerBenchmark(ws, {
    partner: partnerId,
    period: s.dataset.periods[s.t]!.key,
    methodologyId: s.ref.id ?? undefined,
    version: s.ref.version ?? undefined,
    groupBy: [...s.plan.definition.peerGroup],
    kpis: s.plan.kpis.map((k) => k.key),
  });
  const byKey = new Map(bench.comparisons.map((c) => [c.kpi.key, c]));
  return s.plan.kpis.map((k) => kpiBand(byKey.get(k.key)));
}

type GroupBands = Omit<PeerAggregates, 'kpis'>;

/**
 * The bands of each peer group of a scored period, kept with it (the next partner of a batch
 * in the same group reuses them), and its peer groups over the scored rows and over everyone.
 */
const kept = new WeakMap<
  ScoredPeriod,
  { groups: GroupIndex; allGroups: GroupIndex; bands: Map<string, GroupBands> }
>();

function keptFor(s: ScoredPeriod) {
  let k = kept.get(s);
  if (!k) {
    const dims = s.plan.definition.peerGroup;
    const everyone = Int32Array.from({ length: s.trend.partners }, (_, p) => p);
    k = {
      groups: peerGroups(s.dataset.partners, s.ps.structural.rows, dims),
      allGroups: peerGroups(s.dataset.partners, everyone, dims),
      bands: new Map(),
    };
    kept.set(s, k);
  }
  return k;
}

function groupBands(s: ScoredPeriod, own: number, periods: number[]): GroupBands {
  const { groups, allGroups, bands } = keptFor(s);
  const key = `${own}|${periods.join(',')}`;
  const hit = bands.get(key);
  if (hit) return hit;
  const { structural, weighted } = s.ps;
  const n = structural.rows.length;
  const members: number[] = [];
  for (let j = 0; j < n; j++) if (groups.ids[j] === own) members.push(j);
  const label = groups.labels[own] ?? 'All partners';

  const pick = (column: ArrayLike<number>, offset = 0) => members.map((j) => column[offset + j]!);

  // Trend: the same group (by attributes) among the partners scored in each period.
  const N = s.trend.partners;
  const ownAll = allGroups.labels.indexOf(label);
  const compositeTrend = periods.map((t) => {
    const values: number[] = [];
    for (let p = 0; p < N; p++) {
      if (allGroups.ids[p] === ownAll) values.push(s.trend.composite[t * N + p]!);
    }
    return peerBand(values, roundScore);
  });
  const result: GroupBands = {
    label,
    size: members.length,
    composite: peerBand(pick(weighted.composite), roundScore),
    groups: s.plan.groups.map((_, g) => peerBand(pick(weighted.groupScores, g * n), roundScore)),
    compositeTrend,
  };
  bands.set(key, result);
  return result;
}

/** `i` is the partner's index among the period's scored rows; `periods` are dataset indexes. */
export function partnerPeerAggregates(
  ws: Workspace,
  s: ScoredPeriod,
  i: number,
  periods: number[],
): PeerAggregates {
  const own = keptFor(s).groups.ids[i]!;
  return {
    ...groupBands(s, own, periods),
    kpis: kpiBands(ws, s, s.dataset.partners.id[s.ps.structural.rows[i]!]!),
  };
}
