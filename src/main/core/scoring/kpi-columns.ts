/**
 * Raw KPI values for one period: each formula evaluated over every partner, then gathered to the
 * rows being scored. Targets are evaluated the same way for KPIs that have one.
 */
import { evaluateFormula } from '../kpi/formula/evaluate';
import type { FormulaData } from '../kpi/formula/formula-data';
import { attributeColumn } from './attribute-values';
import type { ScoringDataset } from './dataset';
import type { PlanKpi } from './plan';

/**
 * `column` at `rows`; `share`: the caller only reads the result, which may then be `column`
 * itself when `rows` is every row in order.
 */
export function gather(column: Float64Array, rows: Int32Array, share = false): Float64Array {
  if (isIdentity(rows, column.length)) return share ? column : column.slice(0, rows.length);
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = column[rows[i]!]!;
  return out;
}

/**
 * Rows 0, 1, …, n − 1 (every partner, the usual case): a copy is then one memcpy. Checked once
 * per rows array (they are built once, by `eligibleRows` and the like, and never written).
 */
const identities = new WeakMap<Int32Array, boolean>();
function isIdentity(rows: Int32Array, n: number): boolean {
  if (rows.length !== n) return false;
  let known = identities.get(rows);
  if (known === undefined) {
    known = true;
    for (let i = 0; i < n; i++) if (rows[i] !== i) known = false;
    identities.set(rows, known);
  }
  return known;
}

/**
 * The KPI's value per row, divided by its denominator when it has one (a measure over the same
 * window, or a partner attribute from `ds`); a zero or missing denominator leaves no value.
 * `readOnly`: the caller never writes into the result, which may then be the formula's own
 * column (for example a measure column of the dataset) instead of a copy.
 */
export function kpiRawValues(
  kpi: PlanKpi,
  data: FormulaData,
  t: number,
  rows: Int32Array,
  ds?: ScoringDataset,
  readOnly = false,
): Float64Array {
  const d = kpi.denominator;
  const values = gather(
    evaluateFormula(kpi.formula, data, t, kpi.def.window),
    rows,
    readOnly && !d,
  );
  if (!d) return values;
  const by =
    'formula' in d
      ? gather(evaluateFormula(d.formula, data, t, kpi.def.window), rows)
      : ds
        ? gather(attributeColumn(ds, d.attribute), rows)
        : new Float64Array(rows.length).fill(NaN);
  for (let i = 0; i < values.length; i++) {
    const b = by[i]!;
    values[i] = b !== 0 && !Number.isNaN(b) ? values[i]! / b : NaN;
  }
  return values;
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
