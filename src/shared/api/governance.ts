/**
 * The governance domain of the API: program changes (publishing a methodology draft or new tier
 * thresholds) go through a change proposal with an impact assessment computed by the What-if
 * engine (who changes tier, the revenue and MDF they carry), a sponsor, a decision window, a
 * decision with its rationale and a partner-facing notice; the decision log keeps every step,
 * and also the versions published directly, without a proposal.
 */
import { z } from 'zod';
import { method } from './define';
import { methodologyDefinitionSchema } from './scoring-methodology';
import type { PeriodRef, PublishResult } from './scoring-results';
import type { TierExposure } from './scenarios-results';

export const PROGRAM_CHANGE_KINDS = ['methodology', 'tiers'] as const;
export type ProgramChangeKind = (typeof PROGRAM_CHANGE_KINDS)[number];
export const PROGRAM_CHANGE_STATUSES = ['open', 'approved', 'rejected', 'deferred'] as const;
export type ProgramChangeStatus = (typeof PROGRAM_CHANGE_STATUSES)[number];
export const PROGRAM_DECISIONS = ['approved', 'rejected', 'deferred'] as const;
export type ProgramDecision = (typeof PROGRAM_DECISIONS)[number];

export type DecisionLogKind =
  | 'proposed'
  | 'assessed'
  | 'approved'
  | 'rejected'
  | 'deferred'
  | 'published'
  | 'direct-publish'
  | 'notice';

export interface ImpactMover {
  partnerId: number;
  externalId: string;
  name: string;
  region: string | null;
  type: string | null;
  fromTier: string | null;
  toTier: string | null;
  before: number | null;
  after: number | null;
  direction: 'up' | 'down';
  /** The period's revenue (0 without a value). */
  revenue: number;
  /** The partner's MDF allocation in the saved plans used for exposure, in cents. */
  mdfAllocatedCents: number;
}

export interface ImpactSide {
  partners: number;
  revenue: number;
  /** From the `mdf_allocated` measure of the period (What-if's exposure). */
  mdfMeasure: number;
  /** From the saved MDF plans' allocations, in cents. */
  mdfAllocatedCents: number;
}

/** What a program change would do, computed with the What-if engine when proposed (or re-assessed). */
export interface ProgramChangeImpact {
  period: PeriodRef;
  baseline: { methodologyId: number; name: string; version: number | null };
  assessedAt: string;
  partners: number;
  moved: { up: number; down: number; same: number };
  meanChange: number | null;
  fromTiers: string[];
  toTiers: string[];
  matrix: number[][];
  up: ImpactSide;
  down: ImpactSide;
  exposure: TierExposure[];
  /** The saved MDF plans whose allocations count as exposed (the period's plans, else the newest). */
  mdfPlans: { id: number; name: string; period: string }[];
  /** Every partner changing tier (biggest moves first), at most `MAX_IMPACT_MOVERS`. */
  movers: ImpactMover[];
  moversTruncated: boolean;
  /** The readable diff from the baseline version to the proposed definition. */
  changes: string[];
}

export const MAX_IMPACT_MOVERS = 2000;

export interface ProgramChangeSummary {
  id: number;
  title: string;
  kind: ProgramChangeKind;
  methodologyId: number;
  methodologyName: string;
  baseVersion: number | null;
  sponsor: string;
  windowOpens: string;
  windowCloses: string;
  status: ProgramChangeStatus;
  /** Open or deferred and the decision window has closed. */
  overdue: boolean;
  decidedBy: string | null;
  decidedAt: string | null;
  publishedVersion: number | null;
  moved: { up: number; down: number };
  createdAt: string;
}

export interface DecisionLogEntry {
  id: number;
  changeId: number | null;
  changeTitle: string | null;
  methodologyId: number | null;
  methodologyName: string | null;
  kind: DecisionLogKind;
  actor: string;
  summary: string;
  at: string;
}

export interface ProgramChangeDetail extends ProgramChangeSummary {
  description: string;
  proposedBy: string;
  rationale: string;
  definition: z.output<typeof methodologyDefinitionSchema>;
  impact: ProgramChangeImpact;
  /** The baseline is no longer the newest published version: re-assess before deciding. */
  outdated: boolean;
  /** The notice as edited, else the generated draft. */
  notice: string;
  noticeEdited: boolean;
  generatedNotice: string;
  log: DecisionLogEntry[];
}

