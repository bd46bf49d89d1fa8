/**
 * What deserves an alert between two periods: partners that moved into Grow, Intervene or Exit
 * review (scored with the default methodology; the alert settings choose which of these count), and risk flags that fire in the later period but
 * did not in the earlier one (the top-N revenue share too, as a portfolio-wide alert).
 */
import type { AlertKind, AlertSeverity } from '../../../shared/api/alerts';
import { RISK_RULE_NAMES, type RiskRule } from '../../../shared/api/risks';
import { SEGMENTS, type Segment } from '../../../shared/api/scoring-methodology';
import { AppError } from '../../../shared/errors';
import { loadRiskData, runRules } from '../risks/risk-report';
import { riskSettings } from '../risks/settings';
import { percent } from '../risks/wording';
import { alertSettings } from './alert-settings';
import { KPI_NAME_FALLBACK, attainmentName } from './kpi-names';
import { scoringService } from '../scoring/service/scoring-service';
import { resolveMethodology } from '../scoring/views/resolve-methodology';
import { segmentReason } from '../scoring/views/segment-reason';
import type { Workspace } from '../workspace/workspace';

export interface AlertDraft {
  kind: AlertKind;
  code: string;
  partnerId: number | null;
  periodKey: string;
  previousPeriodKey: string;
  severity: AlertSeverity;
  title: string;
  message: string;
  dedupeKey: string;
}

export interface Detection {
  period: string;
  previous: string;
  drafts: AlertDraft[];
  segmentMoves: number;
  riskFlags: number;
}

const SEVERITY: Partial<Record<Segment, AlertSeverity>> = {
  'Exit review': 'high',
  Intervene: 'medium',
  Grow: 'info',
};

/** Period indexes: `period` (default the latest) and `previous` (default the one before). */
export function comparedPeriods(
  ws: Workspace,
  period?: string,
  previous?: string,
): [number, number] {
  const service = scoringService(ws);
  const t = service.periodIndex(period);
  const p = previous === undefined ? t - 1 : service.periodIndex(previous);
  if (previous !== undefined && p >= t) {
    throw new AppError(
      'INVALID_ARGUMENT',
      'The previous period must come before the period checked.',
    );
  }
  return [t, p];
}

function segmentMoves(ws: Workspace, t: number, p: number): AlertDraft[] {
  const watched = new Set<Segment>(alertSettings(ws).segments);
  if (watched.size === 0) return [];
  const service = scoringService(ws);
  const { definition } = resolveMethodology(ws, service, {});
  const plan = service.plan(definition);
  const now = service.score(plan, t).structural;
  const before = service.score(plan, p).structural;
  const { dataset } = service.load();
  const previousSegment = new Map<number, Segment>();
  before.rows.forEach((row, i) => previousSegment.set(row, SEGMENTS[before.segments.segment[i]!]!));
  const periods = dataset.periods;
  const attainment = attainmentName(plan) ?? KPI_NAME_FALLBACK;
  const drafts: AlertDraft[] = [];
  now.rows.forEach((row, i) => {
    const segment = SEGMENTS[now.segments.segment[i]!]!;
    const severity = watched.has(segment) ? SEVERITY[segment] : undefined;
    const was = previousSegment.get(row);
    if (!severity || was === undefined || was === segment) return;
    const id = dataset.partners.id[row]!;
    const name = dataset.partners.name[row]!;
    drafts.push({
      kind: 'segment',
      code: segment,
      partnerId: id,
      periodKey: periods[t]!.key,
      previousPeriodKey: periods[p]!.key,
      severity,
      title: `${name} moved into ${segment}`,
      message: `From ${was} in ${periods[p]!.label} to ${segment} in ${periods[t]!.label}. ${segmentReason(definition.segments, now, i, attainment)}`,
      dedupeKey: `segment|${segment}|${id}|${periods[t]!.key}`,
    });
  });
  return drafts;
}

function newRiskFlags(ws: Workspace, t: number, p: number): AlertDraft[] {
  const settings = riskSettings(ws);
  const now = runRules(loadRiskData(ws, t, settings), settings);
  const before = runRules(loadRiskData(ws, p, settings), settings);
  const { dataset } = scoringService(ws).load();
  const periods = dataset.periods;
  const drafts: AlertDraft[] = [];
  const keys = { periodKey: periods[t]!.key, previousPeriodKey: periods[p]!.key };
  for (const [rule, flags] of now.flags) {
    const earlier = new Set((before.flags.get(rule) ?? []).map((f) => f.row));
    for (const f of flags) {
      if (earlier.has(f.row)) continue;
      const id = dataset.partners.id[f.row]!;
      drafts.push({
        kind: 'risk',
        code: rule,
        partnerId: id,
        ...keys,
        severity: f.severity === 'high' ? 'high' : 'medium',
        title: `${RISK_RULE_NAMES[rule as RiskRule]}: ${dataset.partners.name[f.row]!}`,
        message: f.explanation,
        dedupeKey: `risk|${rule}|${id}|${keys.periodKey}`,
      });
    }
  }
  const c = now.concentration;
  if (settings.revenue_concentration.enabled && c.exceeded && !before.concentration.exceeded) {
    drafts.push({
      kind: 'risk',
      code: 'revenue_concentration',
      partnerId: null,
      ...keys,
      severity: 'high',
      title: `Top ${c.topN} partners hold ${percent(c.topNShare ?? 0)} of channel revenue`,
      message: `In ${periods[t]!.label} the ${c.topN} largest partners booked ${percent(c.topNShare ?? 0)} of all channel revenue, above the ${percent(c.topNMaxShare)} warning level (${periods[p]!.label}: ${percent(before.concentration.topNShare ?? 0)}).`,
      dedupeKey: `risk|revenue_concentration_top|all|${keys.periodKey}`,
    });
  }
  return drafts;
}

export function detectAlerts(ws: Workspace, period?: string, previous?: string): Detection {
  const [t, p] = comparedPeriods(ws, period, previous);
  const periods = scoringService(ws).load().dataset.periods;
  if (p < 0) {
    return { period: periods[t]!.key, previous: '', drafts: [], segmentMoves: 0, riskFlags: 0 };
  }
  const moves = segmentMoves(ws, t, p);
  const risks = newRiskFlags(ws, t, p);
  return {
    period: periods[t]!.key,
    previous: periods[p]!.key,
    drafts: [...moves, ...risks],
    segmentMoves: moves.length,
    riskFlags: risks.length,
  };
}
