/**
 * The review cadence: one record per cycle (a month for operational reviews, a fiscal quarter
 * for strategic ones) with what changed since the previous review, computed and kept as it was
 * when the review was held, and the decisions and lessons learned typed in.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ReviewCadence, ReviewChanges } from '../../../shared/api/reviews';

export const programReviews = sqliteTable(
  'program_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cadence: text('cadence', { enum: ['monthly', 'quarterly'] })
      .$type<ReviewCadence>()
      .notNull(),
    /** `2026-07` (monthly) or `2026-Q3` (quarterly, fiscal). */
    cycle: text('cycle').notNull(),
    title: text('title').notNull(),
    heldOn: text('held_on').notNull(),
    changes: text('changes_json', { mode: 'json' }).$type<ReviewChanges>().notNull(),
    computedAt: text('computed_at').notNull(),
    decisions: text('decisions').notNull().default(''),
    lessons: text('lessons').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('program_reviews_cycle_uq').on(t.cadence, t.cycle),
    index('program_reviews_held_idx').on(t.cadence, t.heldOn),
  ],
);
