/** The parsed form of a KPI formula. `pos` is the 0-based offset of the node in the source. */
export type FormulaNode =
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'measure'; name: string; pos: number }
  | { kind: 'unary'; op: '-'; operand: FormulaNode; pos: number }
  | {
      kind: 'binary';
      op: '+' | '-' | '*' | '/';
      left: FormulaNode;
      right: FormulaNode;
      pos: number;
    }
  | { kind: 'call'; name: string; args: FormulaNode[]; pos: number };

/** Every measure a formula reads, split by values and targets. */
export interface FormulaInputs {
  measures: Set<string>;
  targets: Set<string>;
}

export function formulaInputs(node: FormulaNode, into?: FormulaInputs): FormulaInputs {
  const acc = into ?? { measures: new Set<string>(), targets: new Set<string>() };
  switch (node.kind) {
    case 'number':
      break;
    case 'measure':
      acc.measures.add(node.name);
      break;
    case 'unary':
      formulaInputs(node.operand, acc);
      break;
    case 'binary':
      formulaInputs(node.left, acc);
      formulaInputs(node.right, acc);
      break;
    case 'call': {
      const first = node.args[0];
      if (node.name === 'target' && first?.kind === 'measure') acc.targets.add(first.name);
      else node.args.forEach((a) => formulaInputs(a, acc));
    }
  }
  return acc;
}

/** Canonical text of a formula (normalised spacing and parentheses), for diffs and display. */
export function formatFormula(node: FormulaNode): string {
  switch (node.kind) {
    case 'number':
      return String(node.value);
    case 'measure':
      return node.name;
    case 'unary':
      return `-${wrap(node.operand, 3)}`;
    case 'binary': {
      const p = precedence(node);
      const right = node.op === '-' || node.op === '/' ? p + 1 : p;
      return `${wrap(node.left, p)} ${node.op} ${wrap(node.right, right)}`;
    }
    case 'call':
      return `${node.name}(${node.args.map(formatFormula).join(', ')})`;
  }
}

function precedence(node: FormulaNode): number {
  if (node.kind === 'binary') return node.op === '+' || node.op === '-' ? 1 : 2;
  if (node.kind === 'unary') return 3;
  return 4;
}

function wrap(node: FormulaNode, min: number): string {
  const text = formatFormula(node);
  return precedence(node) < min ? `(${text})` : text;
}
