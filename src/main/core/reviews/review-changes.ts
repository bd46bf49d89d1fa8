/**
 * What changed between two reviews: tier moves between the scored periods each review saw (the
 * default methodology's newest published version), alerts raised since the previous review,
 * actions completed since then and actions overdue on the review's day (from qbr_actions).
 */
import type { ReviewActionRef, ReviewChanges, ReviewTierMove } from '../../../shared/api/reviews';
import { scoreBaseline } from '../scenarios/baseline';
import { tierLabel } from '../scenarios/scored-side';
import type { ScoringService } from '../scoring/service/scoring-service';
import { resolveMethodology } from '../scoring/views/resolve-methodology';
import type { Workspace } from '../workspace/workspace';

const LIST_LIMIT = 200;

/** The latest scored period that had started by `day` (else the first), as an index; -1 without data. */
export function periodAsOf(service: ScoringService, day: string): number {
  const { dataset } = service.load();
  let t = -1;
  dataset.periods.forEach((p, i) => {
    if (p.startDate <= day) t = i;
  });
  return dataset.periods.length === 0 ? -1 : Math.max(t, 0);
}

function tierMoves(
  ws: Workspace,
  service: ScoringService,
  from: number,
  to: number,
): { methodology: string; up: number; down: number; list: ReviewTierMove[] } {
  const { ref, definition } = resolveMethodology(ws, service, {});
  const label = `${ref.name}, version ${ref.version}`;
  if (from === to) return { methodology: label, up: 0, down: 0, list: [] };
  const { dataset } = service.load();
  const names = definition.tiers.map((t) => t.name);
  const a = scoreBaseline(service, definition, from);
  const b = scoreBaseline(service, definition, to);
  const before = new Map<number, number>();
  a.structural.rows.forEach((row, i) => before.set(row, a.weighted.tier[i]!));
  const list: ReviewTierMove[] = [];
  let up = 0;
  let down = 0;
  b.structural.rows.forEach((row, i) => {
    const was = before.get(row);
    const now = b.weighted.tier[i]!;
    if (was === undefined || was === now) return;
    const direction = now > was ? 'up' : 'down';
    if (direction === 'up') up++;
    else down++;
    if (list.length < LIST_LIMIT)
      list.push({
        partnerId: dataset.partners.id[row]!,
        externalId: dataset.partners.externalId[row]!,
        name: dataset.partners.name[row]!,
        fromTier: tierLabel(names, was),
        toTier: tierLabel(names, now),
        direction,
      });
  });
  return { methodology: label, up, down, list };
}

const ACTION_SELECT = `SELECT a.id, a.title, p.external_id AS externalId, p.name AS partnerName,
  a.owner, a.due_date AS dueDate, a.completed_at AS completedAt
  FROM qbr_actions a JOIN partners p ON p.id = a.partner_id`;

export function computeChanges(
  ws: Workspace,
  service: ScoringService,
  heldOn: string,
  previous: { id: number; heldOn: string; toPeriod: string | null } | null,
  cycleStart: string,
): ReviewChanges {
  const since = previous?.heldOn ?? null;
  const { dataset } = service.load();
  const to = periodAsOf(service, heldOn);
  let from = to;
  if (previous?.toPeriod) {
    const t = dataset.periods.findIndex((p) => p.key === previous.toPeriod);
    if (t >= 0) from = t;
  } else if (to > 0) {
    from = to - 1;
  }
  const moves =
    to < 0 ? { methodology: null, up: 0, down: 0, list: [] } : tierMoves(ws, service, from, to);

  const after = since ?? cycleStart;
  const alertRows = ws.sqlite
    .prepare(
      `SELECT id, title, severity, created_at AS createdAt FROM alerts
        WHERE substr(created_at, 1, 10) ${since ? '>' : '>='} ? AND substr(created_at, 1, 10) <= ?
        ORDER BY (severity = 'high') DESC, id DESC`,
    )
    .all(after, heldOn) as { id: number; title: string; severity: string; createdAt: string }[];
  const bySeverity = { high: 0, medium: 0, info: 0 };
  for (const a of alertRows) {
    if (a.severity === 'high' || a.severity === 'medium' || a.severity === 'info')
      bySeverity[a.severity]++;
  }
  const completed = ws.sqlite
    .prepare(
      `${ACTION_SELECT} WHERE a.status = 'done' AND a.completed_at IS NOT NULL
         AND substr(a.completed_at, 1, 10) ${since ? '>' : '>='} ? AND substr(a.completed_at, 1, 10) <= ?
       ORDER BY a.completed_at DESC LIMIT ${LIST_LIMIT}`,
    )
    .all(after, heldOn) as ReviewActionRef[];
  const overdue = ws.sqlite
    .prepare(
      `${ACTION_SELECT} WHERE a.status <> 'done' AND a.due_date IS NOT NULL AND a.due_date < ?
         AND substr(a.created_at, 1, 10) <= ?
       ORDER BY a.due_date, a.id LIMIT ${LIST_LIMIT}`,
    )
    .all(heldOn, heldOn) as ReviewActionRef[];
  return {
    since,
    previousReviewId: previous?.id ?? null,
    fromPeriod: to < 0 ? null : dataset.periods[from]!.key,
    toPeriod: to < 0 ? null : dataset.periods[to]!.key,
    methodology: moves.methodology,
    tierMoves: { up: moves.up, down: moves.down, list: moves.list },
    newAlerts: {
      total: alertRows.length,
      bySeverity,
      list: alertRows.slice(0, LIST_LIMIT),
    },
    actionsCompleted: completed,
    actionsOverdue: overdue,
  };
}
