/**
 * The workspace's core model (drizzle-orm). `npm run db:generate` turns changes here into a new
 * SQL migration in migrations/; a migration that has landed is never edited, only followed.
 */
import { sql } from 'drizzle-orm';
import {
  sqliteTable,
  text,
  integer,
  real,
  primaryKey,
  index,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';

/** Key/value settings of one workspace (fiscal year start month, name, …); values are JSON. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** One row per import (or generator run): the lineage of every value in the workspace. */
export const imports = sqliteTable('imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind').notNull(),
  fileName: text('file_name').notNull(),
  contentHash: text('content_hash'),
  rowsRead: integer('rows_read').notNull().default(0),
  rowsAccepted: integer('rows_accepted').notNull().default(0),
  rowsRejected: integer('rows_rejected').notNull().default(0),
  mapping: text('mapping', { mode: 'json' }),
  status: text('status').notNull().default('committed'),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  note: text('note'),
});

export const partners = sqliteTable(
  'partners',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalId: text('external_id').notNull(),
    name: text('name').notNull(),
    type: text('type'),
    tier: text('tier'),
    region: text('region'),
    country: text('country'),
    parentId: integer('parent_id').references((): AnySQLiteColumn => partners.id, {
      onDelete: 'set null',
    }),
    accountManager: text('account_manager'),
    status: text('status').notNull().default('active'),
    onboardedOn: text('onboarded_on'),
    attributes: text('attributes', { mode: 'json' })
      .$type<Record<string, string | number | boolean | null>>()
      .notNull()
      .default(sql`'{}'`),
    importId: integer('import_id').references(() => imports.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('partners_external_id_uq').on(t.externalId),
    index('partners_region_idx').on(t.region),
    index('partners_type_idx').on(t.type),
  ],
);

/** Months, quarters and (fiscal) years. Keys: `2025-03`, `2025-Q1`, `FY2025`. */
export const periods = sqliteTable(
  'periods',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    grain: text('grain', { enum: ['month', 'quarter', 'year'] }).notNull(),
    label: text('label').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    fiscalQuarter: integer('fiscal_quarter'),
  },
  (t) => [
    uniqueIndex('periods_key_uq').on(t.key),
    index('periods_grain_start_idx').on(t.grain, t.startDate),
  ],
);

/** Raw metric definitions (revenue, deal registrations, certifications…). */
export const measures = sqliteTable(
  'measures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull().default('count'),
    aggregation: text('aggregation').notNull().default('sum'),
    description: text('description').notNull().default(''),
  },
  (t) => [uniqueIndex('measures_key_uq').on(t.key)],
);

/** partner × period × measure → number, with the import that wrote it. */
export const measureValues = sqliteTable(
  'measure_values',
  {
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    value: real('value').notNull(),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.periodId, t.measureId] }),
    index('measure_values_import_idx').on(t.importId),
    index('measure_values_measure_period_idx').on(t.measureId, t.periodId),
  ],
);

/** Targets and quotas: partner × period × measure → the number the partner should reach. */
export const targets = sqliteTable(
  'targets',
  {
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    value: real('value').notNull(),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.periodId, t.measureId] }),
    index('targets_import_idx').on(t.importId),
  ],
);

/** Deal registrations at transaction grain (needed for pipeline KPIs and abuse checks). */
export const dealRegistrations = sqliteTable(
  'deal_registrations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    reference: text('reference').notNull(),
    registeredOn: text('registered_on').notNull(),
    closedOn: text('closed_on'),
    status: text('status', {
      enum: ['submitted', 'approved', 'rejected', 'won', 'lost'],
    }).notNull(),
    value: real('value').notNull(),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
  },
  (t) => [
    index('deal_registrations_partner_idx').on(t.partnerId, t.registeredOn),
    index('deal_registrations_import_idx').on(t.importId),
    // A commit looks each registration up by partner and reference (update or insert).
    index('deal_registrations_reference_idx').on(t.partnerId, t.reference),
  ],
);

export * from './schema-import';
export * from './schema-scoring';
export * from './schema-qbr';
export * from './schema-benchmark';
export * from './schema-scenarios';
export * from './schema-mdf';
export * from './schema-disputes';
export * from './schema-improvement';
export * from './schema-governance';
export * from './schema-signals';
export * from './schema-reviews';
