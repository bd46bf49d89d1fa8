/**
 * The digest of one period (issue #15, item 8): tier moves against the previous period, KPIs
 * against that baseline, actions completed, overdue and coming up, methodology changes, disputes
 * opened and resolved and corrections approved — for the program, a region, a manager, or one
 * partner. The partner variant is built from that partner's rows only (its own tier, KPIs,
 * actions and disputes, and the program's methodology changelog), so no other partner's name or
 * figure can reach it.
 */
import type {
  DigestAction,
  DigestData,
  DigestKpiLine,
  DigestScope,
  DigestTierMove,
} from '../../../shared/api/digest';
import { kpiLabel, disputeStatusLabel } from '../disputes/dispute-store';
import { todayIso } from '../disputes/today';
import { scoredPeriod } from '../export/scorecard/scored-period';
import type { Workspace } from '../workspace/workspace';
import { resolveScope } from './digest-scope';

const UPCOMING_DAYS = 45;

const num = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? null : x);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface ActionRow {
  partnerId: number;
  partnerName: string;
  title: string;
  owner: string;
  dueDate: string | null;
  status: string;
  completedAt: string | null;
  kpiKey: string | null;
  periodKey: string | null;
}

export function buildDigest(ws: Workspace, scope: DigestScope, now = new Date()): DigestData {
  const target = resolveScope(ws, scope);
  const partnerSafe = target.kind === 'partner';
  const s = scoredPeriod(ws, { period: scope.period });
  const { dataset: ds, plan, t, trend } = s;
  const period = ds.periods[t]!;
  const base = t > 0 ? ds.periods[t - 1]! : null;
  const today = todayIso(now);
  const isLatest = t === ds.periods.length - 1;
  // The window the digest reports on: the period, running on to today for the latest one.
  const from = period.startDate;
  const to = isLatest && today > period.endDate ? today : period.endDate;
  const asOf = to < today ? to : today;
  const inWindow = (iso: string | null) =>
    iso !== null && iso.slice(0, 10) >= from && iso.slice(0, 10) <= to;

  const rows: number[] = [];
  ds.partners.id.forEach((id, p) => {
    if (target.ids.has(id)) rows.push(p);
  });
  const tiers = plan.definition.tiers;
  const tierName = (k: number) => tiers[k]?.name ?? null;
  const N = trend.partners;

  // Tier moves (program, region, manager); the partner variant shows its own tier only.
  const tierMoves: DigestTierMove[] = [];
  let ownTier: DigestData['ownTier'] = null;
  if (base) {
    for (const p of rows) {
      const a = trend.tier[(t - 1) * N + p]!;
      const b = trend.tier[t * N + p]!;
      const scoreFrom = num(trend.composite[(t - 1) * N + p]);
      const scoreTo = num(trend.composite[t * N + p]);
      if (partnerSafe) {
        ownTier = { from: tierName(a), to: tierName(b), scoreFrom, scoreTo };
        continue;
      }
      if (a === b || a < 0 || b < 0) continue;
      tierMoves.push({
        externalId: ds.partners.externalId[p]!,
        name: ds.partners.name[p]!,
        from: tierName(a),
        to: tierName(b),
        scoreFrom,
        scoreTo,
        direction: tiers[b]!.minScore > tiers[a]!.minScore ? 'up' : 'down',
      });
    }
    tierMoves.sort((x, y) =>
      x.direction === y.direction ? x.name.localeCompare(y.name) : x.direction === 'up' ? -1 : 1,
    );
  } else if (partnerSafe && rows[0] !== undefined) {
    const p = rows[0];
    ownTier = {
      from: null,
      to: tierName(trend.tier[t * N + p]!),
      scoreFrom: null,
      scoreTo: num(trend.composite[t * N + p]),
    };
  }

  // KPIs: the scope's median (or the partner's own value) now against the previous period.
  const now_ = s.ps.structural;
  const prev = s.previous()?.structural ?? null;
  const rowIndex = (rowsOf: Int32Array) => {
    const m = new Map<number, number>();
    rowsOf.forEach((p, i) => m.set(p, i));
    return m;
  };
  const iNow = rowIndex(now_.rows);
  const iPrev = prev ? rowIndex(prev.rows) : new Map<number, number>();
  const kpis: DigestKpiLine[] = plan.kpis.map((k, kIdx) => {
    const collect = (raw: Float64Array | undefined, index: Map<number, number>) =>
      rows
        .map((p) => index.get(p))
        .filter((i): i is number => i !== undefined)
        .map((i) => raw![i]!)
        .filter((v) => !Number.isNaN(v));
    const current = median(collect(now_.raw[kIdx], iNow));
    const baseline = prev ? median(collect(prev.raw[kIdx], iPrev)) : null;
    return {
      kpi: k.key,
      name: k.def.name,
      unit: k.def.unit,
      baseline,
      current,
      change: current !== null && baseline !== null ? current - baseline : null,
    };
  });

  // Actions (QBR actions as they are stored).
  const ids = [...target.ids];
  const inScope = (id: number) => target.ids.has(id);
  const actionRows = (
    ws.sqlite
      .prepare(
        `SELECT a.partner_id AS partnerId, p.name AS partnerName, a.title, a.owner, a.due_date AS dueDate,
                a.status, a.completed_at AS completedAt, a.kpi_key AS kpiKey, a.period_key AS periodKey
         FROM qbr_actions a JOIN partners p ON p.id = a.partner_id
         ORDER BY a.due_date IS NULL, a.due_date, a.id`,
      )
      .all() as ActionRow[]
  ).filter((a) => inScope(a.partnerId));
  // A targeted KPI's value when the action was agreed (its baseline) and in the digest's period.
  const rowIndexAt = new Map<number, { raw: Float64Array[]; index: Map<number, number> }>();
  const kpiAt = (kIdx: number, tAt: number, partnerId: number): number | null => {
    let at = rowIndexAt.get(tAt);
    if (!at) {
      const st = tAt === t ? now_ : s.service.score(plan, tAt).structural;
      at = { raw: st.raw, index: rowIndex(st.rows) };
      rowIndexAt.set(tAt, at);
    }
    const p = ds.partners.id.indexOf(partnerId);
    const i = at.index.get(p);
    return i === undefined ? null : num(at.raw[kIdx]![i]);
  };
  const action = (a: ActionRow): DigestAction => {
    const kIdx = a.kpiKey === null ? -1 : plan.kpis.findIndex((k) => k.key === a.kpiKey);
    const tBase = a.periodKey === null ? -1 : ds.periods.findIndex((p) => p.key === a.periodKey);
    return {
      partner: partnerSafe ? null : a.partnerName,
      title: a.title,
      owner: a.owner,
      dueDate: a.dueDate,
      status: a.status,
      completedAt: a.completedAt,
      kpi: kIdx >= 0 ? plan.kpis[kIdx]!.def.name : kpiLabel(a.kpiKey),
      kpiUnit: kIdx >= 0 ? plan.kpis[kIdx]!.def.unit : null,
      kpiBaseline: kIdx >= 0 && tBase >= 0 ? kpiAt(kIdx, tBase, a.partnerId) : null,
      kpiNow: kIdx >= 0 ? kpiAt(kIdx, t, a.partnerId) : null,
    };
  };
  const horizon = addDays(asOf, UPCOMING_DAYS);
  const actionsCompleted = actionRows
    .filter((a) => a.status === 'done' && inWindow(a.completedAt))
    .map(action);
  const actionsOverdue = actionRows
    .filter((a) => a.status !== 'done' && a.dueDate !== null && a.dueDate < asOf)
    .map(action);
  const actionsUpcoming = actionRows
    .filter(
      (a) => a.status !== 'done' && a.dueDate !== null && a.dueDate >= asOf && a.dueDate <= horizon,
    )
    .map(action);

  // Methodology changes published in the window (the program's changelog).
  const otherNames = partnerSafe
    ? (
        ws.sqlite.prepare('SELECT name FROM partners WHERE id <> ?').all(ids[0]) as {
          name: string;
        }[]
      )
        .map((r) => r.name)
        .filter((n) => n.length >= 3)
    : [];
  const safeText = (text: string) => !otherNames.some((n) => text.includes(n));
  const methodologyChanges = (
    ws.sqlite
      .prepare(
        `SELECT version, created_at AS date, summary, changes FROM methodology_changes ORDER BY id`,
      )
      .all() as { version: number; date: string; summary: string; changes: string }[]
  )
    .filter((c) => inWindow(c.date))
    .map((c) => ({
      version: c.version,
      date: c.date.slice(0, 10),
      summary: safeText(c.summary) ? c.summary : 'Methodology updated',
      changes: (JSON.parse(c.changes) as string[]).filter(safeText),
    }));

  // Disputes and corrections.
  const disputeRows = (
    ws.sqlite
      .prepare(
        `SELECT d.id, d.partner_id AS partnerId, p.name AS partnerName, d.subject, d.kpi_key AS kpiKey,
                d.period_key AS periodKey, d.status, d.opened_at AS openedAt, d.resolved_at AS resolvedAt,
                d.resolution
         FROM disputes d JOIN partners p ON p.id = d.partner_id ORDER BY d.opened_at, d.id`,
      )
      .all() as {
      id: number;
      partnerId: number;
      partnerName: string;
      subject: 'kpi' | 'tier';
      kpiKey: string | null;
      periodKey: string;
      status: 'open' | 'under_review' | 'resolved_upheld' | 'resolved_rejected';
      openedAt: string;
      resolvedAt: string | null;
      resolution: string;
    }[]
  ).filter((d) => inScope(d.partnerId));
  const figure = (d: { subject: 'kpi' | 'tier'; kpiKey: string | null; periodKey: string }) =>
    `${d.subject === 'tier' ? 'Tier' : kpiLabel(d.kpiKey)} ${d.periodKey}`;
  const correctionRows = (
    ws.sqlite
      .prepare(
        `SELECT c.partner_id AS partnerId, p.name AS partnerName, m.name AS measureName, m.unit, pe.key AS periodKey,
                c.original_value AS originalValue, c.value, c.approved_by AS approvedBy, c.decided_at AS decidedAt
         FROM corrections c JOIN partners p ON p.id = c.partner_id JOIN measures m ON m.id = c.measure_id
         JOIN periods pe ON pe.id = c.period_id WHERE c.status = 'approved' ORDER BY c.decided_at, c.id`,
      )
      .all() as {
      partnerId: number;
      partnerName: string;
      measureName: string;
      unit: string;
      periodKey: string;
      originalValue: number | null;
      value: number;
      approvedBy: string;
      decidedAt: string;
    }[]
  ).filter((c) => inScope(c.partnerId) && inWindow(c.decidedAt));
  const disputes: DigestData['disputes'] = {
    opened: disputeRows
      .filter((d) => inWindow(d.openedAt))
      .map((d) => ({
        id: d.id,
        partner: partnerSafe ? null : d.partnerName,
        figure: figure(d),
        status: disputeStatusLabel(d.status),
        openedAt: d.openedAt.slice(0, 10),
      })),
    resolved: disputeRows
      .filter((d) => d.resolvedAt !== null && inWindow(d.resolvedAt))
      .map((d) => ({
        id: d.id,
        partner: partnerSafe ? null : d.partnerName,
        figure: figure(d),
        status: disputeStatusLabel(d.status),
        resolvedAt: d.resolvedAt!.slice(0, 10),
        resolution: d.resolution,
      })),
    corrections: correctionRows.map((c) => ({
      partner: partnerSafe ? null : c.partnerName,
      figure: `${c.measureName} ${c.periodKey}`,
      unit: c.unit,
      from: c.originalValue,
      to: c.value,
      approvedBy: c.approvedBy,
    })),
  };

  const up = tierMoves.filter((m) => m.direction === 'up').length;
  const down = tierMoves.length - up;
  const summary: string[] = [];
  if (partnerSafe) {
    if (ownTier?.to) {
      summary.push(
        ownTier.from && ownTier.from !== ownTier.to
          ? `Tier moved from ${ownTier.from} to ${ownTier.to}.`
          : `Tier ${ownTier.to}${ownTier.from ? ', unchanged since the previous period' : ''}.`,
      );
    }
  } else if (base) {
    summary.push(
      `${plural(up, 'partner')} moved up a tier and ${plural(down, 'partner')} moved down since ${base.label}.`,
    );
  }
  summary.push(
    `${plural(actionsCompleted.length, 'action')} completed, ${actionsOverdue.length} overdue, ${actionsUpcoming.length} due in the next ${UPCOMING_DAYS} days.`,
  );
  if (disputes.opened.length || disputes.resolved.length)
    summary.push(
      `${plural(disputes.opened.length, 'dispute')} opened and ${disputes.resolved.length} resolved.`,
    );
  if (methodologyChanges.length)
    summary.push(`${plural(methodologyChanges.length, 'methodology change')} published.`);

  return {
    kind: target.kind,
    scopeLabel: target.label,
    partnerSafe,
    period: {
      key: period.key,
      label: period.label,
      startDate: period.startDate,
      endDate: period.endDate,
    },
    baselinePeriod: base ? { key: base.key, label: base.label } : null,
    methodology: `${s.ref.name}${s.ref.version === null ? ' (draft)' : `, version ${s.ref.version}`}`,
    generatedAt: now.toISOString(),
    partners: partnerSafe ? 1 : rows.length,
    summary,
    tierMoves,
    ownTier,
    kpis,
    actionsCompleted,
    actionsOverdue,
    actionsUpcoming,
    methodologyChanges,
    disputes,
  };
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
