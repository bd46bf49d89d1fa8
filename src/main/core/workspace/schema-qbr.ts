/**
 * The QBR tables: one review per partner and quarter (agenda, drafted-then-edited highlights,
 * internal notes, meeting date) and the improvement actions agreed with partners (owner, due
 * date, status, success criterion), which outlive the review that created them.
 */
import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { partners } from './schema';
import { improvementIssues } from './schema-improvement';

/** A highlight as stored: kind (improvement, decline, peer, tier, risk, note), text, audience. */
export interface StoredHighlight {
  kind: string;
  text: string;
  internal?: boolean;
}

export const qbrReviews = sqliteTable(
  'qbr_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    periodKey: text('period_key').notNull(),
    meetingDate: text('meeting_date'),
    agenda: text('agenda', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    highlights: text('highlights', { mode: 'json' })
      .$type<StoredHighlight[]>()
      .notNull()
      .default(sql`'[]'`),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('qbr_reviews_partner_period_uq').on(t.partnerId, t.periodKey)],
);

export const QBR_ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;

export const qbrActions = sqliteTable(
  'qbr_actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    reviewId: integer('review_id').references(() => qbrReviews.id, { onDelete: 'set null' }),
    /** The quarter the action was agreed in. */
    periodKey: text('period_key'),
    title: text('title').notNull(),
    owner: text('owner').notNull().default(''),
    dueDate: text('due_date'),
    status: text('status', { enum: QBR_ACTION_STATUSES }).notNull().default('open'),
    successCriterion: text('success_criterion').notNull().default(''),
    kpiKey: text('kpi_key'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    completedAt: text('completed_at'),
    // The improvement loop (migration `improvement`): the issue the action belongs to, the
    // targeted KPI's value frozen when the action was created, and the plan around it.
    issueId: integer('issue_id').references(() => improvementIssues.id, { onDelete: 'set null' }),
    baselineValue: real('baseline_value'),
    baselinePeriod: text('baseline_period'),
    baselineDate: text('baseline_date'),
    targetValue: real('target_value'),
    resources: text('resources').notNull().default(''),
    contingency: text('contingency').notNull().default(''),
    horizon: text('horizon', { enum: ['quick_win', 'mid_term'] }),
  },
  (t) => [
    index('qbr_actions_partner_idx').on(t.partnerId, t.status),
    index('qbr_actions_status_due_idx').on(t.status, t.dueDate),
    index('qbr_actions_issue_idx').on(t.issueId),
  ],
);
