/**
 * Columnar evaluation of a formula for every partner at once, over Float64Array columns with NaN
 * for missing values. Division by zero and any non-finite result give a missing value, never
 * Infinity. Time functions (prev, lag, yoy, trailing_*, ytd_sum) evaluate their argument at
 * earlier periods; before the first period every value is missing.
 */
import type { FormulaNode } from './ast';
import type { FormulaData, MeasureWindow } from './formula-data';

type Call = Extract<FormulaNode, { kind: 'call' }>;

export function evaluateFormula(
  node: FormulaNode,
  data: FormulaData,
  t: number,
  window: MeasureWindow = 'period',
): Float64Array {
  const n = data.size;
  if (t < 0 || t >= data.periodCount) return new Float64Array(n).fill(NaN);
  switch (node.kind) {
    case 'number':
      return new Float64Array(n).fill(node.value);
    case 'measure':
      return data.measure(node.name, t, window);
    case 'unary': {
      const a = evaluateFormula(node.operand, data, t, window);
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = -a[i]!;
      return out;
    }
    case 'binary':
      return binary(
        node.op,
        evaluateFormula(node.left, data, t, window),
        evaluateFormula(node.right, data, t, window),
      );
    case 'call':
      return call(node, data, t, window);
  }
}

function binary(op: '+' | '-' | '*' | '/', a: Float64Array, b: Float64Array): Float64Array {
  const n = a.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    let r: number;
    if (op === '+') r = x + y;
    else if (op === '-') r = x - y;
    else if (op === '*') r = x * y;
    else r = y === 0 ? NaN : x / y;
    out[i] = Number.isFinite(r) ? r : NaN;
  }
  return out;
}

function call(node: Call, data: FormulaData, t: number, window: MeasureWindow): Float64Array {
  const arg = (i: number, at = t) => evaluateFormula(node.args[i]!, data, at, window);
  const int = (i: number) => (node.args[i] as { value: number }).value;
  switch (node.name) {
    case 'target':
      return data.target((node.args[0] as { name: string }).name, t, window);
    case 'prev':
      return arg(0, t - 1);
    case 'lag':
      return arg(0, t - int(1));
    case 'growth':
      return change(arg(0), arg(0, t - 1));
    case 'yoy':
      return change(arg(0), arg(0, t - data.periodsPerYear));
    case 'trailing_sum':
      return reduceOverTime(node, data, t - int(1) + 1, t, window, false);
    case 'trailing_avg':
      return reduceOverTime(node, data, t - int(1) + 1, t, window, true);
    case 'ytd_sum':
      return reduceOverTime(node, data, data.yearStart(t), t, window, false);
    case 'total':
      return total(arg(0));
    case 'abs':
      return arg(0).map(Math.abs);
    case 'coalesce':
      return combine(node, data, t, window, (acc, x) => (Number.isNaN(acc) ? x : acc));
    case 'min':
      return combine(node, data, t, window, Math.min);
    case 'max':
      return combine(node, data, t, window, Math.max);
    default:
      throw new Error(`unknown formula function ${node.name}`);
  }
}

function change(now: Float64Array, before: Float64Array): Float64Array {
  return now.map((x, i) => {
    const b = before[i]!;
    const r = b === 0 ? NaN : x / b - 1;
    return Number.isFinite(r) ? r : NaN;
  });
}

/** Sum (or mean) of the first argument over periods from..to, skipping missing values. */
function reduceOverTime(
  node: Call,
  data: FormulaData,
  from: number,
  to: number,
  window: MeasureWindow,
  mean: boolean,
): Float64Array {
  const n = data.size;
  const sum = new Float64Array(n);
  const count = new Uint16Array(n);
  for (let s = Math.max(0, from); s <= to; s++) {
    const col = evaluateFormula(node.args[0]!, data, s, window);
    for (let i = 0; i < n; i++) {
      const x = col[i]!;
      if (!Number.isNaN(x)) {
        sum[i] = sum[i]! + x;
        count[i] = count[i]! + 1;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const c = count[i]!;
    sum[i] = c === 0 ? NaN : mean ? sum[i]! / c : sum[i]!;
  }
  return sum;
}

function total(col: Float64Array): Float64Array {
  let sum = 0;
  let any = false;
  for (const x of col) {
    if (!Number.isNaN(x)) {
      sum += x;
      any = true;
    }
  }
  return new Float64Array(col.length).fill(any ? sum : NaN);
}

function combine(
  node: Call,
  data: FormulaData,
  t: number,
  window: MeasureWindow,
  step: (acc: number, x: number) => number,
): Float64Array {
  const out = Float64Array.from(evaluateFormula(node.args[0]!, data, t, window));
  for (let a = 1; a < node.args.length; a++) {
    const col = evaluateFormula(node.args[a]!, data, t, window);
    for (let i = 0; i < out.length; i++) out[i] = step(out[i]!, col[i]!);
  }
  return out;
}
