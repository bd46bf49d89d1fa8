/** How many periods before the scored one a formula reads (for snapshots and history checks). */
import type { FormulaNode } from './ast';
import type { MeasureWindow } from './formula-data';

export function windowDepth(window: MeasureWindow, periodsPerYear: number): number {
  return window === 'trailing4' ? 3 : window === 'ytd' ? periodsPerYear - 1 : 0;
}

export function formulaLookback(
  node: FormulaNode,
  window: MeasureWindow,
  periodsPerYear: number,
): number {
  const self = (child: FormulaNode) => formulaLookback(child, window, periodsPerYear);
  switch (node.kind) {
    case 'number':
      return 0;
    case 'measure':
      return windowDepth(window, periodsPerYear);
    case 'unary':
      return self(node.operand);
    case 'binary':
      return Math.max(self(node.left), self(node.right));
    case 'call': {
      const inner = Math.max(0, ...node.args.map(self));
      const int = (i: number) => (node.args[i] as { value: number }).value;
      switch (node.name) {
        case 'target':
          return windowDepth(window, periodsPerYear);
        case 'prev':
        case 'growth':
          return inner + 1;
        case 'lag':
          return self(node.args[0]!) + int(1);
        case 'yoy':
          return inner + periodsPerYear;
        case 'trailing_sum':
        case 'trailing_avg':
          return self(node.args[0]!) + int(1) - 1;
        case 'ytd_sum':
          return inner + periodsPerYear - 1;
        default:
          return inner;
      }
    }
  }
}
