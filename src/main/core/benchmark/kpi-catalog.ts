/**
 * The KPIs a benchmark can use: `score` (the methodology's composite), the methodology's scored
 * KPIs, then every other KPI of the library and the methodology's custom KPIs.
 */
import type { BenchmarkKpi } from '../../../shared/api/benchmark';
import type { KpiDefinition } from '../../../shared/api/scoring-methodology';
import { AppError } from '../../../shared/errors';
import type { FormulaNode } from '../kpi/formula/ast';
import { compileFormula } from '../kpi/formula/validate';
import { kpiCatalogue } from '../kpi/kpi-library';
import { knownMeasures } from '../scoring/compile-methodology';
import type { MethodologyPlan } from '../scoring/plan';
import type { BenchmarkContext } from './benchmark-context';

export const SCORE_KPI = 'score';

export interface ResolvedKpi {
  info: BenchmarkKpi;
  /** Absent for `score`. */
  def?: KpiDefinition;
  formula?: FormulaNode;
}

function infoOf(def: KpiDefinition, scored: boolean): BenchmarkKpi {
  return { key: def.key, name: def.name, unit: def.unit, direction: def.direction, scored };
}

const SCORE_INFO: BenchmarkKpi = {
  key: SCORE_KPI,
  name: 'Partner score',
  unit: 'score',
  direction: 'higher',
  scored: true,
};

export function availableKpis(plan: MethodologyPlan): BenchmarkKpi[] {
  const scored = new Set(plan.kpis.map((k) => k.key));
  const catalogue = kpiCatalogue(plan.definition.customKpis);
  const others = [...catalogue.values()].filter((d) => !scored.has(d.key));
  return [
    SCORE_INFO,
    ...plan.kpis.map((k) => infoOf(k.def, true)),
    ...others.map((d) => infoOf(d, false)),
  ];
}

/** The KPIs asked for (default: the score and the scored KPIs), formulas compiled. */
export function resolveKpis(ctx: BenchmarkContext, keys?: readonly string[]): ResolvedKpi[] {
  const { plan, dataset } = ctx;
  const wanted = keys && keys.length > 0 ? keys : [SCORE_KPI, ...plan.kpis.map((k) => k.key)];
  const catalogue = kpiCatalogue(plan.definition.customKpis);
  const scored = new Set(plan.kpis.map((k) => k.key));
  const measures = knownMeasures(dataset.measures.map((m) => m.key));
  const seen = new Set<string>();
  const out: ResolvedKpi[] = [];
  for (const key of wanted) {
    if (seen.has(key)) continue;
    seen.add(key);
    if (key === SCORE_KPI) {
      out.push({ info: SCORE_INFO });
      continue;
    }
    const def = catalogue.get(key);
    if (!def) {
      throw new AppError(
        'NOT_FOUND',
        `There is no KPI "${key}"; see benchmark.options for the list.`,
        {
          kpi: key,
        },
      );
    }
    out.push({
      info: infoOf(def, scored.has(key)),
      def,
      formula: compileFormula(def.formula, measures),
    });
  }
  return out;
}
