/** A methodology compiled against a workspace: parsed formulas, groups and weight vectors. */
import type {
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
}

/** Raw (not yet normalised) weights of one profile; the composite normalises per partner. */
export interface ProfileWeights {
  kpi: Float64Array;
  group: Float64Array;
}

export interface MethodologyPlan {
  definition: MethodologyDefinition;
  /** Scored KPIs, in the methodology's order. */
  kpis: PlanKpi[];
  /** KPIs read only by tier gates and segment rules. */
  aux: PlanKpi[];
  groups: string[];
  /** Group index of each scored KPI. */
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
