/**
 * The cadence domain of the API: monthly operational and quarterly strategic reviews, one record
 * per cycle with what changed since the previous review of the same cadence (tier moves, new
 * alerts, actions completed and overdue), its decisions and lessons learned (searchable); and
 * the escalation of overdue or critical actions along a configurable path (owner → manager →
 * program lead, days per step), raising alerts in the alerts inbox.
 */
import { z } from 'zod';
import { method } from './define';

export const REVIEW_CADENCES = ['monthly', 'quarterly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];
export const ESCALATION_LEVELS = ['owner', 'manager', 'program_lead'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export interface ReviewTierMove {
  partnerId: number;
  externalId: string;
  name: string;
  fromTier: string | null;
  toTier: string | null;
  direction: 'up' | 'down';
}

export interface ReviewActionRef {
  id: number;
  title: string;
  externalId: string;
  partnerName: string;
  owner: string;
  dueDate: string | null;
  completedAt: string | null;
}

/** What changed between the previous review of the same cadence and this one. */
export interface ReviewChanges {
  /** The day the comparison starts from (the previous review's day; null for the first review). */
  since: string | null;
  previousReviewId: number | null;
  /** Scored periods compared (the same one twice when no new period was scored in between). */
  fromPeriod: string | null;
  toPeriod: string | null;
  methodology: string | null;
  tierMoves: { up: number; down: number; list: ReviewTierMove[] };
  newAlerts: {
    total: number;
    bySeverity: { high: number; medium: number; info: number };
    list: { id: number; title: string; severity: string; createdAt: string }[];
  };
  actionsCompleted: ReviewActionRef[];
  actionsOverdue: ReviewActionRef[];
}

export interface ReviewSummary {
  id: number;
  cadence: ReviewCadence;
  cycle: string;
  title: string;
  heldOn: string;
  tierMoves: { up: number; down: number };
  newAlerts: number;
  actionsCompleted: number;
  actionsOverdue: number;
  updatedAt: string;
}

export interface ReviewDetail extends ReviewSummary {
  decisions: string;
  lessons: string;
  changes: ReviewChanges;
  computedAt: string;
}

export interface ReviewSearchHit {
  reviewId: number;
  cadence: ReviewCadence;
  cycle: string;
  title: string;
  field: 'decisions' | 'lessons';
  snippet: string;
}

export const escalationSettingsSchema = z.object({
  /** Days overdue after which an action goes to the partner's manager, then to the program lead. */
  managerAfterDays: z.number().int().min(0).max(365),
  programLeadAfterDays: z.number().int().min(0).max(365),
  programLead: z.string().trim().max(120),
  /** Critical actions (the partner has an open high-severity alert) go to the manager at once. */
  criticalToManager: z.boolean(),
});
export type EscalationSettings = z.infer<typeof escalationSettingsSchema>;
export const DEFAULT_ESCALATION: EscalationSettings = {
  managerAfterDays: 7,
  programLeadAfterDays: 21,
  programLead: '',
  criticalToManager: true,
};

export interface Escalation {
  actionId: number;
  title: string;
  partnerId: number;
  externalId: string;
  partnerName: string;
  owner: string;
  manager: string | null;
  dueDate: string | null;
  daysOverdue: number;
  critical: boolean;
  level: EscalationLevel;
  /** Who holds it now: the owner, the partner's manager or the program lead. */
  escalatedTo: string;
  reason: string;
}

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const reviewsApi = {
  'reviews.list': method<ReviewSummary[]>()(
    z.object({ cadence: z.enum(REVIEW_CADENCES).optional() }),
    'Reviews, newest first.',
  ),
  'reviews.get': method<ReviewDetail>()(z.object({ id }), 'One review with what changed.'),
  'reviews.create': method<ReviewDetail>()(
    z.object({
      cadence: z.enum(REVIEW_CADENCES),
      /** The day of the review (default: today); its cycle is the month or fiscal quarter. */
      heldOn: isoDate.optional(),
      title: z.string().trim().max(200).optional(),
    }),
    'Open the review of a cycle: what changed since the previous review of the same cadence is computed.',
    { writes: ['reviews'] },
  ),
  'reviews.update': method<ReviewDetail>()(
    z.object({
      id,
      title: z.string().trim().min(1).max(200).optional(),
      decisions: z.string().max(50_000).optional(),
      lessons: z.string().max(50_000).optional(),
    }),
    'Save a review’s decisions and lessons learned.',
    { writes: ['reviews'] },
  ),
  'reviews.recompute': method<ReviewDetail>()(
    z.object({ id }),
    'Compute what changed again on current data.',
    { writes: ['reviews'] },
  ),
  'reviews.search': method<ReviewSearchHit[]>()(
    z.object({ query: z.string().trim().min(1).max(200) }),
    'Search decisions and lessons learned (every word must appear).',
  ),
  'reviews.escalationSettings': method<EscalationSettings>()(
    z.object({}),
    'The escalation path: days overdue per step, the program lead, critical actions.',
  ),
  'reviews.saveEscalationSettings': method<EscalationSettings>()(
    escalationSettingsSchema.refine((s) => s.programLeadAfterDays >= s.managerAfterDays, {
      message: 'the program lead step comes after the manager step',
      path: ['programLeadAfterDays'],
    }),
    'Save the escalation path.',
    { writes: ['settings', 'reviews'] },
  ),
  'reviews.escalations': method<Escalation[]>()(
    z.object({ asOf: isoDate.optional() }),
    'Open actions that are overdue or critical, with the step they reached on the escalation path.',
  ),
  'reviews.escalate': method<{ raised: number; escalations: Escalation[] }>()(
    z.object({ asOf: isoDate.optional() }),
    'Raise an alert for every action that reached the manager or program lead step (never twice per step).',
    { writes: ['alerts', 'reviews'] },
  ),
};