export interface ProgramDecisionResult {
  change: ProgramChangeDetail;
  /** Set when an approval published a methodology version. */
  published: PublishResult | null;
}

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const person = z.string().trim().min(1).max(120);
const tierThreshold = z.object({
  tier: z.string().trim().min(1).max(40),
  minScore: z.number().min(0).max(100),
});

export const programChangeInputSchema = z
  .object({
    kind: z.enum(PROGRAM_CHANGE_KINDS),
    methodologyId: id,
    title: z.string().trim().min(1, 'a change needs a title').max(200),
    description: z.string().trim().max(8000).default(''),
    sponsor: person,
    proposedBy: z.string().trim().max(120).default(''),
    windowOpens: isoDate,
    windowCloses: isoDate,
    /** kind `tiers`: the new minimum scores (tiers not named keep theirs). */
    thresholds: z.array(tierThreshold).max(10).optional(),
    /** kind `methodology`: the definition to publish; without it, the methodology's draft. */
    definition: methodologyDefinitionSchema.optional(),
    /** The period the impact is assessed on (default: the latest). */
    period: z.string().trim().min(1).max(20).optional(),
  })
  .refine((x) => x.windowCloses >= x.windowOpens, {
    message: 'the decision window closes before it opens',
    path: ['windowCloses'],
  })
  .refine((x) => x.kind !== 'tiers' || (x.thresholds?.length ?? 0) > 0, {
    message: 'a tier-threshold change names at least one tier and its new minimum score',
    path: ['thresholds'],
  });
export type ProgramChangeInput = z.input<typeof programChangeInputSchema>;

/** What would change: enough to assess the impact before proposing. */
export const programChangeDraftSchema = z.object({
  kind: z.enum(PROGRAM_CHANGE_KINDS),
  methodologyId: id,
  thresholds: z.array(tierThreshold).max(10).optional(),
  definition: methodologyDefinitionSchema.optional(),
  period: z.string().trim().min(1).max(20).optional(),
});

export const governanceApi = {
  'governance.assessDraft': method<ProgramChangeImpact>()(
    programChangeDraftSchema,
    'The impact a change would have (nothing is saved): who changes tier, revenue and MDF exposed.',
  ),
  'governance.changes': method<ProgramChangeSummary[]>()(
    z.object({ status: z.enum([...PROGRAM_CHANGE_STATUSES, 'all']).default('all') }),
    'Program change proposals, newest first, with their decision window and status.',
  ),
  'governance.change': method<ProgramChangeDetail>()(
    z.object({ id }),
    'One change proposal: what changes, its impact assessment, decision, notice and its log.',
  ),
  'governance.propose': method<ProgramChangeDetail>()(
    programChangeInputSchema,
    'Propose a program change (a methodology draft or new tier thresholds): the impact is assessed with the What-if engine.',
    { writes: ['governance'] },
  ),
  'governance.assess': method<ProgramChangeDetail>()(
    z.object({ id, period: z.string().trim().min(1).max(20).optional() }),
    'Assess an undecided proposal again against the newest published version and current data.',
    { writes: ['governance'] },
  ),
  'governance.decide': method<ProgramDecisionResult>()(
    z.object({
      id,
      decision: z.enum(PROGRAM_DECISIONS),
      rationale: z.string().trim().min(1, 'a decision needs its rationale').max(8000),
      decidedBy: person,
      /** Approval: the changelog text of the published version (default: the title). */
      changelog: z.string().trim().min(1).max(2000).optional(),
      /** Approval: replace a different unpublished draft of the methodology. */
      replaceDraft: z.boolean().default(false),
      /** Allow a decision outside the decision window. */
      outsideWindow: z.boolean().default(false),
    }),
    'Decide a proposal (approved, rejected or deferred) with its rationale; approving publishes the methodology version.',
    {
      writes: (a) => (a.decision === 'approved' ? ['governance', 'methodology'] : ['governance']),
    },
  ),
  'governance.saveNotice': method<ProgramChangeDetail>()(
    z.object({ id, text: z.string().max(20_000).nullable() }),
    'Save the edited partner-facing notice (null: back to the generated draft).',
    { writes: ['governance'] },
  ),
  'governance.log': method<DecisionLogEntry[]>()(
    z.object({
      methodologyId: id.optional(),
      limit: z.number().int().min(1).max(5000).default(500),
    }),
    'The decision log, newest first: proposals, decisions, publications (direct ones too).',
  ),
};
