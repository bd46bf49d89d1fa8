/** Splits a formula into tokens. Numbers may use exponents (`1e3`) and a percent sign (`50%`). */
import { FormulaError } from './formula-error';

export type Token =
  | { type: 'number'; value: number; pos: number; text: string }
  | { type: 'ident'; value: string; pos: number; text: string }
  | { type: 'op'; value: '+' | '-' | '*' | '/' | '(' | ')' | ','; pos: number; text: string }
  | { type: 'end'; pos: number; text: string };

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;
const OPS = new Set(['+', '-', '*', '/', '(', ')', ',']);

export const MAX_FORMULA_LENGTH = 2000;

export function tokenize(source: string): Token[] {
  if (source.length > MAX_FORMULA_LENGTH) {
    throw new FormulaError(`Formula is longer than ${MAX_FORMULA_LENGTH} characters`, 0);
  }
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < source.length) {
    const ch = source[pos]!;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      pos += 1;
      continue;
    }
    const rest = source.slice(pos);
    const number = NUMBER.exec(rest);
    if (number) {
      const text = number[0];
      const percent = text.endsWith('%');
      const value = Number(percent ? text.slice(0, -1) : text);
      tokens.push({ type: 'number', value: percent ? value / 100 : value, pos, text });
      pos += text.length;
      continue;
    }
    const ident = IDENT.exec(rest);
    if (ident) {
      tokens.push({ type: 'ident', value: ident[0].toLowerCase(), pos, text: ident[0] });
      pos += ident[0].length;
      continue;
    }
    if (OPS.has(ch)) {
      tokens.push({ type: 'op', value: ch as '+', pos, text: ch });
      pos += 1;
      continue;
    }
    throw new FormulaError(`Unexpected character "${ch}"`, pos);
  }
  tokens.push({ type: 'end', pos: source.length, text: '' });
  return tokens;
}
