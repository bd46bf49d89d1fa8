/**
 * "Partner Health v1": the methodology a new workspace starts with. Revenue carries 40 % of the
 * score, pipeline 25 %, enablement 20 % and engagement 15 %; percentiles compare partners with
 * others of the same type; tiers need certifications as well as a score.
 */
import type { MethodologyDefinitionInput } from '../../../shared/api/scoring-methodology';

export const DEFAULT_METHODOLOGY_NAME = 'Partner Health v1';

export const PARTNER_HEALTH_V1: MethodologyDefinitionInput = {
  description:
    'Balanced partner health: results against quota and growth, pipeline quality, capability and program engagement. Percentiles compare each partner with partners of the same type.',
  grouping: 'category',
  groupWeights: { revenue: 40, pipeline: 25, enablement: 20, engagement: 15 },
  kpis: [
    { kpi: 'quota_attainment', weight: 40, normaliser: { kind: 'target', cap: 1.25 } },
    { kpi: 'revenue', weight: 25, normaliser: { kind: 'percentile' } },
    { kpi: 'revenue_growth_yoy', weight: 20, normaliser: { kind: 'percentile' } },
    { kpi: 'margin', weight: 15, normaliser: { kind: 'percentile' } },
    { kpi: 'deal_registrations', weight: 25, normaliser: { kind: 'percentile' } },
    { kpi: 'pipeline_coverage', weight: 25, normaliser: { kind: 'target', cap: 1, target: 3 } },
    { kpi: 'win_rate', weight: 30, normaliser: { kind: 'percentile' } },
    { kpi: 'avg_days_to_close', weight: 20, normaliser: { kind: 'percentile' } },
    { kpi: 'training_completion', weight: 35, normaliser: { kind: 'target', cap: 1, target: 0.8 } },
    {
      kpi: 'certifications',
      weight: 35,
      normaliser: { kind: 'bands', thresholds: [1, 2, 5, 15], scores: [0, 25, 50, 75, 100] },
    },
    { kpi: 'certified_staff_ratio', weight: 30, normaliser: { kind: 'percentile' } },
    { kpi: 'portal_activity', weight: 30, normaliser: { kind: 'percentile' } },
    { kpi: 'mdf_utilisation', weight: 25, normaliser: { kind: 'target', cap: 1, target: 0.9 } },
    {
      kpi: 'jbp_participation',
      weight: 20,
      normaliser: { kind: 'bands', thresholds: [1], scores: [0, 100] },
    },
    { kpi: 'csat', weight: 25, normaliser: { kind: 'minmax', min: 50, max: 95 } },
  ],
  customKpis: [],
  peerGroup: ['type'],
  missingData: { policy: 'reweight', minCoverage: 0.7 },
  tiers: [
    { name: 'Registered', minScore: 0, gates: [] },
    { name: 'Silver', minScore: 45, gates: [] },
    { name: 'Gold', minScore: 60, gates: [{ kpi: 'certifications', op: 'gte', value: 2 }] },
    {
      name: 'Platinum',
      minScore: 75,
      gates: [
        { kpi: 'certifications', op: 'gte', value: 4 },
        { kpi: 'quota_attainment', op: 'gte', value: 0.9 },
      ],
    },
  ],
  segments: {
    attainmentKpi: 'quota_attainment',
    growAt: 1,
    engagementKpis: ['portal_activity', 'training_completion', 'jbp_participation'],
    engagedAt: 50,
    activityMeasures: ['revenue', 'deal_regs_submitted'],
    inactivePeriods: 2,
    interventionMeasures: ['trainings_assigned', 'mdf_allocated'],
    interventionLookback: 4,
  },
  profiles: [
    {
      name: 'Distributors: volume first',
      match: { type: ['Distributor'] },
      kpiWeights: {},
      groupWeights: { revenue: 55, pipeline: 15, enablement: 15, engagement: 15 },
    },
  ],
  trend: { periods: 3, stagnationBand: 2, regressionDrop: 5 },
};
