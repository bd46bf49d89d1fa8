/**
 * Recursive-descent parser for KPI formulas:
 *   expr    := term (('+' | '-') term)*
 *   term    := unary (('*' | '/') unary)*
 *   unary   := ('-' | '+') unary | primary
 *   primary := number | name | name '(' [expr (',' expr)*] ')' | '(' expr ')'
 * It only builds the tree; `validateFormula` checks names against measures and functions.
 */
import type { FormulaNode } from './ast';
import { FormulaError } from './formula-error';
import { tokenize, type Token } from './tokenizer';

const MAX_DEPTH = 64;

export function parseFormula(source: string): FormulaNode {
  const tokens = tokenize(source);
  let i = 0;
  let depth = 0;
  const peek = (): Token => tokens[i]!;
  const next = (): Token => tokens[i++]!;
  const isOp = (t: Token, value: string): t is Extract<Token, { type: 'op' }> =>
    t.type === 'op' && t.value === value;

  function describe(t: Token): string {
    return t.type === 'end' ? 'the end of the formula' : `"${t.text}"`;
  }

  function expect(value: string, context: string) {
    const t = peek();
    if (!isOp(t, value))
      throw new FormulaError(
        `Expected "${value}" ${context}, found ${describe(t)}`,
        t.pos,
        t.text.length,
      );
    i += 1;
  }

  function expr(): FormulaNode {
    if (++depth > MAX_DEPTH) throw new FormulaError('Formula is nested too deeply', peek().pos);
    let left = term();
    for (let t = peek(); isOp(t, '+') || isOp(t, '-'); t = peek()) {
      i += 1;
      left = { kind: 'binary', op: t.value as '+' | '-', left, right: term(), pos: t.pos };
    }
    depth -= 1;
    return left;
  }

  function term(): FormulaNode {
    let left = unary();
    for (let t = peek(); isOp(t, '*') || isOp(t, '/'); t = peek()) {
      i += 1;
      left = { kind: 'binary', op: t.value as '*' | '/', left, right: unary(), pos: t.pos };
    }
    return left;
  }

  function unary(): FormulaNode {
    const t = peek();
    if (isOp(t, '-') || isOp(t, '+')) {
      i += 1;
      if (++depth > MAX_DEPTH) throw new FormulaError('Formula is nested too deeply', t.pos);
      const operand = unary();
      depth -= 1;
      return t.value === '-' ? { kind: 'unary', op: '-', operand, pos: t.pos } : operand;
    }
    return primary();
  }

  function primary(): FormulaNode {
    const t = next();
    if (t.type === 'number') return { kind: 'number', value: t.value, pos: t.pos };
    if (t.type === 'ident') {
      if (!isOp(peek(), '(')) return { kind: 'measure', name: t.value, pos: t.pos };
      i += 1;
      const args: FormulaNode[] = [];
      if (!isOp(peek(), ')')) {
        args.push(expr());
        while (isOp(peek(), ',')) {
          i += 1;
          args.push(expr());
        }
      }
      expect(')', `to close ${t.value}(`);
      return { kind: 'call', name: t.value, args, pos: t.pos };
    }
    if (t.type === 'op' && t.value === '(') {
      const inner = expr();
      expect(')', 'to close "("');
      return inner;
    }
    if (t.type === 'end') throw new FormulaError('The formula is incomplete', t.pos);
    throw new FormulaError(`Unexpected ${describe(t)}`, t.pos, t.text.length);
  }

  if (peek().type === 'end') throw new FormulaError('The formula is empty', 0);
  const tree = expr();
  const rest = peek();
  if (rest.type !== 'end') {
    throw new FormulaError(
      `Unexpected ${describe(rest)} after a complete expression`,
      rest.pos,
      rest.text.length,
    );
  }
  return tree;
}
