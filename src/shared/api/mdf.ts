/**
 * The MDF domain of the API (investment planning): allocation plans that share a budget over
 * partners by contribution and potential under rules (tier eligibility, a minimum and maximum
 * per partner, a co-funding ratio, a reserve), hand edits that keep the plan's total, saved plans
 * compared side by side; claims through their life cycle; utilisation and the return per fund
 * dollar. Amounts cross the API in cents (whole numbers), budgets are entered in currency units.
 */
import { z } from 'zod';
import { method } from './define';
import type { ExportFile } from './export-results';
import type { PeriodRef } from './scoring-results';

const weight = z.number().min(0).max(100);
export const mdfCriterionWeightsSchema = z.object({
  revenue: weight,
  score: weight,
  growth: weight,
  pipeline: weight,
  headroom: weight,
});
export type MdfCriterionWeights = z.infer<typeof mdfCriterionWeightsSchema>;

const cents = z.number().int().min(0).max(1e15);

export const mdfRulesSchema = z.object({
  /** Tier names that may receive funds; null: every tier above the entry tier. */
  eligibleTiers: z.array(z.string().trim().min(1).max(40)).max(20).nullable().default(null),
  minCents: cents.default(0),
  /** null: no maximum. */
  maxCents: cents.nullable().default(null),
  /** The partner's share of each funded activity's cost (0.5: half and half). */
  coFundingRatio: z.number().min(0).max(0.9).default(0.5),
  /** Share of the budget kept back for the period (0–50 %). */
  reserveShare: z.number().min(0).max(0.5).default(0.1),
  /**
   * Shares are proportional to criterion^concentration: 1 is strictly proportional (a flat
   * split, since criteria sit between about 30 and 70), 2 (default) favours the strongest.
   */
  concentration: z.number().min(0.5).max(4).default(2),
  weights: mdfCriterionWeightsSchema.default({
    revenue: 30,
    score: 25,
    growth: 15,
    pipeline: 20,
    headroom: 10,
  }),
});
export type MdfRules = z.infer<typeof mdfRulesSchema>;
export type MdfRulesInput = z.input<typeof mdfRulesSchema>;

export const mdfScopeSchema = z.object({
  region: z.string().trim().min(1).max(200).nullable().default(null),
  type: z.string().trim().min(1).max(200).nullable().default(null),
  /** A program: the partners whose partner-list tier (program level) is this one. */
  program: z.string().trim().min(1).max(200).nullable().default(null),
});
export type MdfScope = z.infer<typeof mdfScopeSchema>;

const lockSchema = z.object({ partnerId: z.number().int().positive(), amountCents: cents });

export const mdfProposalInputSchema = z.object({
  period: z.string().trim().min(1).max(20).optional(),
  budgetCents: cents.refine((c) => c > 0, 'the budget must be more than zero'),
  scope: mdfScopeSchema.default({ region: null, type: null, program: null }),
  rules: mdfRulesSchema.default(mdfRulesSchema.parse({})),
  /** Hand-set amounts kept as they are; the rest is re-spread over the others. */
  locks: z.array(lockSchema).max(100_000).default([]),
});
export type MdfProposalInput = z.input<typeof mdfProposalInputSchema>;
export type MdfProposalArgs = z.output<typeof mdfProposalInputSchema>;

export interface MdfAllocationRow {
  partnerId: number;
  externalId: string;
  name: string;
  region: string | null;
  type: string | null;
  tier: string | null;
  eligible: boolean;
  /** Why the partner receives nothing, when it does not. */
  ineligibleReason: string | null;
  amountCents: number;
  /** Share of the budget (not of the pool). */
  share: number;
  locked: boolean;
  bound: 'min' | 'max' | 'locked' | null;
  /** What the partner is expected to put in beside the funds (co-funding). */
  partnerCoFundingCents: number;
  composite: number | null;
  revenue: number | null;
  growth: number | null;
  pipelineCoverage: number | null;
  gapToNextTier: number | null;
  nextTier: string | null;
  points: { revenue: number; score: number; growth: number; pipeline: number; headroom: number };
  criterion: number;
  /** "12.0 % of budget: score 78, pipeline coverage 4.1×, Gold". */
  explanation: string;
}

export interface MdfProposal {
  period: PeriodRef;
  scope: MdfScope;
  rules: MdfRules;
  budgetCents: number;
  reserveCents: number;
  allocatableCents: number;
  allocatedCents: number;
  unplacedCents: number;
  eligibleCount: number;
  /** How the criterion is computed, in words. */
  criterionText: string;
  warnings: string[];
  /** The methodology's tier names, lowest first (for the eligibility choice). */
  tiers: string[];
  /** Regions, partner types and programs of the period's partners (for the scope choice). */
  scopeOptions: { regions: string[]; types: string[]; programs: string[] };
  rows: MdfAllocationRow[];
}

