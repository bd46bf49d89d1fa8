/**
 * A KPI's value for every partner of the dataset in one period (NaN where missing): a library
 * formula evaluated by the engine's formula evaluator, or the composite score from the engine's
 * cached period scores. Columns are kept per dataset, so a page switching KPIs reads them once.
 */
import type { BenchmarkContext } from './benchmark-context';
import { SCORE_KPI, type ResolvedKpi } from './kpi-catalog';
import { evaluateFormula } from '../kpi/formula/evaluate';
import { canonicalJson } from '../scoring/versions/canonical-json';

const MAX_COLUMNS = 512;

function cached(ctx: BenchmarkContext, key: string, compute: () => Float64Array): Float64Array {
  return ctx.service.memo('benchmark.kpiColumn', key, compute, MAX_COLUMNS);
}

/** What a KPI's column in period `t` is kept under: equal keys, equal columns (per revision). */
export function kpiColumnKey(ctx: BenchmarkContext, kpi: ResolvedKpi, t: number): string {
  if (kpi.info.key === SCORE_KPI || !kpi.formula || !kpi.def) {
    return `score|${t}|${canonicalJson(ctx.plan.definition)}`;
  }
  return `kpi|${t}|${kpi.def.window}|${kpi.def.formula}`;
}

/** Values by dataset row; do not write into the result. */
export function kpiColumn(ctx: BenchmarkContext, kpi: ResolvedKpi, t: number): Float64Array {
  if (kpi.info.key === SCORE_KPI || !kpi.formula || !kpi.def) {
    return cached(ctx, kpiColumnKey(ctx, kpi, t), () => {
      const { structural, weighted } = ctx.service.score(ctx.plan, t);
      const out = new Float64Array(ctx.dataset.partners.id.length).fill(NaN);
      structural.rows.forEach((row, i) => (out[row] = weighted.composite[i]!));
      return out;
    });
  }
  const { def, formula } = kpi;
  return cached(ctx, kpiColumnKey(ctx, kpi, t), () =>
    evaluateFormula(formula, ctx.data, t, def.window),
  );
}
