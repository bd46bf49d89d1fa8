/**
 * Raw value (and target) of every scored KPI in every period, for every partner, evaluated once
 * per dataset and methodology and kept: a partner page then reads its own row.
 */
import type { KpiTrend } from '../../../shared/api/views';
import { evaluateFormula } from '../kpi/formula/evaluate';
import type { DatasetFormulaData } from '../scoring/dataset-formula-data';
import type { MethodologyPlan, PlanKpi } from '../scoring/plan';
import { roundSignificant } from './round';

export interface KpiCube {
  partners: number;
  periods: number;
  /** Per KPI: [t * partners + datasetRow]. */
  values: Float64Array[];
  targets: (Float64Array | null)[];
}

function cubeOf(kpi: PlanKpi, node: PlanKpi['formula'], data: DatasetFormulaData): Float64Array {
  const N = data.size;
  const out = new Float64Array(data.periodCount * N);
  for (let t = 0; t < data.periodCount; t++)
    out.set(evaluateFormula(node, data, t, kpi.def.window), t * N);
  return out;
}

export function kpiCube(plan: MethodologyPlan, data: DatasetFormulaData): KpiCube {
  return {
    partners: data.size,
    periods: data.periodCount,
    values: plan.kpis.map((k) => cubeOf(k, k.formula, data)),
    targets: plan.kpis.map((k) => {
      if (k.normaliser.kind !== 'target') return null;
      if (k.normaliser.target !== undefined)
        return new Float64Array(data.periodCount * data.size).fill(k.normaliser.target);
      return k.target ? cubeOf(k, k.target, data) : null;
    }),
  };
}

export function kpiTrendsOf(plan: MethodologyPlan, cube: KpiCube, row: number): KpiTrend[] {
  const pick = (column: Float64Array | null) =>
    Array.from({ length: cube.periods }, (_, t) =>
      column ? roundSignificant(column[t * cube.partners + row], 6) : null,
    );
  return plan.kpis.map((k, j) => ({
    key: k.key,
    values: pick(cube.values[j]!),
    targets: pick(cube.targets[j]!),
  }));
}
