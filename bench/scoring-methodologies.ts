/** The two methodologies the scoring bench runs, each with 30 KPIs. */
import type {
  KpiDefinition,
  MethodologyDefinitionInput,
} from '../src/shared/api/scoring-methodology';
import { BUILT_IN_KPIS } from '../src/main/core/kpi/kpi-library';
import { STANDARD_MEASURES } from '../src/main/core/workspace/standard-measures';

function custom(key: string, formula: string, extra: Partial<KpiDefinition> = {}): KpiDefinition {
  return {
    key,
    name: key,
    category: 'revenue',
    perspective: 'financial',
    formula,
    unit: 'number',
    direction: 'higher',
    indicator: 'lagging',
    window: 'period',
    definition: '',
    ...extra,
  };
}

const tiers = [
  { name: 'Registered', minScore: 0, gates: [] },
  { name: 'Silver', minScore: 45, gates: [] },
  { name: 'Gold', minScore: 60, gates: [{ kpi: 'certifications', op: 'gte' as const, value: 2 }] },
  { name: 'Platinum', minScore: 75, gates: [] },
];

/** Every built-in KPI (22, with their windows and suggested normalisers) plus 8 custom ones. */
export function fullLibraryMethodology(): MethodologyDefinitionInput {
  const extra = [
    custom('revenue_per_staff', 'revenue / staff'),
    custom('cost_ratio', 'cost / revenue', { direction: 'lower' }),
    custom('orders_per_staff', 'orders / staff', { category: 'pipeline' }),
    custom('won_value_share', 'deal_reg_won_value / total(deal_reg_won_value)', {
      category: 'pipeline',
    }),
    custom('registered_value_ytd', 'ytd_sum(deal_reg_value)', { category: 'pipeline' }),
    custom('trailing_growth', 'trailing_sum(revenue, 4) / trailing_sum(lag(revenue, 4), 4) - 1'),
    custom('mdf_claim_growth', 'growth(mdf_claimed)', { category: 'engagement' }),
    custom('trainings_per_staff', 'trainings_completed / staff', { category: 'enablement' }),
  ];
  return {
    groupWeights: { revenue: 40, pipeline: 25, enablement: 20, engagement: 15 },
    kpis: [
      ...BUILT_IN_KPIS.map((k, i) => ({
        kpi: k.key,
        weight: 5 + (i % 7),
        normaliser: k.normaliser,
      })),
      ...extra.map((k, i) => ({
        kpi: k.key,
        weight: 3 + i,
        normaliser:
          i % 2 ? { kind: 'percentile' as const } : { kind: 'zscore' as const, spread: 2.5 },
      })),
    ],
    customKpis: extra,
    tiers,
  };
}

const CATEGORY: Record<string, KpiDefinition['category']> = {
  revenue: 'revenue',
  cost: 'revenue',
  orders: 'revenue',
  mdf_revenue: 'revenue',
  trainings_assigned: 'enablement',
  trainings_completed: 'enablement',
  certifications: 'enablement',
  certified_staff: 'enablement',
  staff: 'enablement',
  portal_logins: 'engagement',
  mdf_allocated: 'engagement',
  mdf_claimed: 'engagement',
  jbp: 'engagement',
  csat: 'engagement',
};

/**
 * 30 KPIs that one SQL query can also compute: every standard measure as is, plus 9 ratios, in
 * the scored period; min–max over all partners or percentile rank within the partner type.
 */
export function sqlComparableMethodology(): MethodologyDefinitionInput {
  const raw = STANDARD_MEASURES.map((m) =>
    custom(`raw_${m.key}`, m.key, {
      category: CATEGORY[m.key] ?? 'pipeline',
      direction: m.key === 'cost' || m.key === 'days_to_close' ? 'lower' : 'higher',
    }),
  );
  const ratios = [
    custom('attainment', 'revenue / target(revenue)'),
    custom('margin_rate', '(revenue - cost) / revenue'),
    custom('approval', 'deal_regs_approved / deal_regs_submitted', { category: 'pipeline' }),
    custom('conversion', 'deal_regs_won / deal_regs_submitted', { category: 'pipeline' }),
    custom('wins', 'deal_regs_won / deal_regs_approved', { category: 'pipeline' }),
    custom('coverage', 'open_pipeline / max(target(revenue) - revenue, 0)', {
      category: 'pipeline',
    }),
    custom('training_rate', 'trainings_completed / trainings_assigned', { category: 'enablement' }),
    custom('certified_rate', 'certified_staff / staff', { category: 'enablement' }),
    custom('mdf_use', 'mdf_claimed / mdf_allocated', { category: 'engagement' }),
  ];
  const kpis = [...raw, ...ratios];
  return {
    groupWeights: { revenue: 40, pipeline: 25, enablement: 20, engagement: 15 },
    kpis: kpis.map((k, i) => ({
      kpi: k.key,
      weight: 1 + (i % 5),
      normaliser:
        i % 2
          ? { kind: 'minmax' as const }
          : { kind: 'percentile' as const, peerBy: ['type' as const] },
    })),
    customKpis: kpis,
    peerGroup: [],
    tiers,
  };
}
