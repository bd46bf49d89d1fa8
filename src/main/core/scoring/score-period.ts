/** Scores every partner for one period: structural part, then weights. */
import type {
  MethodologyDefinition,
  MethodologyDefinitionInput,
} from '../../../shared/api/scoring-methodology';
import { compileMethodology, knownMeasures } from './compile-methodology';
import type { ScoringDataset } from './dataset';
import { DatasetFormulaData } from './dataset-formula-data';
import type { MethodologyPlan } from './plan';
import { structuralScores, type StructuralScores } from './structural-scores';
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
