/**
 * The numbers of one partner's scorecard: the scoring engine's explanation of the partner's score
 * (composite, tier, categories, KPIs, what it takes to reach the next tier), the partner's own
 * history, and anonymised peer aggregates. Nothing here names or values another partner.
 */
import type {
  NextTierPath,
  ScorecardData,
  ScorecardInternal,
  ScorecardKpi,
} from '../../../../shared/api/export-results';
import type { PartnerExplanation } from '../../../../shared/api/scoring-results';
import { AppError } from '../../../../shared/errors';
import { planKpi } from '../../scoring/plan';
import { explainPartner } from '../../scoring/views/explain';
import type { Workspace } from '../../workspace/workspace';
import { dataAsOf } from './data-as-of';
import { kpiHistory, partnerSeries } from './kpi-history';
import { partnerPeerAggregates } from './peer-aggregates';
import { datasetRow, partnerDetails } from './resolve-partner';
import { scoredPeriod, type ScoreSelection, type ScoredPeriod } from './scored-period';

/** Trend charts show at most this many periods, ending with the scored one. */
export const TREND_PERIODS = 8;

export type ScorecardNumbers = Omit<
  ScorecardData,
  | 'variant'
  | 'generatedAt'
  | 'highlights'
  | 'agenda'
  | 'actions'
  | 'meetingDate'
  | 'mdf'
  | 'internal'
>;

export interface ScorecardFacts {
  partnerId: number;
  numbers: ScorecardNumbers;
  internal: Omit<ScorecardInternal, 'notes'>;
}

const num = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? null : x);

export function attainmentOf(
  value: number | null,
  target: number | null,
  direction: 'higher' | 'lower',
): number | null {
  if (value === null || target === null || target === 0) return null;
  if (direction === 'higher') return value / target;
  return value === 0 ? null : target / value;
}

function workspaceCurrency(ws: Workspace): string {
  const code = ws.getSetting<unknown>('currency', 'USD');
  return typeof code === 'string' && /^[A-Z]{3}$/.test(code) ? code : 'USD';
}

/** Score change of each KPI against the previous period, for the partner in dataset row `p`. */
function kpiScoreChanges(s: ScoredPeriod, p: number, i: number): (number | null)[] {
  const current = s.ps.structural.normalised.map((col) => col[i]!);
  const previous = s.previous();
  if (!previous) return current.map(() => null);
  const prev = previous.structural;
  const iPrev = prev.rows.indexOf(p);
  return current.map((now, j) => (iPrev < 0 ? null : num(now - prev.normalised[j]![iPrev]!)));
}

function nextTierPath(s: ScoredPeriod, e: PartnerExplanation): NextTierPath | null {
  const w = e.whatItTakes;
  if (!w.nextTier) return null;
  const rule = s.plan.definition.tiers.find((t) => t.name === w.nextTier);
  const unit = (kpi: string) => planKpi(s.plan, kpi)?.def.unit ?? 'number';
  return {
    name: w.nextTier,
    minScore: rule?.minScore ?? 0,
    scoreGap: w.scoreGap,
    unmetGates: w.unmetGates.map((g) => ({
      name: g.name,
      unit: unit(g.kpi),
      op: g.op,
      value: g.value,
      current: g.current,
    })),
    // A lever that needs the KPI to more than double (or go past a ratio's sense) is no lever.
    options: w.options
      .filter((o) => o.feasible && o.relativeChange !== null && Math.abs(o.relativeChange) <= 1)
      .slice(0, 3)
      .map((o) => ({ name: o.name, unit: unit(o.kpi), from: o.from, to: o.to })),
  };
}

export function scorecardFacts(
  ws: Workspace,
  partner: string,
  selection: ScoreSelection,
): ScorecardFacts {
  const details = partnerDetails(ws.sqlite, partner);
  const s = scoredPeriod(ws, selection);
  const p = datasetRow(s.dataset, details.id);
  const i = s.ps.structural.rows.indexOf(p);
  if (i < 0) {
    throw new AppError(
      'NOT_FOUND',
      `${details.name} has no score for ${s.dataset.periods[s.t]!.label}: it was onboarded later.`,
    );
  }
  const e = explainPartner(s.plan, s.dataset, s.ps, s.trend, s.ref, details.id);
  const start = Math.max(0, s.t - TREND_PERIODS + 1);
  const window = Array.from({ length: s.t - start + 1 }, (_, k) => start + k);
  const peers = partnerPeerAggregates(ws, s, i, window);
  const history = kpiHistory(s.service, s.plan, s.data);
  const changes = kpiScoreChanges(s, p, i);

  const kpis: ScorecardKpi[] = e.kpis.map((k, j) => {
    const series = partnerSeries(history, j, p, window);
    const target = k.target ?? series.targets.at(-1) ?? null;
    return {
      key: k.key,
      name: k.name,
      definition: k.definition,
      group: k.group,
      groupLabel: e.groups.find((g) => g.key === k.group)?.label ?? k.group,
      unit: k.unit as ScorecardKpi['unit'],
      direction: k.direction,
      value: k.raw,
      target,
      attainment: attainmentOf(k.raw, target, k.direction),
      score: k.score,
      weight: k.weight,
      scoreChange: changes[j] ?? null,
      peer: peers.kpis[j] ?? null,
      history: series.values,
      targetHistory: series.targets,
    };
  });

  const ref = s.ref;
  const trendPeriods = window.map((t) => e.trend.periods[t]!);
  return {
    partnerId: details.id,
    numbers: {
      partner: {
        externalId: details.externalId,
        name: details.name,
        type: e.partner.type,
        region: e.partner.region,
        country: details.country,
        programTier: e.partner.programTier,
        manager: details.manager,
      },
      period: e.period,
      periods: trendPeriods.map((x) => ({ key: x.key, label: x.label })),
      methodology: {
        name: ref.name,
        version: ref.version,
        status: ref.status,
        label: `${ref.name}${ref.version === null ? '' : ` · version ${ref.version}`}${ref.status === 'draft' ? ' (draft)' : ''}`,
      },
      dataAsOf: dataAsOf(ws.sqlite),
      currency: workspaceCurrency(ws),
      composite: e.composite,
      compositeChange: e.trend.change,
      trendFlag: e.trend.flag,
      tier: e.tier,
      tiers: s.plan.definition.tiers.map((t) => ({ name: t.name, minScore: t.minScore })),
      nextTier: nextTierPath(s, e),
      peerGroup: { label: peers.label, size: peers.size },
      compositePeer: peers.composite,
      groups: e.groups.map((g, k) => ({ ...g, peer: peers.groups[k] ?? null })),
      kpis,
      trend: {
        composite: trendPeriods.map((x) => x.composite),
        tier: trendPeriods.map((x) => x.tier),
        peer: peers.compositeTrend,
      },
    },
    internal: {
      rank: e.rank,
      of: e.of,
      percentile: e.percentile,
      segment: e.segment,
      segmentReason: e.segmentReason,
      coverage: e.coverage,
      lowCoverage: e.lowCoverage,
      weightProfile: e.profile,
    },
  };
}
