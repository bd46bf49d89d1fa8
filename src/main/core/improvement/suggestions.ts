/**
 * Suggested issues drafted from the data, for the user to accept or dismiss: partners whose score
 * regressed or stagnated (benchmark/progress-flags.ts through the baseline report), scored KPIs in
 * the bottom peer quartile (the benchmark table's percentiles within peer groups), risk flags
 * (src/main/core/risks) and cohorts (type × region) where many partners regress together. Each
 * carries evidence, a drafted root cause, an impact estimate computed from the data and a
 * severity; its key names the finding, so an accepted or dismissed one is not suggested again.
 */
import type {
  Cohort,
  RootCause,
  Severity,
  SuggestedIssue,
  SuggestionList,
} from '../../../shared/api/improvement-results';
import type { RiskRule } from '../../../shared/api/risks';
import { AppError } from '../../../shared/errors';
import { baselineReport } from '../benchmark/baseline';
import { benchmarkTable } from '../benchmark/benchmark-table';
import { riskReport } from '../risks/risk-report';
import { globalKpiShares } from '../scoring/views/score-table';
import type { Workspace } from '../workspace/workspace';
import { cohortLabel } from './cohort';
import { SEVERITY_RANK } from './issue-store';
import { kpiReader, tidy, type KpiReader } from './kpi-reader';

const RISK_ROOT_CAUSE: Record<RiskRule, RootCause> = {
  revenue_concentration: 'channel_conflict',
  registration_abuse: 'misaligned_incentives',
  enablement_claims: 'data_quality',
  channel_stuffing: 'misaligned_incentives',
  inactive_partner: 'enablement_resources',
};

const GROUP_ROOT_CAUSE: Record<string, RootCause> = {
  revenue: 'gtm_messaging',
  pipeline: 'gtm_messaging',
  enablement: 'capability_gap',
  engagement: 'misaligned_incentives',
};

/** Share of a type × region cohort regressing at once that makes a cohort issue. */
const COHORT_SHARE = 0.3;
const COHORT_MIN = 3;

const round1 = (x: number) => Math.round(x * 10) / 10;
const fmt = (x: number | null) =>
  x === null ? '–' : Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en-US') : `${round1(x)}`;

export function suggestionKey(period: string, rule: string, subject: string, kpi: string): string {
  return [period, rule, subject, kpi].join('|');
}

export function periodOfKey(key: string): string {
  const period = key.split('|')[0] ?? '';
  if (!period || key.split('|').length < 4) {
    throw new AppError('INVALID_ARGUMENT', `"${key}" is not a suggestion key.`);
  }
  return period;
}

