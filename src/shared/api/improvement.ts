/**
 * The improvement loop's API (issue #15): performance issues with root causes, suggested issues
 * drafted from the data, an action backlog measured against frozen baselines (the same records as
 * QBR actions), progress re-measured from current data, and a matched "did it work" comparison.
 */
import { z } from 'zod';
import { method } from './define';
import { ACTION_STATUSES } from './qbr-results';
import {
  HORIZONS,
  ISSUE_STATUS_VALUES,
  ROOT_CAUSES,
  SEVERITIES,
  type BacklogAction,
  type DidItWork,
  type ImprovementOptions,
  type Issue,
  type ProgressReport,
  type SuggestionList,
} from './improvement-results';

const id = z.number().int().positive();
const partnerKey = z.string().trim().min(1).max(200);
const periodKey = z.string().trim().min(1).max(20);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as yyyy-mm-dd');
const text = (max: number) => z.string().trim().max(max);
const value = z.number().finite();

export const cohortSchema = z
  .object({
    type: text(100).min(1).optional(),
    region: text(100).min(1).optional(),
    tier: text(100).min(1).optional(),
    segment: text(100).min(1).optional(),
    manager: text(200).min(1).optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), {
    message: 'a cohort needs at least one of type, region, tier, segment or manager',
  });

const issueFields = {
  title: text(300).min(1),
  foundOn: isoDate.optional(),
  kpiKey: text(100).min(1).nullable().optional(),
  periodKey: periodKey.nullable().optional(),
  value: value.nullable().optional(),
  peerValue: value.nullable().optional(),
  targetValue: value.nullable().optional(),
  evidence: text(4000).optional(),
  rootCause: z.enum(ROOT_CAUSES).optional(),
  analysis: text(20_000).optional(),
  impactRevenue: value.nullable().optional(),
  impactScore: value.nullable().optional(),
  severity: z.enum(SEVERITIES).optional(),
};

const actionFields = {
  title: text(500).min(1),
  owner: text(200).default(''),
  dueDate: isoDate.nullable().default(null),
  successCriterion: text(1000).default(''),
  targetValue: value.nullable().default(null),
  resources: text(2000).default(''),
  contingency: text(2000).default(''),
  horizon: z.enum(HORIZONS).nullable().default(null),
};

const actionWrites = { writes: ['qbr', 'improvement'] as const };

export const improvementApi = {
  'improvement.options': method<ImprovementOptions>()(
    z.object({}),
    'KPIs and cohort values (types, regions, tiers, segments, managers) for the issue and action forms.',
  ),
  'improvement.issues': method<Issue[]>()(
    z.object({
      status: z.enum(['active', 'all', ...ISSUE_STATUS_VALUES]).default('active'),
      partner: partnerKey.optional(),
    }),
    'Performance issues (open and in progress by default), most severe first.',
  ),
  'improvement.issue': method<Issue>()(z.object({ id }), 'One issue.'),
  'improvement.createIssue': method<Issue>()(
    z
      .object({
        partner: partnerKey.optional(),
        cohort: cohortSchema.optional(),
        ...issueFields,
      })
      .refine((i) => (i.partner === undefined) !== (i.cohort === undefined), {
        message: 'an issue names either a partner or a cohort',
      }),
    'Record a performance issue about a partner or a cohort (a saved filter).',
    { writes: ['improvement'] },
  ),
  'improvement.updateIssue': method<Issue>()(
    z.object({
      id,
      ...issueFields,
      title: issueFields.title.optional(),
      status: z.enum(ISSUE_STATUS_VALUES).optional(),
    }),
    "Change an issue's evidence, root cause, analysis, impact, severity or status.",
    { writes: ['improvement'] },
  ),
  'improvement.deleteIssue': method<null>()(
    z.object({ id }),
    'Delete an issue; its actions stay (as QBR actions without an issue).',
    actionWrites,
  ),
  'improvement.suggestions': method<SuggestionList>()(
    z.object({
      period: periodKey.optional(),
      partner: partnerKey.optional(),
      limit: z.number().int().min(1).max(1000).default(50),
    }),
    'Issues drafted from the data (regressing or stagnating partners, KPIs in the bottom peer quartile, risk flags, cohorts), biggest impact first; accepted and dismissed ones are left out.',
  ),
  'improvement.acceptSuggestion': method<Issue>()(
    z.object({ key: text(300).min(1) }),
    'Turn a suggested issue into an issue (its figures are re-measured from the current data).',
    { writes: ['improvement'] },
  ),
  'improvement.dismissSuggestion': method<{ dismissed: number }>()(
    z.object({ keys: z.array(text(300).min(1)).min(1).max(1000), reason: text(1000).default('') }),
    'Dismiss suggested issues; they are not suggested again.',
    { writes: ['improvement'] },
  ),
  'improvement.restoreSuggestions': method<{ restored: number }>()(
    z.object({}),
    'Forget every dismissal, so dismissed suggestions come back.',
    { writes: ['improvement'] },
  ),
  'improvement.actions': method<BacklogAction[]>()(
    z.object({
      status: z.enum(['open', 'done', 'all']).default('open'),
      issueId: id.optional(),
      partner: partnerKey.optional(),
    }),
    'The action backlog, prioritised by impact and urgency, each with progress against its baseline.',
  ),
  'improvement.addAction': method<BacklogAction>()(
    z.object({
      issueId: id,
      /** Required for a cohort issue: the partner the action is agreed with. */
      partner: partnerKey.optional(),
      kpiKey: text(100).min(1).nullable().default(null),
      ...actionFields,
    }),
    "Add an action to an issue; the targeted KPI's current value is frozen as its baseline.",
    actionWrites,
  ),
  'improvement.updateAction': method<BacklogAction>()(
    z.object({
      id,
      title: actionFields.title.optional(),
      owner: text(200).optional(),
      dueDate: isoDate.nullable().optional(),
      status: z.enum(ACTION_STATUSES).optional(),
      successCriterion: text(1000).optional(),
      targetValue: value.nullable().optional(),
      resources: text(2000).optional(),
      contingency: text(2000).optional(),
      horizon: z.enum(HORIZONS).nullable().optional(),
      issueId: id.nullable().optional(),
    }),
    'Change an action (never its baseline): plan, owner, target, status (done records when).',
    actionWrites,
  ),
  'improvement.progress': method<ProgressReport>()(
    z.object({
      partner: partnerKey.optional(),
      groupBy: z.enum(['issue', 'region', 'type', 'tier', 'owner']).default('issue'),
      status: z.enum(['open', 'done', 'all']).default('all'),
    }),
    'Baseline → now → target of every action with a KPI, per group and in total, and the cumulative impact by period.',
  ),
  'improvement.didItWork': method<DidItWork>()(
    z.object({
      kpi: text(100).min(1).default('score'),
      resamples: z.number().int().min(100).max(20_000).default(2000),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31 - 1)
        .default(1),
    }),
    'Partners whose actions completed against similar partners without actions (same type, region and tier, matched on the baseline): an observational difference in differences with its uncertainty.',
  ),
};

export * from './improvement-results';
