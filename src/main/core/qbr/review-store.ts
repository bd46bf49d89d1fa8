/** QBR reviews in the workspace: one per partner and quarter. */
import { and, desc, eq, sql } from 'drizzle-orm';
import {
  HIGHLIGHT_KINDS,
  type Highlight,
  type QbrReviewSummary,
} from '../../../shared/api/qbr-results';
import { partners, qbrActions, qbrReviews, type StoredHighlight } from '../workspace/schema';
import type { Workspace } from '../workspace/workspace';

export interface StoredReview {
  id: number;
  partnerId: number;
  periodKey: string;
  meetingDate: string | null;
  agenda: string[];
  highlights: Highlight[];
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewPatch {
  meetingDate?: string | null;
  agenda?: string[];
  highlights?: Highlight[];
  notes?: string;
}

function toHighlight(h: StoredHighlight): Highlight {
  const kind = (HIGHLIGHT_KINDS as readonly string[]).includes(h.kind) ? h.kind : 'note';
  return { kind: kind as Highlight['kind'], text: h.text, internal: h.internal === true };
}

function fromRow(row: typeof qbrReviews.$inferSelect): StoredReview {
  return { ...row, highlights: row.highlights.map(toHighlight) };
}

export function findReview(
  ws: Workspace,
  partnerId: number,
  periodKey: string,
): StoredReview | null {
  const row = ws.db
    .select()
    .from(qbrReviews)
    .where(and(eq(qbrReviews.partnerId, partnerId), eq(qbrReviews.periodKey, periodKey)))
    .get();
  return row ? fromRow(row) : null;
}

/** Creates the review (fields not given start from `initial`) or updates the given fields. */
export function saveReview(
  ws: Workspace,
  partnerId: number,
  periodKey: string,
  patch: ReviewPatch,
  initial: { agenda: string[]; highlights: Highlight[] },
): StoredReview {
  const now = new Date().toISOString();
  const existing = findReview(ws, partnerId, periodKey);
  // QBR rows are not scoring data: keep the engine's loaded dataset (and every cache on it).
  write(ws, existing, partnerId, periodKey, patch, initial, now);
  return findReview(ws, partnerId, periodKey)!;
}

function write(
  ws: Workspace,
  existing: StoredReview | null,
  partnerId: number,
  periodKey: string,
  patch: ReviewPatch,
  initial: { agenda: string[]; highlights: Highlight[] },
  now: string,
) {
  if (!existing) {
    ws.db
      .insert(qbrReviews)
      .values({
        partnerId,
        periodKey,
        meetingDate: patch.meetingDate ?? null,
        agenda: patch.agenda ?? initial.agenda,
        highlights: patch.highlights ?? initial.highlights,
        notes: patch.notes ?? '',
        createdAt: now,
        updatedAt: now,
      })
      .run();
  } else {
    ws.db
      .update(qbrReviews)
      .set({
        ...(patch.meetingDate !== undefined ? { meetingDate: patch.meetingDate } : {}),
        ...(patch.agenda !== undefined ? { agenda: patch.agenda } : {}),
        ...(patch.highlights !== undefined ? { highlights: patch.highlights } : {}),
        ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
        updatedAt: now,
      })
      .where(eq(qbrReviews.id, existing.id))
      .run();
  }
}

export function listReviews(ws: Workspace, limit: number): QbrReviewSummary[] {
  const openActions = sql<number>`(SELECT count(*) FROM ${qbrActions}
    WHERE ${qbrActions.partnerId} = ${qbrReviews.partnerId} AND ${qbrActions.status} != 'done')`;
  return ws.db
    .select({
      id: qbrReviews.id,
      externalId: partners.externalId,
      name: partners.name,
      region: partners.region,
      periodKey: qbrReviews.periodKey,
      meetingDate: qbrReviews.meetingDate,
      openActions,
      updatedAt: qbrReviews.updatedAt,
    })
    .from(qbrReviews)
    .innerJoin(partners, eq(partners.id, qbrReviews.partnerId))
    .orderBy(desc(qbrReviews.updatedAt))
    .limit(limit)
    .all()
    .map((r) => ({
      id: r.id,
      partner: { externalId: r.externalId, name: r.name, region: r.region },
      periodKey: r.periodKey,
      meetingDate: r.meetingDate,
      openActions: Number(r.openActions),
      updatedAt: r.updatedAt,
    }));
}
