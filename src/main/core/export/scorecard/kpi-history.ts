/**
 * Raw value and target of every scored KPI in every period for every partner, evaluated once per
 * dataset and methodology structure and kept, so that each scorecard of a batch reads its row.
 * A KPI's target is its normaliser's fixed target, else the KPI's own target (e.g. the revenue
 * quota), else none.
 */
import { evaluateFormula } from '../../kpi/formula/evaluate';
import type { DatasetFormulaData } from '../../scoring/dataset-formula-data';
import type { MethodologyPlan, PlanKpi } from '../../scoring/plan';
import type { ScoringService } from '../../scoring/service/scoring-service';

export interface KpiHistory {
  partners: number;
  /** Per KPI: [t * partners + datasetRow]. */
  values: Float64Array[];
  targets: (Float64Array | null)[];
}

function overPeriods(
  data: DatasetFormulaData,
  node: PlanKpi['formula'],
  window: PlanKpi['def']['window'],
): Float64Array {
  const N = data.size;
  const out = new Float64Array(data.periodCount * N);
  for (let t = 0; t < data.periodCount; t++) out.set(evaluateFormula(node, data, t, window), t * N);
  return out;
}

function targetOf(kpi: PlanKpi, data: DatasetFormulaData): Float64Array | null {
  const n = kpi.normaliser;
  if (n.kind === 'target' && n.target !== undefined) {
    return new Float64Array(data.periodCount * data.size).fill(n.target);
  }
  return kpi.target ? overPeriods(data, kpi.target, kpi.def.window) : null;
}

export function kpiHistory(
  service: ScoringService,
  plan: MethodologyPlan,
  data: DatasetFormulaData,
): KpiHistory {
  return service.memo(
    'scorecard.kpiHistory',
    plan.structuralKey,
    () => ({
      partners: data.size,
      values: plan.kpis.map((k) => overPeriods(data, k.formula, k.def.window)),
      targets: plan.kpis.map((k) => targetOf(k, data)),
    }),
    4,
  );
}

const num = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? null : x);

/** One partner's series of KPI `j` over dataset periods `periods`. */
export function partnerSeries(h: KpiHistory, j: number, row: number, periods: number[]) {
  const values = h.values[j]!;
  const targets = h.targets[j];
  return {
    values: periods.map((t) => num(values[t * h.partners + row])),
    targets: periods.map((t) => (targets ? num(targets[t * h.partners + row]) : null)),
  };
}
