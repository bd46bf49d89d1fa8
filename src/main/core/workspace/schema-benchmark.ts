/**
 * Benchmarking's tables: external reference benchmarks (industry averages imported from a CSV of
 * KPI → value) and the alerts inbox (a partner moved into Grow, Intervene or Exit review, or a
 * risk flag fired, between two periods). Benchmark and risk settings live in `settings`.
 */
import { sqliteTable, text, integer, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { partners } from './schema';

/** One reference value per source and KPI, e.g. "Industry survey 2025" · win_rate → 0.31. */
export const benchmarkReferences = sqliteTable(
  'benchmark_references',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    source: text('source').notNull(),
    kpi: text('kpi').notNull(),
    value: real('value').notNull(),
    note: text('note').notNull().default(''),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [uniqueIndex('benchmark_references_source_kpi_uq').on(t.source, t.kpi)],
);

/**
 * The alerts inbox. `dedupeKey` identifies what the alert is about (kind, code, partner, period),
 * so that checking the same two periods again never repeats an alert, even one marked done.
 */
export const alerts = sqliteTable(
  'alerts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['segment', 'risk', 'escalation'] }).notNull(),
    /** The segment moved into, or the risk rule's key. */
    code: text('code').notNull(),
    /** Null for portfolio-wide alerts (the top-N revenue share). */
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    periodKey: text('period_key').notNull(),
    previousPeriodKey: text('previous_period_key').notNull(),
    severity: text('severity', { enum: ['high', 'medium', 'info'] }).notNull(),
    title: text('title').notNull(),
    message: text('message').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: text('created_at').notNull(),
    doneAt: text('done_at'),
  },
  (t) => [
    uniqueIndex('alerts_dedupe_uq').on(t.dedupeKey),
    index('alerts_done_idx').on(t.doneAt, t.id),
    index('alerts_partner_idx').on(t.partnerId),
  ],
);
