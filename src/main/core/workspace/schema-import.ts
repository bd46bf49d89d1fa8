/**
 * The importer's tables: which files an import read, the values it replaced (so that undo can
 * put them back), where each number came from, and the saved column-mapping presets.
 */
import {
  sqliteTable,
  text,
  integer,
  real,
  primaryKey,
  index,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { imports, measures, partners, periods } from './schema';

/** One row per file an import read (an import may join several: partners plus sales lines). */
export const importFiles = sqliteTable(
  'import_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    fileName: text('file_name').notNull(),
    contentHash: text('content_hash').notNull(),
    bytes: integer('bytes').notNull(),
    kind: text('kind').notNull(),
    rowsRead: integer('rows_read').notNull().default(0),
    rowsAccepted: integer('rows_accepted').notNull().default(0),
    rowsRejected: integer('rows_rejected').notNull().default(0),
  },
  (t) => [
    index('import_files_import_idx').on(t.importId),
    index('import_files_hash_idx').on(t.contentHash),
  ],
);

/**
 * A value or target an import overwrote, as it was before: undo puts it back. `target` is
 * `value` (measure_values) or `target` (targets).
 */
export const importSuperseded = sqliteTable(
  'import_superseded',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    target: text('target', { enum: ['value', 'target'] }).notNull(),
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
    previousImportId: integer('previous_import_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.target, t.partnerId, t.periodId, t.measureId] }),
    index('import_superseded_previous_idx').on(t.previousImportId),
    index('import_superseded_partner_idx').on(t.partnerId),
  ],
);

/**
 * A row an import updated in place (a partner, a deal registration), as it was before: JSON of
 * the whole row. A row the import inserted has no entry here, so undo deletes it.
 */
export const importSupersededRows = sqliteTable(
  'import_superseded_rows',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    tableName: text('table_name', { enum: ['partners', 'deal_registrations'] }).notNull(),
    rowId: integer('row_id').notNull(),
    previous: text('previous', { mode: 'json' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.tableName, t.rowId] }),
    index('import_superseded_rows_row_idx').on(t.tableName, t.rowId),
  ],
);

/**
 * Where a stored number came from: the file, the roll-up rule, how many source rows and which
 * (`rows` lists row numbers as ranges, `2-5,9`, capped for very large cells).
 */
export const valueLineage = sqliteTable(
  'value_lineage',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    fileId: integer('file_id')
      .notNull()
      .references(() => importFiles.id, { onDelete: 'cascade' }),
    target: text('target', { enum: ['value', 'target'] }).notNull(),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    rule: text('rule').notNull(),
    rowCount: integer('row_count').notNull(),
    rows: text('rows').notNull(),
  },
  (t) => [
    index('value_lineage_cell_idx').on(t.partnerId, t.periodId, t.measureId),
    index('value_lineage_import_idx').on(t.importId),
  ],
);

/** Named column mappings saved in the workspace (exportable and importable as JSON). */
export const importPresets = sqliteTable(
  'import_presets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    mapping: text('mapping', { mode: 'json' }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('import_presets_name_uq').on(t.name)],
);
