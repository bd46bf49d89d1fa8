/**
 * The functions a KPI formula may call. `args` says what each argument must be: any expression,
 * a measure name (`target(revenue)`) or a whole-number literal (`lag(revenue, 4)`); a trailing
 * `'expr...'` accepts any number of expressions.
 */
export type ArgKind = 'expr' | 'measure' | 'int' | 'expr...';

export interface FormulaFunction {
  name: string;
  args: ArgKind[];
  summary: string;
}

export const FORMULA_FUNCTIONS: readonly FormulaFunction[] = [
  { name: 'target', args: ['measure'], summary: "The partner's target for a measure." },
  { name: 'prev', args: ['expr'], summary: 'The value in the previous period.' },
  { name: 'lag', args: ['expr', 'int'], summary: 'The value n periods earlier.' },
  {
    name: 'growth',
    args: ['expr'],
    summary: 'Change against the previous period: x / prev(x) - 1.',
  },
  { name: 'yoy', args: ['expr'], summary: 'Change against the same period a year earlier.' },
  { name: 'trailing_sum', args: ['expr', 'int'], summary: 'Sum over the last n periods.' },
  { name: 'trailing_avg', args: ['expr', 'int'], summary: 'Average over the last n periods.' },
  { name: 'ytd_sum', args: ['expr'], summary: 'Sum since the start of the fiscal year.' },
  { name: 'total', args: ['expr'], summary: 'Sum over all scored partners (e.g. for a share).' },
  {
    name: 'coalesce',
    args: ['expr', 'expr...'],
    summary: 'The first argument that is not missing.',
  },
  { name: 'min', args: ['expr', 'expr...'], summary: 'The smallest argument.' },
  { name: 'max', args: ['expr', 'expr...'], summary: 'The largest argument.' },
  { name: 'abs', args: ['expr'], summary: 'The absolute value.' },
];

export const FUNCTIONS_BY_NAME: ReadonlyMap<string, FormulaFunction> = new Map(
  FORMULA_FUNCTIONS.map((f) => [f.name, f]),
);

/** Largest n accepted by lag/trailing functions (ten years of quarters). */
export const MAX_PERIOD_ARG = 40;
