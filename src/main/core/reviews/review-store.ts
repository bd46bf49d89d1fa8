/**
 * Review records, one per cadence and cycle: opened with what changed since the previous review
 * of the same cadence, then their decisions and lessons learned are written in; searchable.
 */
import { and, desc, eq, lt } from 'drizzle-orm';
import type {
  ReviewCadence,
  ReviewDetail,
  ReviewSearchHit,
  ReviewSummary,
} from '../../../shared/api/reviews';
import { AppError } from '../../../shared/errors';
import type { ScoringService } from '../scoring/service/scoring-service';
import { periodForDate } from '../workspace/periods';
import { programReviews } from '../workspace/schema';
import type { Workspace } from '../workspace/workspace';
import { computeChanges } from './review-changes';

type Row = typeof programReviews.$inferSelect;

/** The cycle of a day: its month (`2026-07`) or its fiscal quarter (`2026-Q3`), and its first day. */
export function cycleOf(
  cadence: ReviewCadence,
  day: string,
  fyStart: number,
): { cycle: string; start: string } {
  if (cadence === 'monthly') return { cycle: day.slice(0, 7), start: `${day.slice(0, 7)}-01` };
  const q = periodForDate(day, 'quarter', fyStart);
  return { cycle: q.key, start: q.startDate };
}

function summaryOf(r: Row): ReviewSummary {
  return {
    id: r.id,
    cadence: r.cadence,
    cycle: r.cycle,
    title: r.title,
    heldOn: r.heldOn,
    tierMoves: { up: r.changes.tierMoves.up, down: r.changes.tierMoves.down },
    newAlerts: r.changes.newAlerts.total,
    actionsCompleted: r.changes.actionsCompleted.length,
    actionsOverdue: r.changes.actionsOverdue.length,
    updatedAt: r.updatedAt,
  };
}

function detailOf(r: Row): ReviewDetail {
  return {
    ...summaryOf(r),
    decisions: r.decisions,
    lessons: r.lessons,
    changes: r.changes,
    computedAt: r.computedAt,
  };
}

function rowOf(ws: Workspace, id: number): Row {
  const r = ws.db.select().from(programReviews).where(eq(programReviews.id, id)).get();
  if (!r) throw new AppError('NOT_FOUND', `No review #${id}.`);
  return r;
}

function previousOf(ws: Workspace, cadence: ReviewCadence, heldOn: string) {
  const p = ws.db
    .select()
    .from(programReviews)
    .where(and(eq(programReviews.cadence, cadence), lt(programReviews.heldOn, heldOn)))
    .orderBy(desc(programReviews.heldOn), desc(programReviews.id))
    .limit(1)
    .get();
  return p ? { id: p.id, heldOn: p.heldOn, toPeriod: p.changes.toPeriod } : null;
}

export function listReviews(ws: Workspace, cadence?: ReviewCadence): ReviewSummary[] {
  return ws.db
    .select()
    .from(programReviews)
    .where(cadence ? eq(programReviews.cadence, cadence) : undefined)
    .orderBy(desc(programReviews.heldOn), desc(programReviews.id))
    .all()
    .map(summaryOf);
}

export function getReview(ws: Workspace, id: number): ReviewDetail {
  return detailOf(rowOf(ws, id));
}

export function createReview(
  ws: Workspace,
  service: ScoringService,
  input: { cadence: ReviewCadence; heldOn?: string; title?: string },
  clock = new Date(),
): ReviewDetail {
  const heldOn = input.heldOn ?? clock.toISOString().slice(0, 10);
  const { cycle, start } = cycleOf(input.cadence, heldOn, ws.getSetting('fiscalYearStartMonth', 1));
  const existing = ws.db
    .select({ id: programReviews.id })
    .from(programReviews)
    .where(and(eq(programReviews.cadence, input.cadence), eq(programReviews.cycle, cycle)))
    .get();
  if (existing) {
    throw new AppError(
      'ALREADY_EXISTS',
      `The ${input.cadence} review of ${cycle} exists already (#${existing.id}); open it instead.`,
      { id: existing.id },
    );
  }
  const changes = computeChanges(ws, service, heldOn, previousOf(ws, input.cadence, heldOn), start);
  const at = clock.toISOString();
  const title =
    input.title?.trim() ||
    `${input.cadence === 'monthly' ? 'Monthly operational review' : 'Quarterly strategic review'} ${cycle}`;
  const id = ws.db
    .insert(programReviews)
    .values({
      cadence: input.cadence,
      cycle,
      title,
      heldOn,
      changes,
      computedAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: programReviews.id })
    .get().id;
  return getReview(ws, id);
}

export function updateReview(
  ws: Workspace,
  input: { id: number; title?: string; decisions?: string; lessons?: string },
): ReviewDetail {
  rowOf(ws, input.id);
  const set: Partial<Row> = { updatedAt: new Date().toISOString() };
  if (input.title !== undefined) set.title = input.title;
  if (input.decisions !== undefined) set.decisions = input.decisions;
  if (input.lessons !== undefined) set.lessons = input.lessons;
  ws.db.update(programReviews).set(set).where(eq(programReviews.id, input.id)).run();
  return getReview(ws, input.id);
}

export function recomputeReview(ws: Workspace, service: ScoringService, id: number): ReviewDetail {
  const r = rowOf(ws, id);
  const { start } = cycleOf(r.cadence, r.heldOn, ws.getSetting('fiscalYearStartMonth', 1));
  const changes = computeChanges(ws, service, r.heldOn, previousOf(ws, r.cadence, r.heldOn), start);
  const at = new Date().toISOString();
  ws.db
    .update(programReviews)
    .set({ changes, computedAt: at, updatedAt: at })
    .where(eq(programReviews.id, id))
    .run();
  return getReview(ws, id);
}

function snippet(text: string, word: string): string {
  const i = text.toLowerCase().indexOf(word.toLowerCase());
  const from = Math.max(0, i - 60);
  const to = Math.min(text.length, i + word.length + 100);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** Decisions and lessons containing every word of the query (case-insensitive). */
export function searchReviews(ws: Workspace, query: string): ReviewSearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits: ReviewSearchHit[] = [];
  for (const r of ws.db.select().from(programReviews).orderBy(desc(programReviews.heldOn)).all()) {
    for (const field of ['decisions', 'lessons'] as const) {
      const text = r[field];
      const lower = text.toLowerCase();
      if (words.length > 0 && words.every((w) => lower.includes(w)))
        hits.push({
          reviewId: r.id,
          cadence: r.cadence,
          cycle: r.cycle,
          title: r.title,
          field,
          snippet: snippet(text, words[0]!),
        });
    }
  }
  return hits;
}
