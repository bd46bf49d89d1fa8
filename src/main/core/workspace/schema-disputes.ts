/**
 * Disputes and corrections (issue #15, item 6). A partner disputes a figure (a KPI of a period)
 * or its tier; a correction overrides one stored value (measure × partner × period) once a second
 * person approved it, until its optional expiry date. The stored value itself is never changed:
 * the scoring engine lays approved, unexpired corrections over the values it loads, so undoing an
 * import and the snapshots of published versions are untouched.
 */
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { measures, partners, periods } from './schema';

export const DISPUTE_STATUSES = [
  'open',
  'under_review',
  'resolved_upheld',
  'resolved_rejected',
] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export const CORRECTION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

export const disputes = sqliteTable(
  'disputes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    /** `kpi`: a KPI's figure of a period; `tier`: the tier of a period. */
    subject: text('subject', { enum: ['kpi', 'tier'] }).notNull(),
    /** The disputed KPI (its key in the methodology); null for a tier dispute. */
    kpiKey: text('kpi_key'),
    periodKey: text('period_key').notNull(),
    reason: text('reason').notNull(),
    evidence: text('evidence').notNull().default(''),
    /** Who raised it (the partner's contact, or the manager who logged it). */
    raisedBy: text('raised_by').notNull().default(''),
    status: text('status', { enum: DISPUTE_STATUSES }).notNull().default('open'),
    resolution: text('resolution').notNull().default(''),
    openedAt: text('opened_at').notNull(),
    reviewStartedAt: text('review_started_at'),
    resolvedAt: text('resolved_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('disputes_status_idx').on(t.status, t.openedAt),
    index('disputes_partner_idx').on(t.partnerId),
  ],
);

export const corrections = sqliteTable(
  'corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    disputeId: integer('dispute_id').references(() => disputes.id, { onDelete: 'set null' }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    /** The stored value when the correction was requested (null: there was none). */
    originalValue: real('original_value'),
    value: real('value').notNull(),
    reason: text('reason').notNull(),
    requestedBy: text('requested_by').notNull(),
    requestedAt: text('requested_at').notNull(),
    status: text('status', { enum: CORRECTION_STATUSES }).notNull().default('pending'),
    approvedBy: text('approved_by'),
    decidedAt: text('decided_at'),
    /** YYYY-MM-DD: from this day on the correction no longer applies. */
    expiresOn: text('expires_on'),
    /** The partner's composite and tier just before and after approval (the methodology named). */
    methodologyLabel: text('methodology_label'),
    scoreBefore: real('score_before'),
    scoreAfter: real('score_after'),
    tierBefore: text('tier_before'),
    tierAfter: text('tier_after'),
  },
  (t) => [
    index('corrections_cell_idx').on(t.partnerId, t.periodId, t.measureId),
    index('corrections_status_idx').on(t.status),
    index('corrections_dispute_idx').on(t.disputeId),
  ],
);
