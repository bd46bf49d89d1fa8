/**
 * A scoring methodology as data: which KPIs count and how much, how each KPI's raw value becomes
 * a 0–100 score, what happens when data is missing, the tier rules and the action segments. The
 * renderer edits it, the CLI reads it, the engine runs it; this schema is the one definition.
 */
import { z } from 'zod';

export const KPI_CATEGORIES = ['revenue', 'pipeline', 'enablement', 'engagement'] as const;
export type KpiCategory = (typeof KPI_CATEGORIES)[number];

/** Balanced-scorecard perspectives: an alternative way to group the same KPIs. */
export const PERSPECTIVES = [
  'financial',
  'customer',
  'internal_process',
  'learning_growth',
] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const KPI_UNITS = [
  'currency',
  'percent',
  'count',
  'days',
  'multiple',
  'score',
  'flag',
  'number',
] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export const KPI_WINDOWS = ['period', 'trailing4', 'ytd'] as const;
export type KpiWindow = (typeof KPI_WINDOWS)[number];

export const PEER_DIMENSIONS = ['type', 'region', 'tier'] as const;
export type PeerDimension = (typeof PEER_DIMENSIONS)[number];

const keySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, 'use lower-case letters, digits and _ (start with a letter)');
const weightSchema = z.number().min(0).max(1_000_000);
const peerBySchema = z.array(z.enum(PEER_DIMENSIONS)).max(3);

export const normaliserSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('target'),
    /** Attainment credited at most (1.2 = 120 % of target scores 100). */
    cap: z.number().min(0.1).max(10).default(1),
    /** A fixed target instead of the KPI's own (e.g. 3 for 3× pipeline coverage). */
    target: z.number().positive().optional(),
  }),
  z.object({ kind: z.literal('percentile'), peerBy: peerBySchema.optional() }),
  z.object({
    kind: z.literal('minmax'),
    /** Fixed bounds; when absent the peers' lowest and highest values are used. */
    min: z.number().optional(),
    max: z.number().optional(),
    peerBy: peerBySchema.optional(),
  }),
  z.object({
    kind: z.literal('zscore'),
    /** Standard deviations from the mean that reach 0 or 100 (50 ± 50·z/spread). */
    spread: z.number().min(0.1).max(10).default(2.5),
    peerBy: peerBySchema.optional(),
  }),
  z.object({
    kind: z.literal('bands'),
    /** Ascending raw-value thresholds; `scores` has one more entry (below the first threshold). */
    thresholds: z.array(z.number()).min(1).max(20),
    scores: z.array(z.number().min(0).max(100)).min(2).max(21),
  }),
]);
export type Normaliser = z.infer<typeof normaliserSchema>;
export type NormaliserKind = Normaliser['kind'];

export const kpiDefinitionSchema = z.object({
  key: keySchema,
  name: z.string().trim().min(1).max(120),
  category: z.enum(KPI_CATEGORIES),
  perspective: z.enum(PERSPECTIVES),
  /** Over measure keys, e.g. `revenue / target(revenue)`; see the formula language. */
  formula: z.string().trim().min(1).max(2000),
  unit: z.enum(KPI_UNITS),
  direction: z.enum(['higher', 'lower']),
  indicator: z.enum(['leading', 'lagging']),
  window: z.enum(KPI_WINDOWS),
  definition: z.string().max(2000).default(''),
  /** The KPI's target: a formula (`target(revenue)`) or a number; used by target normalisers. */
  target: z.string().trim().max(2000).optional(),
});
export type KpiDefinition = z.infer<typeof kpiDefinitionSchema>;

/**
 * How the members of one level are averaged (the generalised mean of power p: arithmetic p = 1,
 * geometric p = 0, harmonic p = -1). Absent = arithmetic, today's behaviour.
 */
export const aggregationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('arithmetic') }),
  z.object({ kind: z.literal('geometric') }),
  z.object({ kind: z.literal('harmonic') }),
  z.object({ kind: z.literal('power'), p: z.number().min(-10).max(10) }),
]);
export type AggregationRule = z.infer<typeof aggregationSchema>;

export function aggregationPower(a: AggregationRule | undefined): number {
  if (!a) return 1;
  switch (a.kind) {
    case 'arithmetic':
      return 1;
    case 'geometric':
      return 0;
    case 'harmonic':
      return -1;
    case 'power':
      return a.p;
  }
}

