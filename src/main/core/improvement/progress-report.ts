/**
 * Progress of the backlog against its baselines, re-measured from the current data: every action
 * with a KPI, per group (issue, region, type, tier or owner) and in total, and the cumulative
 * impact by period — for the partners with actions, the score points and revenue gained since
 * each partner's first baseline period.
 */
import type {
  BacklogAction,
  ImpactPoint,
  ProgressGroup,
  ProgressReport,
  ProgressState,
} from '../../../shared/api/improvement-results';
import { AppError } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';
import { allPartners } from './cohort';
import { listBacklog } from './backlog';
import { kpiReader, type KpiReader } from './kpi-reader';

type GroupBy = ProgressReport['groupBy'];

const emptyCounts = (): Record<ProgressState, number> => ({
  achieved: 0,
  'on-track': 0,
  'at-risk': 0,
  missed: 0,
  'no-data': 0,
});

export function summarise(label: string, actions: readonly BacklogAction[]): ProgressGroup {
  const counts = emptyCounts();
  let sum = 0;
  let n = 0;
  for (const a of actions) {
    counts[a.progress ?? 'no-data'] += 1;
    if (a.closed !== null) {
      sum += a.closed;
      n += 1;
    }
  }
  return { label, actions: actions.length, counts, meanClosed: n ? sum / n : null };
}

export function cumulativeImpact(
  reader: KpiReader,
  firstBaseline: Map<number, string>,
): ImpactPoint[] {
  const starts: { row: number; b: number }[] = [];
  for (const [partnerId, periodKey] of firstBaseline) {
    const row = reader.row(partnerId);
    const b = reader.periodIndex(periodKey);
    if (row >= 0 && b >= 0) starts.push({ row, b });
  }
  if (starts.length === 0) return [];
  const first = Math.min(...starts.map((s) => s.b));
  let hasRevenue = true;
  try {
    reader.info('revenue');
  } catch {
    hasRevenue = false;
  }
  const points: ImpactPoint[] = [];
  for (let t = first; t <= reader.latest; t++) {
    let partners = 0;
    let scorePoints = 0;
    let revenue = 0;
    for (const { row, b } of starts) {
      if (b > t) continue;
      partners += 1;
      const now = reader.value('score', row, t);
      const before = reader.value('score', row, b);
      if (now !== null && before !== null) scorePoints += now - before;
      if (hasRevenue) {
        const rn = reader.value('revenue', row, t);
        const rb = reader.value('revenue', row, b);
        if (rn !== null && rb !== null) revenue += rn - rb;
      }
    }
    const p = reader.periods[t]!;
    points.push({
      period: { key: p.key, label: p.label },
      partners,
      scorePoints: Math.round(scorePoints * 100) / 100,
      revenue: Math.round(revenue),
    });
  }
  return points;
}

export function progressReport(
  ws: Workspace,
  q: { partnerId?: number; groupBy: GroupBy; status: 'open' | 'done' | 'all' },
): ProgressReport {
  const reader = kpiReader(ws);
  if (reader.latest < 0) {
    throw new AppError(
      'INVALID_DATA',
      'The workspace has no periods with data yet; import data first.',
    );
  }
  const actions = listBacklog(ws, { status: q.status, partnerId: q.partnerId }, reader).filter(
    (a) => a.kpiKey !== null,
  );
  const facts = new Map(allPartners(ws).map((p) => [p.externalId, p]));
  const keyOf = (a: BacklogAction): string => {
    const p = facts.get(a.partner.externalId);
    switch (q.groupBy) {
      case 'issue':
        return a.issue
          ? `#${a.issue.id} ${a.issue.title} (${a.issue.subject})`
          : 'No issue (QBR actions)';
      case 'region':
        return p?.region ?? 'No region';
      case 'type':
        return p?.type ?? 'No type';
      case 'tier':
        return p?.tier ?? 'No tier';
      case 'owner':
        return a.owner || 'No owner';
    }
  };
  const byGroup = new Map<string, BacklogAction[]>();
  for (const a of actions) {
    const key = keyOf(a);
    byGroup.set(key, [...(byGroup.get(key) ?? []), a]);
  }
  const groups = [...byGroup.entries()]
    .map(([label, list]) => summarise(label, list))
    .sort((a, b) => b.actions - a.actions || a.label.localeCompare(b.label));

  const firstBaseline = new Map<number, string>();
  const ids = new Map([...facts.values()].map((p) => [p.externalId, p.id] as const));
  for (const a of actions) {
    const id = ids.get(a.partner.externalId);
    if (id === undefined || !a.baselinePeriod) continue;
    const known = firstBaseline.get(id);
    const t = reader.periodIndex(a.baselinePeriod);
    if (t < 0) continue;
    if (known === undefined || t < reader.periodIndex(known))
      firstBaseline.set(id, a.baselinePeriod);
  }
  const latest = reader.periods[reader.latest]!;
  return {
    period: { key: latest.key, label: latest.label },
    asOf: latest.endDate,
    groupBy: q.groupBy,
    actions,
    groups,
    total: summarise('Total', actions),
    cumulative: cumulativeImpact(reader, firstBaseline),
  };
}
