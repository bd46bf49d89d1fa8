/** Scores every partner for one period: structural part, then weights. */
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