/** A user-defined group (pillar, category…): its parent group, or none for a top-level group. */
export const groupDefinitionSchema = z.object({
  key: keySchema,
  label: z.string().trim().min(1).max(80).optional(),
  parent: keySchema.optional(),
  aggregation: aggregationSchema.optional(),
});
export type GroupDefinition = z.infer<typeof groupDefinitionSchema>;

/**
 * Fills a KPI's missing raw value before normalisation, with a record per partner: the mean or
 * median of the KPI within the partner's peer group (everyone's when the group has none), or
 * the partner's own value of the previous period.
 */
export const imputationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('peer_mean'), peerBy: peerBySchema.optional() }),
  z.object({ kind: z.literal('peer_median'), peerBy: peerBySchema.optional() }),
  z.object({ kind: z.literal('previous_period') }),
]);
export type Imputation = z.infer<typeof imputationSchema>;

/**
 * Outlier treatment of a KPI's raw values before normalisation: winsorisation by the
 * JRC/OECD Handbook and COINr rule (while |skewness| ≥ skew (2) and kurtosis ≥ kurtosis (3.5),
 * up to `maxPoints` (5) values), or COINr's log transform ln(x − min + 0.01·(max − min)).
 */
export const treatmentSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('winsorise'),
    skew: z.number().min(0).max(100).optional(),
    kurtosis: z.number().min(-10).max(1000).optional(),
    maxPoints: z.number().int().min(1).max(1000).optional(),
  }),
  z.object({ kind: z.literal('log') }),
]);
export type Treatment = z.infer<typeof treatmentSchema>;

/** Divides a KPI's raw value by a measure (same period and window) or a numeric partner attribute. */
export const denominatorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('measure'), measure: keySchema }),
  z.object({
    kind: z.literal('attribute'),
    attribute: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,62}$/),
  }),
]);
export type Denominator = z.infer<typeof denominatorSchema>;

export const kpiSelectionSchema = z.object({
  kpi: keySchema,
  weight: weightSchema,
  normaliser: normaliserSchema,
  /** The user-defined group (`groups`) the KPI belongs to; required when `groups` is given. */
  group: keySchema.optional(),
  denominator: denominatorSchema.optional(),
  imputation: imputationSchema.optional(),
  treatment: treatmentSchema.optional(),
});
export type KpiSelection = z.infer<typeof kpiSelectionSchema>;

export const gateSchema = z.object({
  kpi: keySchema,
  op: z.enum(['gte', 'lte']),
  value: z.number(),
});
export type TierGate = z.infer<typeof gateSchema>;

export const tierSchema = z.object({
  name: z.string().trim().min(1).max(40),
  minScore: z.number().min(0).max(100),
  gates: z.array(gateSchema).max(10).default([]),
});
export type TierRule = z.infer<typeof tierSchema>;

export const segmentRulesSchema = z.object({
  /** KPI whose raw value is attainment against target (1 = on target). */
  attainmentKpi: keySchema.default('quota_attainment'),
  growAt: z.number().min(0).max(10).default(1),
  /** KPIs whose mean score tells whether the partner is engaged. */
  engagementKpis: z
    .array(keySchema)
    .max(20)
    .default(['portal_activity', 'training_completion', 'jbp_participation']),
  engagedAt: z.number().min(0).max(100).default(50),
  /** No commercial activity: every one of these measures zero or missing... */
  activityMeasures: z.array(keySchema).min(1).max(10).default(['revenue', 'deal_regs_submitted']),
  /** ...for this many consecutive periods up to the scored one. */
  inactivePeriods: z.number().int().min(1).max(12).default(2),
  /**
   * "Despite intervention": one of these measures (what we invested: trainings, MDF) was positive
   * during the inactive stretch or the `interventionLookback` periods before it. Empty = not required.
   */
  interventionMeasures: z.array(keySchema).max(10).default(['trainings_assigned', 'mdf_allocated']),
  interventionLookback: z.number().int().min(0).max(12).default(4),
});
export type SegmentRules = z.infer<typeof segmentRulesSchema>;

