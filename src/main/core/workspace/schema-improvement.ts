/**
 * The improvement loop (issue #15): performance issues (a partner or a saved cohort filter, the
 * evidence, a root cause, an impact estimate) and the suggestions a user dismissed. Actions are
 * the QBR's `qbr_actions` rows, extended here with the issue they belong to, the KPI baseline
 * frozen when they were created, the target value, resources, contingency and horizon.
 */
import { sqliteTable, text, integer, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { partners } from './schema';

export const ISSUE_ROOT_CAUSES = [
  'capability_gap',
  'misaligned_incentives',
  'gtm_messaging',
  'enablement_resources',
  'channel_conflict',
  'data_quality',
  'other',
] as const;
export const ISSUE_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const ISSUE_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;

/** A saved cohort filter: every field optional, all given ones must match. */
export interface StoredCohort {
  type?: string;
  region?: string;
  tier?: string;
  segment?: string;
  manager?: string;
}

export const improvementIssues = sqliteTable(
  'improvement_issues',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Null for a cohort issue. */
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    cohort: text('cohort', { mode: 'json' }).$type<StoredCohort>(),
    title: text('title').notNull(),
    foundOn: text('found_on').notNull(),
    kpiKey: text('kpi_key'),
    periodKey: text('period_key'),
    value: real('value'),
    peerValue: real('peer_value'),
    targetValue: real('target_value'),
    evidence: text('evidence').notNull().default(''),
    rootCause: text('root_cause', { enum: ISSUE_ROOT_CAUSES }).notNull().default('other'),
    analysis: text('analysis').notNull().default(''),
    impactRevenue: real('impact_revenue'),
    impactScore: real('impact_score'),
    severity: text('severity', { enum: ISSUE_SEVERITIES }).notNull().default('medium'),
    status: text('status', { enum: ISSUE_STATUSES }).notNull().default('open'),
    /** The suggestion it was accepted from, if any. */
    suggestionKey: text('suggestion_key'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('improvement_issues_partner_idx').on(t.partnerId),
    index('improvement_issues_status_idx').on(t.status),
    uniqueIndex('improvement_issues_suggestion_uq').on(t.suggestionKey),
  ],
);

/** Suggested issues the user dismissed; the key names the finding (rule, partner, KPI, period). */
export const improvementDismissals = sqliteTable('improvement_dismissals', {
  suggestionKey: text('suggestion_key').primaryKey(),
  reason: text('reason').notNull().default(''),
  dismissedAt: text('dismissed_at').notNull(),
});
