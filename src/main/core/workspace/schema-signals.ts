/**
 * Qualitative signals: partner survey answers (CSAT on its scale, NPS 0–10, comment) and
 * field-visit notes, per partner and period, each row tied to the import that brought it (undo
 * removes the import and its rows).
 */
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { SignalKind } from '../../../shared/api/signals';
import { partners } from './schema';

export const signalImports = sqliteTable('signal_imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: ['survey', 'visit'] })
    .$type<SignalKind>()
    .notNull(),
  fileName: text('file_name').notNull(),
  rows: integer('rows').notNull(),
  importedAt: text('imported_at').notNull(),
});

export const partnerSignals = sqliteTable(
  'partner_signals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    importId: integer('import_id')
      .notNull()
      .references(() => signalImports.id, { onDelete: 'cascade' }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['survey', 'visit'] })
      .$type<SignalKind>()
      .notNull(),
    periodKey: text('period_key').notNull(),
    /** The answer's or the visit's day (YYYY-MM-DD), when the file gives one. */
    onDate: text('on_date'),
    /** Who answered (survey) or who visited (visit). */
    who: text('who').notNull().default(''),
    csat: real('csat'),
    /** 5 (a 1–5 answer) or 100 (0–100). */
    csatScale: integer('csat_scale'),
    /** The 0–10 "how likely are you to recommend" answer. */
    nps: integer('nps'),
    /** The survey comment or the visit notes. */
    text: text('text').notNull().default(''),
  },
  (t) => [
    index('partner_signals_partner_idx').on(t.partnerId, t.periodKey),
    index('partner_signals_period_idx').on(t.periodKey, t.kind),
    index('partner_signals_import_idx').on(t.importId),
  ],
);
