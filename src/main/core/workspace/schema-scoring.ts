/**
 * The scoring engine's tables: named methodologies and their versions (a draft is edited, a
 * published version never changes), the changelog written when a version is published, score
 * snapshots that can be recomputed exactly later, and an append-only audit log. SQL triggers in
 * the `scoring_guards` migration enforce the immutability rules even against hand-written SQL.
 */
import { sql } from 'drizzle-orm';
import {
  sqliteTable,
  text,
  integer,
  blob,
  index,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';

export const methodologies = sqliteTable(
  'methodologies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    archivedAt: text('archived_at'),
  },
  (t) => [uniqueIndex('methodologies_name_uq').on(t.name)],
);

/** One version of a methodology; `definition` is the JSON validated by the shared zod schema. */
export const methodologyVersions = sqliteTable(
  'methodology_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    methodologyId: integer('methodology_id')
      .notNull()
      .references(() => methodologies.id, { onDelete: 'restrict' }),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'published'] })
      .notNull()
      .default('draft'),
    definition: text('definition', { mode: 'json' }).notNull(),
    definitionHash: text('definition_hash').notNull(),
    note: text('note').notNull().default(''),
    basedOnVersionId: integer('based_on_version_id').references(
      (): AnySQLiteColumn => methodologyVersions.id,
      { onDelete: 'set null' },
    ),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    publishedAt: text('published_at'),
  },
  (t) => [
    uniqueIndex('methodology_versions_number_uq').on(t.methodologyId, t.version),
    index('methodology_versions_status_idx').on(t.methodologyId, t.status),
  ],
);

/** What changed in a published version, in words a partner manager can pass on to partners. */
export const methodologyChanges = sqliteTable(
  'methodology_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    methodologyId: integer('methodology_id')
      .notNull()
      .references(() => methodologies.id, { onDelete: 'restrict' }),
    versionId: integer('version_id')
      .notNull()
      .references(() => methodologyVersions.id, { onDelete: 'restrict' }),
    version: integer('version').notNull(),
    summary: text('summary').notNull(),
    changes: text('changes', { mode: 'json' }).$type<string[]>().notNull(),
    author: text('author').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('methodology_changes_methodology_idx').on(t.methodologyId, t.version)],
);

/**
 * The scores of one version for one period, with the exact input they were computed from
 * (Arrow IPC blobs), so that the snapshot can be recomputed identically after the data changed.
 */
export const scoreSnapshots = sqliteTable(
  'score_snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    methodologyId: integer('methodology_id')
      .notNull()
      .references(() => methodologies.id, { onDelete: 'restrict' }),
    versionId: integer('version_id')
      .notNull()
      .references(() => methodologyVersions.id, { onDelete: 'restrict' }),
    periodKey: text('period_key').notNull(),
    reason: text('reason').notNull(),
    engineVersion: text('engine_version').notNull(),
    partnerCount: integer('partner_count').notNull(),
    inputMeta: text('input_meta', { mode: 'json' }).notNull(),
    inputPartners: blob('input_partners', { mode: 'buffer' }).notNull(),
    inputValues: blob('input_values', { mode: 'buffer' }).notNull(),
    inputHash: text('input_hash').notNull(),
    results: blob('results', { mode: 'buffer' }).notNull(),
    resultsHash: text('results_hash').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('score_snapshots_version_idx').on(t.versionId, t.periodKey),
    index('score_snapshots_methodology_idx').on(t.methodologyId, t.createdAt),
  ],
);

/** Append-only record of every change to methodologies and snapshots: what, when, details. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    action: text('action').notNull(),
    summary: text('summary').notNull(),
    details: text('details', { mode: 'json' })
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'`),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_at_idx').on(t.at),
  ],
);
