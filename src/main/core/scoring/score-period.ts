/** Scores every partner for one period: structural part, then weights. */
import type {
  MethodologyDefinition,
  MethodologyDefinitionInput,
} from '../../../shared/api/scoring-methodology';
import { compileMethodology, knownMeasures } from './compile-methodology';
import type { ScoringDataset } from './dataset';
import { DatasetFormulaData } from './dataset-formula-data';
import type { MethodologyPlan } from './plan';
import { assignProfiles } from './profiles';
import { planCompositeColumns } from './plan-composite';
import { normaliseKpis, structuralScores, type StructuralScores } from './structural-scores';
import { weightedScores, type WeightedScores } from './weighted-scores';

export interface PeriodScores {
  structural: StructuralScores;
  weighted: WeightedScores;
}

export function scorePeriod(
  plan: MethodologyPlan,
  ds: ScoringDataset,
  t: number,
  data = new DatasetFormulaData(ds),
): PeriodScores {
  const structural = structuralScores(plan, ds, data, t);
  return { structural, weighted: weightedScores(plan, ds, structural) };
}

/**
 * The composite of every partner in period `t` and nothing else: the lean path for callers that
 * need only the composite (sweeps over methodologies, the bench against SQL). It runs the same
 * steps as `scorePeriod` up to the composite (raw values, preparation, normalisation, the
 * missing-data policy, re-weighting, aggregation), so the composite is bit-identical to
 * `scorePeriod(...).weighted.composite`, but keeps no contributions and computes no ranks, tiers,
 * segments or auxiliary KPIs. Row i is `eligibleRows(ds, t)[i]`.
 */
export function scoreComposite(
  plan: MethodologyPlan,
  ds: ScoringDataset,
  t: number,
  data = new DatasetFormulaData(ds),
): Float64Array {
  const kpis = normaliseKpis(plan, ds, data, t, true);
  const profileOf = assignProfiles(plan.profiles, ds.partners, kpis.rows);
  const { scores, normalised, missing } = kpis;
  return planCompositeColumns(plan, scores, normalised, profileOf, false, missing, true).composite;
}

/**
 * Scores period `t` straight from a definition (or its input form): what a caller that varies
 * the methodology itself (uncertainty analysis, diagnostics) needs. Throws the compile errors
 * with their paths, like `compileMethodology`.
 */
export function scoreDefinition(
  definition: MethodologyDefinition | MethodologyDefinitionInput,
  ds: ScoringDataset,
  t: number,
  data = new DatasetFormulaData(ds),
): PeriodScores & { plan: MethodologyPlan } {
  const plan = compileMethodology(definition, knownMeasures(ds.measures.map((m) => m.key)));
  return { plan, ...scorePeriod(plan, ds, t, data) };
}
