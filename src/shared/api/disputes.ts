/**
 * The disputes domain of the API (issue #15, item 6): a partner disputes a figure (a KPI of a
 * period) or a tier; a correction overrides one stored value with a reason, a requester and an
 * approver who must be another person, and an optional expiry. It applies only once approved; the
 * partner's score before and after approval is kept on the correction.
 */
import { z } from 'zod';
import { method } from './define';

export const DISPUTE_STATUS_VALUES = [
  'open',
  'under_review',
  'resolved_upheld',
  'resolved_rejected',
] as const;
export type DisputeStatusValue = (typeof DISPUTE_STATUS_VALUES)[number];
export const DISPUTE_FILTERS = ['open', 'resolved', 'all'] as const;
export type DisputeFilter = (typeof DISPUTE_FILTERS)[number];

const id = z.number().int().positive();
const text = (max: number) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const partnerKey = z.string().trim().min(1).max(200);
const person = text(120).min(1, 'say who you are (a name)');

export interface CorrectionItem {
  id: number;
  disputeId: number | null;
  partner: { id: number; externalId: string; name: string };
  periodKey: string;
  measure: string;
  measureName: string;
  unit: string;
  originalValue: number | null;
  value: number;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  status: 'pending' | 'approved' | 'rejected';
  approvedBy: string | null;
  decidedAt: string | null;
  expiresOn: string | null;
  /** Approved and not expired: the engine uses `value` instead of the stored one. */
  active: boolean;
  methodologyLabel: string | null;
  scoreBefore: number | null;
  scoreAfter: number | null;
  tierBefore: string | null;
  tierAfter: string | null;
}

export interface DisputeItem {
  id: number;
  partner: {
    id: number;
    externalId: string;
    name: string;
    region: string | null;
    manager: string | null;
  };
  subject: 'kpi' | 'tier';
  kpiKey: string | null;
  kpiName: string | null;
  periodKey: string;
  /** The period as screens show it ("2026 Q3"). */
  periodLabel: string;
  reason: string;
  evidence: string;
  raisedBy: string;
  status: DisputeStatusValue;
  resolution: string;
  openedAt: string;
  reviewStartedAt: string | null;
  resolvedAt: string | null;
  /** Seconds from opening until resolution, or until now while unresolved. */
  waitingSeconds: number;
  corrections: CorrectionItem[];
}

export const disputeOpenSchema = z
  .object({
    partner: partnerKey,
    subject: z.enum(['kpi', 'tier']),
    kpi: text(120).min(1).optional(),
    period: text(20).min(1),
    reason: text(4000).min(1, 'a dispute needs a reason'),
    evidence: text(4000).default(''),
    raisedBy: text(120).default(''),
  })
  .refine((d) => d.subject === 'tier' || d.kpi !== undefined, {
    message: 'name the disputed KPI (or dispute the tier)',
    path: ['kpi'],
  });

export const correctionRequestSchema = z.object({
  disputeId: id.optional(),
  partner: partnerKey,
  period: text(20).min(1),
  /** The measure whose stored value is overridden (its key). */
  measure: text(120).min(1),
  value: z.number().finite(),
  reason: text(4000).min(1, 'a correction needs a reason'),
  requestedBy: person,
  expiresOn: isoDate.optional(),
});

export const disputesApi = {
  'disputes.list': method<DisputeItem[]>()(
    z.object({
      status: z.enum(DISPUTE_FILTERS).default('all'),
      partner: partnerKey.optional(),
    }),
    'Disputes (open: open or under review; resolved: upheld or rejected), oldest waiting first, with their corrections.',
  ),
  'disputes.open': method<DisputeItem>()(
    disputeOpenSchema,
    'Record a partner’s dispute of a KPI figure or tier of a period, with the reason and evidence.',
    { writes: ['disputes'] },
  ),
  'disputes.setStatus': method<DisputeItem>()(
    z.object({
      id,
      status: z.enum(DISPUTE_STATUS_VALUES),
      resolution: text(4000).default(''),
    }),
    'Move a dispute: open → under review → resolved (upheld or rejected), with the resolution.',
    { writes: ['disputes'] },
  ),
  'disputes.corrections': method<CorrectionItem[]>()(
    z.object({
      partner: partnerKey.optional(),
      status: z.enum(['pending', 'approved', 'rejected', 'all']).default('all'),
    }),
    'Corrections, newest first: requested, approved (active until their expiry) or rejected.',
  ),
  'disputes.requestCorrection': method<CorrectionItem>()(
    correctionRequestSchema,
    'Request a correction of one stored value; it applies only once another person approves it.',
    { writes: ['disputes'] },
  ),
  'disputes.approveCorrection': method<CorrectionItem>()(
    z.object({ id, approver: person }),
    'Approve a correction (the approver must not be its requester): the value applies and the score is recomputed.',
    { writes: ['disputes', 'data'] },
  ),
  'disputes.rejectCorrection': method<CorrectionItem>()(
    z.object({ id, approver: person }),
    'Reject a requested correction; the stored value stays.',
    { writes: ['disputes'] },
  ),
};
