/**
 * Investment planning (MDF): saved allocation plans (their inputs and the proposal they gave),
 * each partner's allocation in cents, and claims against those allocations with their history.
 */
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type { MdfClaimStatus, MdfProposal, MdfRules, MdfScope } from '../../../shared/api/mdf';
import { partners } from './schema';

export const mdfPlans = sqliteTable(
  'mdf_plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    note: text('note').notNull().default(''),
    periodKey: text('period_key').notNull(),
    scope: text('scope_json', { mode: 'json' }).$type<MdfScope>().notNull(),
    rules: text('rules_json', { mode: 'json' }).$type<MdfRules>().notNull(),
    budgetCents: integer('budget_cents').notNull(),
    /** Hand-set amounts: [{ partnerId, amountCents }]. */
    locks: text('locks_json', { mode: 'json' })
      .$type<{ partnerId: number; amountCents: number }[]>()
      .notNull()
      .default(sql`'[]'`),
    allocatedCents: integer('allocated_cents').notNull(),
    /** The proposal as saved (explanations included), so a plan reads back as it was decided. */
    proposal: text('proposal_json', { mode: 'json' }).$type<MdfProposal>().notNull(),
    /** Claims are accepted until this day; unused funds are flagged before it. */
    expiresOn: text('expires_on').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('mdf_plans_name_uq').on(t.name),
    index('mdf_plans_period_idx').on(t.periodKey),
  ],
);

export const mdfAllocations = sqliteTable(
  'mdf_allocations',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => mdfPlans.id, { onDelete: 'cascade' }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    amountCents: integer('amount_cents').notNull(),
    locked: integer('locked', { mode: 'boolean' }).notNull().default(false),
    criterion: real('criterion').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.partnerId] }),
    index('mdf_allocations_partner_idx').on(t.partnerId),
  ],
);

export const mdfClaims = sqliteTable(
  'mdf_claims',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => mdfPlans.id, { onDelete: 'restrict' }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    reference: text('reference').notNull(),
    activity: text('activity').notNull().default(''),
    amountCents: integer('amount_cents').notNull(),
    status: text('status', { enum: ['planned', 'claimed', 'approved', 'rejected', 'paid'] })
      .$type<MdfClaimStatus>()
      .notNull(),
    proofRef: text('proof_ref'),
    pipelineSourcedCents: integer('pipeline_sourced_cents').notNull().default(0),
    revenueAttributedCents: integer('revenue_attributed_cents').notNull().default(0),
    note: text('note').notNull().default(''),
    updatedOn: text('updated_on').notNull(),
    history: text('history_json', { mode: 'json' })
      .$type<{ status: MdfClaimStatus; on: string; note: string }[]>()
      .notNull()
      .default(sql`'[]'`),
  },
  (t) => [
    uniqueIndex('mdf_claims_reference_uq').on(t.reference),
    index('mdf_claims_plan_partner_idx').on(t.planId, t.partnerId),
    index('mdf_claims_status_idx').on(t.status),
  ],
);