export interface MdfPlanSummary {
  id: number;
  name: string;
  period: string;
  scope: MdfScope;
  budgetCents: number;
  allocatedCents: number;
  partners: number;
  expiresOn: string;
  createdAt: string;
  updatedAt: string;
}

export interface MdfPlan extends MdfPlanSummary {
  note: string;
  proposal: MdfProposal;
}

export interface MdfComparison {
  plans: MdfPlanSummary[];
  rows: {
    partnerId: number;
    externalId: string;
    name: string;
    tier: string | null;
    amounts: (number | null)[];
  }[];
  totals: number[];
}

export const MDF_CLAIM_STATUSES = ['planned', 'claimed', 'approved', 'rejected', 'paid'] as const;
export type MdfClaimStatus = (typeof MDF_CLAIM_STATUSES)[number];

export interface MdfClaim {
  id: number;
  planId: number;
  planName: string;
  period: string;
  partnerId: number;
  externalId: string;
  partnerName: string;
  region: string | null;
  reference: string;
  activity: string;
  amountCents: number;
  status: MdfClaimStatus;
  proofRef: string | null;
  pipelineSourcedCents: number;
  revenueAttributedCents: number;
  note: string;
  updatedOn: string;
  history: { status: MdfClaimStatus; on: string; note: string }[];
}

export interface MdfClaimImportResult {
  fileName: string;
  rows: number;
  imported: number;
  errors: { file: string; row: number; column: string; message: string }[];
}

export interface MdfUtilisationRow {
  key: string;
  label: string;
  allocatedCents: number;
  claimedCents: number;
  approvedCents: number;
  paidCents: number;
  /** (claimed + approved + paid) ÷ allocated; null without an allocation. */
  utilisation: number | null;
}

export interface MdfUnusedFlag {
  planId: number;
  planName: string;
  partnerId: number;
  externalId: string;
  name: string;
  allocatedCents: number;
  unusedCents: number;
  expiresOn: string;
  daysLeft: number;
  message: string;
}

export interface MdfUtilisation {
  asOf: string;
  byPartner: MdfUtilisationRow[];
  byRegion: MdfUtilisationRow[];
  byPeriod: MdfUtilisationRow[];
  unused: MdfUnusedFlag[];
}

export interface MdfReturnRow {
  partnerId: number;
  externalId: string;
  name: string;
  tier: string | null;
  region: string | null;
  fundedCents: number;
  pipelineSourced: number;
  pipelineInfluenced: number;
  revenueAfter: number;
  revenueBefore: number;
  revenueAttributed: number;
  /** Revenue in the following periods per fund dollar. */
  revenuePerDollar: number | null;
  pipelinePerDollar: number | null;
}

export interface MdfReturn {
  planId: number;
  period: string;
  followingPeriods: string[];
  fundedCents: number;
  pipelineSourced: number;
  pipelineInfluenced: number;
  revenueAfter: number;
  revenueAttributed: number;
  pipelinePerDollar: number | null;
  revenuePerDollar: number | null;
  /** MDF ROI as the KPI library defines it: attributed revenue ÷ funds claimed. */
  roi: number | null;
  comparison: {
    label: string;
    groups: {
      group: string;
      funded: { partners: number; growth: number | null };
      lessFunded: { partners: number; growth: number | null };
    }[];
    fundedGrowth: number | null;
    lessFundedGrowth: number | null;
    note: string;
  };
  rows: MdfReturnRow[];
}

/** One partner's allocation in one saved plan (the partner page, internal). */
export interface MdfPartnerAllocation {
  planId: number;
  planName: string;
  period: string;
  amountCents: number;
  usedCents: number;
  paidCents: number;
  claims: number;
  expiresOn: string;
  explanation: string;
}

const id = z.number().int().positive();
const text = (max: number) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const mdfClaimInputSchema = z.object({
  planId: id,
  partner: z.string().trim().min(1).max(200),
  reference: text(100).min(1),
  activity: text(200).default(''),
  amountCents: cents.refine((c) => c > 0, 'the amount must be more than zero'),
  status: z.enum(['planned', 'claimed']).default('planned'),
  proofRef: text(300).nullable().default(null),
  note: text(2000).default(''),
  on: isoDate.optional(),
});

