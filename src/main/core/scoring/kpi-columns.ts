/**
 * Raw KPI values for one period: each formula evaluated over every partner, then gathered to the
 * rows being scored. Targets are evaluated the same way for KPIs that have one.
 */
import { evaluateFormula } from '../kpi/formula/evaluate';
import type { FormulaData } from '../kpi/formula/formula-data';
import type { PlanKpi } from './plan';

export function gather(column: Float64Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = column[rows[i]!]!;
  return out;
}

export function kpiRawValues(
  kpi: PlanKpi,
  data: FormulaData,
  t: number,
  rows: Int32Array,
): Float64Array {
  return gather(evaluateFormula(kpi.formula, data, t, kpi.def.window), rows);
}

/** Per-row targets for a target normaliser, or undefined when the KPI has no target. */
export function kpiTargets(
  kpi: PlanKpi,
  data: FormulaData,
  t: number,
  rows: Int32Array,
): Float64Array | undefined {
  if (kpi.normaliser.kind !== 'target' || kpi.normaliser.target !== undefined || !kpi.target)
    return undefined;
  return gather(evaluateFormula(kpi.target, data, t, kpi.def.window), rows);
}
