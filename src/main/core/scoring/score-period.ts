/** Scores every partner for one period: structural part, then weights. */
import type {
  MethodologyDefinition,
  MethodologyDefinitionInput,
} from '../../../shared/api/scoring-methodology';
import { compileMethodology, knownMeasures } from './compile-methodology';
import type { ScoringDataset } from './dataset';
import { DatasetFormulaData } from './dataset-formula-data';
import type { MethodologyPlan } from './plan';
import { kpiRawValues } from './kpi-columns';
import { assignProfiles } from './profiles';
import { tierColumn } from './tiers';
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
  return leanComposite(plan, ds, t, data).composite;
}

/**
 * `scoreComposite` with each partner's tier (the gates read the KPIs' raw values): what a trend
 * over every period needs. Both are bit-identical to `scorePeriod`'s.
 */
export function scoreCompositeAndTier(
  plan: MethodologyPlan,
  ds: ScoringDataset,
  t: number,
  data = new DatasetFormulaData(ds),
): { rows: Int32Array; composite: Float64Array; tier: Int8Array } {
  const { kpis, composite } = leanComposite(plan, ds, t, data);
  const gateValues = new Map<string, Float64Array>();
  for (const tier of plan.definition.tiers) {
    for (const gate of tier.gates) {
      if (gateValues.has(gate.kpi)) continue;
      const k = plan.kpis.findIndex((x) => x.key === gate.kpi);
      const aux = k < 0 ? plan.aux.find((x) => x.key === gate.kpi) : undefined;
      const raw = k >= 0 ? kpis.raw[k] : aux && kpiRawValues(aux, data, t, kpis.rows, ds, true);
      if (raw) gateValues.set(gate.kpi, raw);
    }
  }
  const tier = tierColumn(plan.definition.tiers, composite, gateValues);
  return { rows: kpis.rows, composite, tier };
}

function leanComposite(
  plan: MethodologyPlan,
  ds: ScoringDataset,
  t: number,
  data: DatasetFormulaData,
) {
  const kpis = normaliseKpis(plan, ds, data, t, true);
  const profileOf = assignProfiles(plan.profiles, ds.partners, kpis.rows);
  const { scores, normalised, missing } = kpis;
  const columns = planCompositeColumns(plan, scores, normalised, profileOf, false, missing, true);
  return { kpis, composite: columns.composite };
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