export const mdfApi = {
  'mdf.propose': method<MdfProposal>()(
    mdfProposalInputSchema,
    'Propose an allocation of a budget over the eligible partners (hand-set amounts kept), each share explained.',
  ),
  'mdf.savePlan': method<MdfPlan>()(
    mdfProposalInputSchema.extend({
      id: id.optional(),
      name: text(80).min(1, 'a plan needs a name'),
      note: text(2000).default(''),
      expiresOn: isoDate.optional(),
    }),
    'Save a plan (new, or replacing plan `id`): its rules, hand-set amounts and the resulting allocation.',
    { writes: ['mdf'] },
  ),
  'mdf.plans': method<MdfPlanSummary[]>()(z.object({}), 'Saved plans, newest first.'),
  'mdf.plan': method<MdfPlan>()(z.object({ id }), 'One saved plan with its allocation.'),
  'mdf.deletePlan': method<{ deleted: boolean }>()(
    z.object({ id }),
    'Delete a plan that has no claims.',
    { writes: ['mdf'] },
  ),
  'mdf.compare': method<MdfComparison>()(
    z.object({ ids: z.array(id).min(2).max(4) }),
    'Saved plans side by side: each partner’s amount in each plan.',
  ),
  'mdf.partner': method<MdfPartnerAllocation[]>()(
    z.object({ partner: z.string().trim().min(1).max(200) }),
    'One partner’s allocations in the saved plans, newest first, with what it claimed and was paid.',
  ),
  'mdf.claims': method<MdfClaim[]>()(
    z.object({
      planId: id.optional(),
      status: z.enum(MDF_CLAIM_STATUSES).optional(),
      partner: z.string().trim().min(1).max(200).optional(),
    }),
    'Claims, filtered by plan, status or partner.',
  ),
  'mdf.addClaim': method<MdfClaim>()(mdfClaimInputSchema, 'Enter a claim against an allocation.', {
    writes: ['mdf'],
  }),
  'mdf.moveClaim': method<MdfClaim>()(
    z.object({
      id,
      to: z.enum(MDF_CLAIM_STATUSES),
      proofRef: text(300).optional(),
      note: text(2000).default(''),
      pipelineSourcedCents: cents.optional(),
      revenueAttributedCents: cents.optional(),
      on: isoDate.optional(),
    }),
    'Move a claim on: planned → claimed (with a proof reference) → approved or rejected → paid.',
    { writes: ['mdf'] },
  ),
  'mdf.importClaims': method<MdfClaimImportResult>()(
    z
      .object({
        fileName: text(500).min(1),
        /** The file as text… */
        csv: z.string().max(50_000_000).optional(),
        /** …or as its bytes (base64): the encoding (UTF-8, UTF-16, Windows-1252) is detected. */
        base64: z.string().max(70_000_000).optional(),
        dryRun: z.boolean().default(false),
      })
      .refine((x) => (x.csv === undefined) !== (x.base64 === undefined), {
        message: 'give the file as csv text or as base64 bytes',
      }),
    'Import claims from CSV (plan, partner, reference, amount, status…); nothing is written when a row is wrong.',
    { writes: ['mdf'] },
  ),
  'mdf.utilisation': method<MdfUtilisation>()(
    z.object({
      planId: id.optional(),
      asOf: isoDate.optional(),
      warnDays: z.number().int().min(0).max(365).default(30),
      /** Flag an allocation when at least this share of it is still unclaimed. */
      minUnusedShare: z.number().min(0).max(1).default(0.25),
    }),
    'Utilisation per partner, region and period, and allocations still unused close to their expiry.',
  ),
  'mdf.return': method<MdfReturn>()(
    z.object({ planId: id, followingPeriods: z.number().int().min(1).max(8).default(2) }),
    'Return per fund dollar: pipeline and revenue after the plan, against similar partners that received less (observational).',
  ),
  'mdf.syncKpis': method<{ importId: number; values: number }>()(
    z.object({ planId: id }),
    'Write the plan’s allocations, claims and attributed revenue into the MDF measures (mdf_allocated, mdf_claimed, mdf_revenue) as an undoable import.',
    { writes: ['mdf', 'data'] },
  ),
  'mdf.exportPlan': method<ExportFile>()(
    z.object({
      planId: id.optional(),
      proposal: mdfProposalInputSchema.optional(),
      format: z.enum(['csv', 'xlsx']),
      /** Without it the file comes back inline (base64) to download. */
      outFile: z.string().trim().min(1).max(4096).optional(),
    }),
    'Write a saved plan (or a proposal) as CSV or XLSX.',
  ),
};