/** Every finding of a period, before filtering out accepted and dismissed ones. */
export function draftSuggestions(
  ws: Workspace,
  periodKey: string | undefined,
  reader: KpiReader = kpiReader(ws),
): { period: { key: string; label: string }; all: SuggestedIssue[] } {
  const t = reader.ctx.service.periodIndex(periodKey);
  const period = reader.periods[t]!;
  const ds = reader.ctx.dataset;
  const out: SuggestedIssue[] = [];
  const revenueAt = (row: number, s: number) => {
    try {
      return reader.value('revenue', row, s);
    } catch {
      return null;
    }
  };
  const partnerOf = (row: number) => ({
    externalId: ds.partners.externalId[row]!,
    name: ds.partners.name[row]!,
  });
  const subjectOf = (row: number) => `${ds.partners.externalId[row]} ${ds.partners.name[row]}`;

  // 1. Regressing or stagnating composite score since the same period a year earlier.
  if (t > 0) {
    const b = Math.max(0, t - 4);
    const report = baselineReport(ws, {
      kpi: 'score',
      period: period.key,
      baseline: reader.periods[b]!.key,
    });
    const cohorts = new Map<string, { cohort: Cohort; partners: number; rows: number[] }>();
    report.partnerId.forEach((id, i) => {
      const row = reader.row(id);
      const type = ds.partners.type[row] ?? null;
      const region = ds.partners.region[row] ?? null;
      if (type && region) {
        const key = `type=${type}&region=${region}`;
        const c = cohorts.get(key) ?? { cohort: { type, region }, partners: 0, rows: [] };
        c.partners += 1;
        if (report.flag[i] === 'regressing') c.rows.push(row);
        cohorts.set(key, c);
      }
      const flag = report.flag[i];
      if (flag !== 'regressing' && flag !== 'stagnating') return;
      const now = report.now[i] ?? null;
      const before = report.before[i] ?? null;
      const groupMedian = report.groups[report.group[i]!]?.medianNow ?? null;
      const revNow = revenueAt(row, t);
      const revBefore = revenueAt(row, b);
      const lost = revNow !== null && revBefore !== null ? Math.max(0, revBefore - revNow) : null;
      const regressing = flag === 'regressing';
      const rel = report.relativeChange[i] ?? 0;
      out.push({
        key: suggestionKey(period.key, flag, ds.partners.externalId[row]!, 'score'),
        rule: flag,
        partner: partnerOf(row),
        cohort: null,
        subject: subjectOf(row),
        title: regressing
          ? `Score down ${fmt(Math.abs(rel) * 100)}% since ${report.baseline.label}`
          : `Score stagnating at ${fmt(now)}`,
        kpiKey: 'score',
        kpiName: 'Partner score',
        periodKey: period.key,
        value: tidy(now),
        peerValue: tidy(groupMedian),
        targetValue: tidy(regressing ? before : groupMedian),
        evidence:
          `${report.reason[i] ?? ''} Score ${fmt(before)} in ${report.baseline.label}, ${fmt(now)} in ${period.label}; peer median ${fmt(groupMedian)}.`.trim(),
        rootCause: 'other',
        impactRevenue: tidy(regressing ? lost : null),
        impactScore: tidy(
          regressing
            ? before !== null && now !== null
              ? before - now
              : null
            : groupMedian !== null && now !== null
              ? Math.max(0, groupMedian - now)
              : null,
        ),
        severity: regressing ? (Math.abs(rel) >= 0.25 ? 'high' : 'medium') : 'low',
      });
    });
    // Cohorts failing the same way: feed back into program design.
    for (const [key, c] of cohorts) {
      if (c.rows.length < COHORT_MIN || c.rows.length / c.partners < COHORT_SHARE) continue;
      let points = 0;
      let lost = 0;
      for (const row of c.rows) {
        const now = reader.value('score', row, t);
        const before = reader.value('score', row, b);
        if (now !== null && before !== null) points += before - now;
        const rn = revenueAt(row, t);
        const rb = revenueAt(row, b);
        if (rn !== null && rb !== null) lost += Math.max(0, rb - rn);
      }
      out.push({
        key: suggestionKey(period.key, 'cohort', key, 'score'),
        rule: 'cohort',
        partner: null,
        cohort: c.cohort,
        subject: cohortLabel(c.cohort),
        title: `${c.rows.length} of ${c.partners} ${cohortLabel(c.cohort)} partners regressing`,
        kpiKey: 'score',
        kpiName: 'Partner score',
        periodKey: period.key,
        value: tidy(c.rows.length / c.partners),
        peerValue: null,
        targetValue: null,
        evidence: `${c.rows.length} of the ${c.partners} partners of the cohort lost score since ${report.baseline.label} beyond the regression threshold (together ${fmt(points)} points and ${fmt(lost)} of quarterly revenue).`,
        rootCause: 'other',
        impactRevenue: tidy(lost),
        impactScore: tidy(points),
        severity: 'high',
      });
    }
  }

  // 2. Scored KPIs in the bottom peer quartile: one suggestion per partner, its costliest KPI.
  const plan = reader.ctx.plan;
  if (plan.kpis.length > 0) {
    const table = benchmarkTable(ws, {
      period: period.key,
      kpis: plan.kpis.map((k) => k.key),
      partners: true,
    });
    const shares = globalKpiShares(plan);
    const parts = table.partners!;
    parts.partnerId.forEach((id, i) => {
      let best: { k: number; points: number; pct: number } | null = null;
      const low: string[] = [];
      table.kpis.forEach((kpi, k) => {
        const pct = parts.percentile[k]![i];
        if (pct === null || pct === undefined || pct > 25) return;
        const stats = table.stats[k]![parts.group[i]!];
        if (!stats || stats.count < table.minGroupSize) return;
        const points = (shares[k] ?? 0) * (50 - pct);
        low.push(kpi.name);
        if (!best || points > best.points) best = { k, points, pct };
      });
      if (!best) return;
      const { k, points, pct } = best as { k: number; points: number; pct: number };
      const kpi = table.kpis[k]!;
      const row = reader.row(id);
      const own = parts.values[k]![i] ?? null;
      const median = table.stats[k]![parts.group[i]!]?.median ?? null;
      const group = table.groups[parts.group[i]!]?.label ?? '';
      const revenueGap =
        kpi.key === 'revenue' && own !== null && median !== null ? Math.max(0, median - own) : null;
      out.push({
        key: suggestionKey(period.key, 'bottom_quartile', ds.partners.externalId[row]!, kpi.key),
        rule: 'bottom_quartile',
        partner: partnerOf(row),
        cohort: null,
        subject: subjectOf(row),
        title: `${kpi.name} in the bottom peer quartile`,
        kpiKey: kpi.key,
        kpiName: kpi.name,
        periodKey: period.key,
        value: tidy(own),
        peerValue: tidy(median),
        targetValue: tidy(median),
        evidence: `${kpi.name} ${fmt(own)} against a peer median of ${fmt(median)} (${group}), percentile ${Math.round(pct)} in ${period.label}.${low.length > 1 ? ` Also in the bottom quartile: ${low.filter((n) => n !== kpi.name).join(', ')}.` : ''}`,
        rootCause:
          GROUP_ROOT_CAUSE[
            plan.groups[plan.groupOf[plan.kpis.findIndex((x) => x.key === kpi.key)]!]!
          ] ?? 'other',
        impactRevenue: tidy(revenueGap),
        impactScore: tidy(points),
        severity: pct <= 10 ? 'medium' : 'low',
      });
    });
  }

  // 3. Risk flags.
  const risks = riskReport(ws, { period: period.key });
  for (const flag of risks.flags) {
    const row = reader.row(flag.partnerId);
    if (row < 0) continue;
    out.push({
      key: suggestionKey(period.key, 'risk', flag.externalId, flag.rule),
      rule: 'risk',
      partner: { externalId: flag.externalId, name: flag.name },
      cohort: null,
      subject: `${flag.externalId} ${flag.name}`,
      title: flag.ruleName,
      kpiKey: null,
      kpiName: null,
      periodKey: period.key,
      value: tidy(flag.value),
      peerValue: null,
      targetValue: tidy(flag.threshold),
      evidence: flag.explanation,
      rootCause: RISK_ROOT_CAUSE[flag.rule],
      impactRevenue: tidy(revenueAt(row, t)),
      impactScore: null,
      severity: flag.severity === 'high' ? 'high' : 'medium',
    });
  }
  return { period: { key: period.key, label: period.label }, all: out };
}