export const SEGMENTS = ['Grow', 'Intervene', 'Exit review', 'Maintain'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const weightProfileSchema = z.object({
  name: z.string().trim().min(1).max(80),
  /** A partner matches when every listed attribute is one of the values. */
  match: z.object({
    type: z.array(z.string()).max(50).optional(),
    region: z.array(z.string()).max(50).optional(),
    tier: z.array(z.string()).max(50).optional(),
  }),
  kpiWeights: z.record(keySchema, weightSchema).default({}),
  groupWeights: z.record(z.string(), weightSchema).default({}),
});
export type WeightProfile = z.infer<typeof weightProfileSchema>;

export const missingDataSchema = z.object({
  policy: z.enum(['reweight', 'zero', 'peer_median']).default('reweight'),
  /** Share of the weight with data below which a partner is flagged as low coverage. */
  minCoverage: z.number().min(0).max(1).default(0.7),
});
export type MissingDataPolicy = z.infer<typeof missingDataSchema>['policy'];

export const trendRulesSchema = z.object({
  /** Periods looked back for the stagnation and regression flags. */
  periods: z.number().int().min(1).max(12).default(3),
  /** Stagnating: the score moved less than this many points over those periods. */
  stagnationBand: z.number().min(0).max(50).default(2),
  /** Regressing: the score fell every period and by at least this many points in total. */
  regressionDrop: z.number().min(0).max(100).default(5),
});
export type TrendRules = z.infer<typeof trendRulesSchema>;

export const methodologyDefinitionSchema = z
  .object({
    description: z.string().max(4000).default(''),
    grouping: z.enum(['category', 'perspective']).default('category'),
    groupWeights: z.record(z.string(), weightSchema),
    kpis: z.array(kpiSelectionSchema).min(1).max(100),
    customKpis: z.array(kpiDefinitionSchema).max(100).default([]),
    peerGroup: peerBySchema.default(['type']),
    missingData: missingDataSchema.default({ policy: 'reweight', minCoverage: 0.7 }),
    tiers: z.array(tierSchema).min(1).max(10),
    segments: segmentRulesSchema.default(segmentRulesSchema.parse({})),
    profiles: z.array(weightProfileSchema).max(50).default([]),
    trend: trendRulesSchema.default(trendRulesSchema.parse({})),
    /**
     * A hierarchy of the methodology's own (KPI → pillar → category → … → composite) instead of
     * the built-in `grouping`; `groupWeights` then weighs every group within its parent.
     * Optional and without a default, so definitions written before it keep their exact JSON.
     */
    groups: z.array(groupDefinitionSchema).min(1).max(100).optional(),
    /** How the top-level groups are averaged into the composite (absent: arithmetic). */
    aggregation: aggregationSchema.optional(),
  })
  .superRefine((def, ctx) => {
    const seen = new Set<string>();
    def.kpis.forEach((k, i) => {
      if (seen.has(k.kpi)) {
        ctx.addIssue({
          code: 'custom',
          path: ['kpis', i, 'kpi'],
          message: `${k.kpi} is listed twice`,
        });
      }
      seen.add(k.kpi);
      const n = k.normaliser;
      if (n.kind === 'bands') {
        if (n.scores.length !== n.thresholds.length + 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['kpis', i, 'normaliser', 'scores'],
            message: 'bands need one more score than thresholds',
          });
        }
        if (n.thresholds.some((x, j) => j > 0 && x <= n.thresholds[j - 1]!)) {
          ctx.addIssue({
            code: 'custom',
            path: ['kpis', i, 'normaliser', 'thresholds'],
            message: 'band thresholds must be strictly ascending',
          });
        }
      }
      if (n.kind === 'minmax' && n.min !== undefined && n.max !== undefined && n.max <= n.min) {
        ctx.addIssue({
          code: 'custom',
          path: ['kpis', i, 'normaliser'],
          message: 'max must be above min',
        });
      }
    });
    if (def.kpis.every((k) => k.weight === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['kpis'],
        message: 'at least one KPI needs a weight above 0',
      });
    }
    def.tiers.forEach((t, i) => {
      if (i > 0 && t.minScore < def.tiers[i - 1]!.minScore) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', i, 'minScore'],
          message: 'tiers go from lowest to highest minimum score',
        });
      }
    });
    const names = def.tiers.map((t) => t.name);
    if (new Set(names).size !== names.length) {
      ctx.addIssue({ code: 'custom', path: ['tiers'], message: 'tier names must be unique' });
    }
  });
export type MethodologyDefinition = z.infer<typeof methodologyDefinitionSchema>;
export type MethodologyDefinitionInput = z.input<typeof methodologyDefinitionSchema>;

export const GROUP_LABELS: Record<KpiCategory | Perspective, string> = {
  revenue: 'Revenue',
  pipeline: 'Pipeline',
  enablement: 'Enablement',
  engagement: 'Engagement',
  financial: 'Financial',
  customer: 'Customer',
  internal_process: 'Internal process',
  learning_growth: 'Learning & growth',
};

export function groupKeys(grouping: 'category' | 'perspective'): readonly string[] {
  return grouping === 'category' ? KPI_CATEGORIES : PERSPECTIVES;
}
