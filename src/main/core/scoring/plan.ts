/** A methodology compiled against a workspace: parsed formulas, groups and weight vectors. */
import type {
  Imputation,
  Treatment,
  KpiDefinition,
  MethodologyDefinition,
  Normaliser,
  PeerDimension,
  WeightProfile,
} from '../../../shared/api/scoring-methodology';
import type { FormulaNode } from '../kpi/formula/ast';

export interface PlanKpi {
  key: string;
  def: KpiDefinition;
  formula: FormulaNode;
  /** The KPI's own target (formula or number), for target normalisers. */
  target: FormulaNode | null;
  normaliser: Normaliser;
  /** Peer groups for distribution normalisers. */
  peerBy: readonly PeerDimension[];
  /** Divides the KPI's value (`kpis[].denominator`): a measure formula or a partner attribute. */
  denominator?: { formula: FormulaNode } | { attribute: string };
  imputation?: Imputation;
  treatment?: Treatment;
}

/** Raw (not yet normalised) weights of one profile; the composite normalises per partner. */
export interface ProfileWeights {
  kpi: Float64Array;
  group: Float64Array;
}

/**
 * The hierarchy above the KPIs when a methodology defines its own groups or a non-arithmetic
 * aggregation (null otherwise: one level of groups, weighted arithmetic means, the fast path).
 * Group indices are those of `MethodologyPlan.groups`.
 */
export interface AggregationTree {
  /** Per group: index of its parent group, -1 for a top-level group. */
  parent: Int32Array;
  /** Per group: the power p of the generalised mean over its members (1 arithmetic, 0 geometric). */
  power: Float64Array;
  /** The power of the composite's mean over the top-level groups. */
  rootPower: number;
  /** Every group, children before their parents. */
  bottomUp: Int32Array;
}

export interface MethodologyPlan {
  definition: MethodologyDefinition;
  /** Scored KPIs, in the methodology's order. */
  kpis: PlanKpi[];
  /** KPIs read only by tier gates and segment rules. */
  aux: PlanKpi[];
  groups: string[];
  /** Display name of each group. */
  groupLabels: string[];
  /** Null: one level of groups, arithmetic means (every definition written before hierarchies). */
  tree: AggregationTree | null;
  /** Group index of each scored KPI (its direct group in a hierarchy). */
  groupOf: Int32Array;
  /** Index 0: the global default; index i + 1: `profiles[i]`. */
  weights: ProfileWeights[];
  profiles: WeightProfile[];
  /** Identifies everything except weights and tier thresholds (the weight-only rescore key). */
  structuralKey: string;
}

/** Finds a KPI by key among the scored and auxiliary KPIs. */
export function planKpi(plan: MethodologyPlan, key: string): PlanKpi | undefined {
  return plan.kpis.find((k) => k.key === key) ?? plan.aux.find((k) => k.key === key);
}