function order(a: SuggestedIssue, b: SuggestedIssue): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (b.impactScore ?? 0) - (a.impactScore ?? 0) ||
    (b.impactRevenue ?? 0) - (a.impactRevenue ?? 0) ||
    a.key.localeCompare(b.key)
  );
}

export function listSuggestions(
  ws: Workspace,
  q: { period?: string; partner?: string; limit: number },
): SuggestionList {
  const { period, all } = draftSuggestions(ws, q.period);
  const accepted = new Set(
    (
      ws.sqlite
        .prepare(
          'SELECT suggestion_key AS k FROM improvement_issues WHERE suggestion_key IS NOT NULL',
        )
        .all() as { k: string }[]
    ).map((r) => r.k),
  );
  const dismissed = new Set(
    (
      ws.sqlite.prepare('SELECT suggestion_key AS k FROM improvement_dismissals').all() as {
        k: string;
      }[]
    ).map((r) => r.k),
  );
  let nAccepted = 0;
  let nDismissed = 0;
  const open = all.filter((s) => {
    if (q.partner && s.partner?.externalId !== q.partner) return false;
    if (accepted.has(s.key)) return (nAccepted++, false);
    if (dismissed.has(s.key)) return (nDismissed++, false);
    return true;
  });
  open.sort(order);
  return {
    period,
    suggestions: open.slice(0, q.limit),
    accepted: nAccepted,
    dismissed: nDismissed,
    more: Math.max(0, open.length - q.limit),
  };
}

export function findSuggestion(ws: Workspace, key: string): SuggestedIssue {
  const { all } = draftSuggestions(ws, periodOfKey(key));
  const found = all.find((s) => s.key === key);
  if (!found) {
    throw new AppError(
      'NOT_FOUND',
      'This suggestion no longer follows from the data (it may have changed since); refresh the list.',
      { key },
    );
  }
  return found;
}

export const SEVERITY_OF: Record<Severity, number> = SEVERITY_RANK;
