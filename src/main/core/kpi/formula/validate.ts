/** Checks a parsed formula against the known measures and functions, with positions in errors. */
import type { FormulaNode } from './ast';
import { FormulaError, suggest } from './formula-error';
import { FUNCTIONS_BY_NAME, MAX_PERIOD_ARG } from './functions';
import { parseFormula } from './parser';

export function validateFormula(node: FormulaNode, measures: ReadonlySet<string>): void {
  switch (node.kind) {
    case 'number':
      return;
    case 'measure':
      if (!measures.has(node.name)) {
        const hint = FUNCTIONS_BY_NAME.has(node.name)
          ? ` (${node.name} is a function: write ${node.name}(…))`
          : didYouMean(node.name, measures);
        throw new FormulaError(`Unknown measure "${node.name}"${hint}`, node.pos, node.name.length);
      }
      return;
    case 'unary':
      return validateFormula(node.operand, measures);
    case 'binary':
      validateFormula(node.left, measures);
      return validateFormula(node.right, measures);
    case 'call':
      return validateCall(node, measures);
  }
}

function validateCall(node: Extract<FormulaNode, { kind: 'call' }>, measures: ReadonlySet<string>) {
  const fn = FUNCTIONS_BY_NAME.get(node.name);
  if (!fn) {
    throw new FormulaError(
      `Unknown function "${node.name}"${didYouMean(node.name, FUNCTIONS_BY_NAME.keys())}`,
      node.pos,
      node.name.length,
    );
  }
  const variadic = fn.args[fn.args.length - 1] === 'expr...';
  const fixed = variadic ? fn.args.length - 1 : fn.args.length;
  const ok = variadic ? node.args.length >= fixed + 1 : node.args.length === fixed;
  if (!ok) {
    const expected = variadic ? `at least ${fixed + 1}` : String(fixed);
    throw new FormulaError(
      `${node.name}() takes ${expected} argument${expected === '1' ? '' : 's'}, got ${node.args.length}`,
      node.pos,
      node.name.length,
    );
  }
  node.args.forEach((arg, i) => {
    const kind = fn.args[Math.min(i, fn.args.length - 1)];
    if (kind === 'measure') {
      if (arg.kind !== 'measure') {
        throw new FormulaError(`${node.name}() needs a measure name`, arg.pos);
      }
      validateFormula(arg, measures);
    } else if (kind === 'int') {
      if (
        arg.kind !== 'number' ||
        !Number.isInteger(arg.value) ||
        arg.value < 1 ||
        arg.value > MAX_PERIOD_ARG
      ) {
        throw new FormulaError(
          `${node.name}() needs a whole number of periods between 1 and ${MAX_PERIOD_ARG}`,
          arg.pos,
        );
      }
    } else {
      validateFormula(arg, measures);
    }
  });
}

function didYouMean(name: string, candidates: Iterable<string>): string {
  const best = suggest(name, candidates);
  return best ? ` — did you mean "${best}"?` : '';
}

/** Parses and validates in one step; throws FormulaError. */
export function compileFormula(source: string, measures: ReadonlySet<string>): FormulaNode {
  const node = parseFormula(source);
  validateFormula(node, measures);
  return node;
}
