/**
 * What-if scenarios: a named weighting tried against a baseline methodology (the version it was
 * saved against, null when that was the draft), optionally scoped to one region or partner type,
 * and the methodology version it became when published.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { MethodologyDefinition } from '../../../shared/api/scoring-methodology';
import type { ScenarioScope } from '../../../shared/api/scenarios';
import { methodologies } from './schema-scoring';

export const scenarios = sqliteTable(
  'scenarios',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    note: text('note').notNull().default(''),
    methodologyId: integer('methodology_id')
      .notNull()
      .references(() => methodologies.id, { onDelete: 'cascade' }),
    baseVersion: integer('base_version'),
    /** The scenario's methodology definition (validated by the shared zod schema). */
    definition: text('definition_json', { mode: 'json' }).$type<MethodologyDefinition>().notNull(),
    /** null: the weights apply to every partner. */
    scope: text('scope_json', { mode: 'json' }).$type<ScenarioScope | null>(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    publishedVersion: integer('published_version'),
  },
  (t) => [
    uniqueIndex('scenarios_name_uq').on(t.name),
    index('scenarios_methodology_idx').on(t.methodologyId),
  ],
);
