/**
 * Governed program changes: a change proposal (a methodology draft or new tier thresholds,
 * frozen when proposed) with its impact assessment, sponsor, decision window, decision and
 * partner-facing notice, and the decision log — every proposal, decision and publication, also
 * the methodology versions published directly, without a proposal.
 */
import { index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type {
  ProgramChangeImpact,
  ProgramChangeKind,
  ProgramChangeStatus,
  DecisionLogKind,
} from '../../../shared/api/governance';
import type { MethodologyDefinition } from '../../../shared/api/scoring-methodology';
import { methodologies, methodologyVersions } from './schema-scoring';

export const programChanges = sqliteTable(
  'program_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    kind: text('kind', { enum: ['methodology', 'tiers'] })
      .$type<ProgramChangeKind>()
      .notNull(),
    /** What changes and why, in the proposer's words. */
    description: text('description').notNull().default(''),
    methodologyId: integer('methodology_id')
      .notNull()
      .references(() => methodologies.id, { onDelete: 'restrict' }),
    /** The published version the change is measured against (null: never published). */
    baseVersion: integer('base_version'),
    /** The definition that would be published, frozen when proposed. */
    definition: text('definition_json', { mode: 'json' }).$type<MethodologyDefinition>().notNull(),
    definitionHash: text('definition_hash').notNull(),
    sponsor: text('sponsor').notNull(),
    proposedBy: text('proposed_by').notNull().default(''),
    windowOpens: text('window_opens').notNull(),
    windowCloses: text('window_closes').notNull(),
    status: text('status', { enum: ['open', 'approved', 'rejected', 'deferred'] })
      .$type<ProgramChangeStatus>()
      .notNull()
      .default('open'),
    rationale: text('rationale').notNull().default(''),
    decidedBy: text('decided_by'),
    decidedAt: text('decided_at'),
    /** The methodology version the approval published. */
    publishedVersionId: integer('published_version_id').references(
      (): AnySQLiteColumn => methodologyVersions.id,
      { onDelete: 'restrict' },
    ),
    impact: text('impact_json', { mode: 'json' }).$type<ProgramChangeImpact>().notNull(),
    /** The partner-facing notice as edited; null: the generated draft is used. */
    notice: text('notice'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('program_changes_status_idx').on(t.status, t.windowCloses),
    index('program_changes_methodology_idx').on(t.methodologyId),
  ],
);

/** Append-only: what was proposed, assessed, decided and published, when and by whom. */
export const programDecisionLog = sqliteTable(
  'program_decision_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    changeId: integer('change_id').references(() => programChanges.id, { onDelete: 'restrict' }),
    methodologyId: integer('methodology_id').references(() => methodologies.id, {
      onDelete: 'set null',
    }),
    kind: text('kind').$type<DecisionLogKind>().notNull(),
    actor: text('actor').notNull().default(''),
    summary: text('summary').notNull(),
    details: text('details_json', { mode: 'json' }).$type<Record<string, unknown>>(),
    at: text('at').notNull(),
  },
  (t) => [
    index('program_decision_log_at_idx').on(t.at),
    index('program_decision_log_change_idx').on(t.changeId),
  ],
);
