/** The KPI library and formula checks as the API presents them to the editor. */
import type { FormulaCheck, KpiLibrary } from '../../../../shared/api/scoring-results';
import { formatFormula, formulaInputs } from '../../kpi/formula/ast';
import { FormulaError } from '../../kpi/formula/formula-error';
import { FORMULA_FUNCTIONS } from '../../kpi/formula/functions';
import { compileFormula } from '../../kpi/formula/validate';
import { BUILT_IN_KPIS } from '../../kpi/kpi-library';
import { STANDARD_MEASURES } from '../../workspace/standard-measures';
import { knownMeasures } from '../compile-methodology';
import { DERIVED_MEASURES } from '../derived-measures';

type MeasureRow = KpiLibrary['measures'][number];

const ARG_NAMES: Record<string, string> = {
  expr: 'x',
  measure: 'measure',
  int: 'n',
  'expr...': '…',
};

export function kpiLibrary(workspaceMeasures: MeasureRow[]): KpiLibrary {
  const measures = new Map<string, MeasureRow>();
  for (const m of STANDARD_MEASURES) measures.set(m.key, { ...m });
  measures.set('days_to_first_deal', {
    key: 'days_to_first_deal',
    name: 'Days to first deal',
    unit: 'days',
    aggregation: DERIVED_MEASURES[0]!.aggregation,
    description:
      'Derived: days from onboarding to the first won registered deal (partners onboarded in the last two years).',
  });
  for (const m of workspaceMeasures) if (!measures.has(m.key)) measures.set(m.key, m);
  return {
    kpis: BUILT_IN_KPIS.map((k) => ({ ...k, builtIn: true })),
    functions: FORMULA_FUNCTIONS.map((f) => ({
      name: f.name,
      signature: `${f.name}(${f.args.map((a) => ARG_NAMES[a]).join(', ')})`,
      summary: f.summary,
    })),
    measures: [...measures.values()],
  };
}

export function checkFormula(formula: string, workspaceMeasures: string[]): FormulaCheck {
  try {
    const node = compileFormula(formula, knownMeasures(workspaceMeasures));
    const inputs = formulaInputs(node);
    return {
      ok: true,
      measures: [...new Set([...inputs.measures, ...inputs.targets])],
      formatted: formatFormula(node),
    };
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    return {
      ok: false,
      error: { message: error.message, position: error.position, length: error.length },
      measures: [],
    };
  }
}
