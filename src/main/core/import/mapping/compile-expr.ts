/**
 * Turns the mapping's value expressions into functions over a row (string[]), resolved against
 * the file's columns once, so that per-row evaluation is a few array reads.
 */
import type { ValueExpr } from '../../../../shared/api/import';
import { codeToDay } from '../values/date-code';
import type { DateColumn } from '../values/date-column';
import { parseNumber } from '../values/parse-number';
import { columnIndex } from './columns';
import { MappingError } from './mapping-error';

export type Row = string[];
export type TextGetter = (row: Row) => string;
export type NumberGetter = (row: Row) => number;

/** A dimension file loaded for lookups: key → row. */
export interface LookupTable {
  name: string;
  fileName: string;
  columns: string[];
  rows: Map<string, Row>;
}

export interface ExprContext {
  fileName: string;
  columns: string[];
  lookups: Map<string, LookupTable>;
  decimalComma: boolean;
  /** The date reader for a column label (shared so one column is resolved once). */
  dateColumn(label: string): DateColumn;
  /** Indexes of the columns the compiled expressions read (filled while compiling). */
  used?: Set<number>;
}

/** The column (or description) an expression reads, for messages: `Amount`, `SalesAmount - Cost`. */
export function exprLabel(expr: ValueExpr): string {
  if (typeof expr === 'string') return expr;
  if ('column' in expr && !('lookup' in expr)) return expr.column;
  if ('const' in expr) return `"${expr.const}"`;
  if ('lookup' in expr) return `${expr.lookup}.${expr.column} via ${exprLabel(expr.key)}`;
  if ('difference' in expr)
    return `${exprLabel(expr.difference[0])} - ${exprLabel(expr.difference[1])}`;
  if ('daysBetween' in expr) {
    return `days from ${exprLabel(expr.daysBetween[0])} to ${exprLabel(expr.daysBetween[1])}`;
  }
  return expr.concat.map(exprLabel).join(' + ');
}

/** Trimmed text of the expression for a row ('' when empty or not found in a lookup). */
export function compileText(expr: ValueExpr, ctx: ExprContext): TextGetter {
  if (typeof expr === 'string' || ('column' in expr && !('lookup' in expr))) {
    const name = typeof expr === 'string' ? expr : (expr as { column: string }).column;
    const i = columnIndex(ctx.columns, name, ctx.fileName);
    ctx.used?.add(i);
    return (row) => {
      const v = row[i];
      if (v === undefined || v === '') return '';
      // Most cells need no trimming: two character reads are cheaper than trim().
      return v.charCodeAt(0) > 32 && v.charCodeAt(v.length - 1) > 32 ? v : v.trim();
    };
  }
  if ('const' in expr) {
    const value = expr.const;
    return () => value;
  }
  if ('lookup' in expr) {
    const table = ctx.lookups.get(expr.lookup);
    if (!table) {
      throw new MappingError(
        `${ctx.fileName}: the mapping uses lookup "${expr.lookup}", which is not defined or its file was not found.`,
      );
    }
    const key = compileText(expr.key, ctx);
    const i = columnIndex(table.columns, expr.column, table.fileName);
    return (row) => table.rows.get(key(row))?.[i]?.trim() ?? '';
  }
  if ('concat' in expr) {
    const parts = expr.concat.map((e) => compileText(e, ctx));
    const sep = expr.separator ?? ' ';
    return (row) =>
      parts
        .map((p) => p(row))
        .filter((s) => s !== '')
        .join(sep);
  }
  const number = compileNumber(expr, ctx);
  return (row) => {
    const n = number(row);
    return n === n ? String(n) : '';
  };
}

/** The number of the expression for a row; NaN when missing or not a number. */
export function compileNumber(expr: ValueExpr, ctx: ExprContext): NumberGetter {
  if (typeof expr === 'object' && 'difference' in expr) {
    const a = compileNumber(expr.difference[0], ctx);
    const b = compileNumber(expr.difference[1], ctx);
    return (row) => a(row) - b(row);
  }
  if (typeof expr === 'object' && 'daysBetween' in expr) {
    const [from, to] = expr.daysBetween.map((e) => compileFinalDate(e, ctx)) as [
      NumberGetter,
      NumberGetter,
    ];
    return (row) => {
      const a = from(row);
      const b = to(row);
      return a === a && b === b ? codeToDay(b) - codeToDay(a) : NaN;
    };
  }
  const text = compileText(expr, ctx);
  const comma = ctx.decimalComma;
  return (row) => {
    const t = text(row);
    return t === '' ? NaN : parseNumber(t, comma);
  };
}

/**
 * A date code for a row (see values/date-code.ts). Slash dates whose order is not decided yet
 * come back negative (raw): callers that store codes resolve them with `DateColumn.finalCode`
 * at the end; `daysBetween` resolves them at once with the order known so far.
 */
export function compileDate(expr: ValueExpr, ctx: ExprContext): NumberGetter {
  const text = compileText(expr, ctx);
  const dates = ctx.dateColumn(exprLabel(expr));
  return (row) => {
    const t = text(row);
    return t === '' ? NaN : dates.parse(t);
  };
}

/** Like compileDate, but resolving slash dates immediately (for values computed per row). */
export function compileFinalDate(expr: ValueExpr, ctx: ExprContext): NumberGetter {
  const raw = compileDate(expr, ctx);
  const dates = ctx.dateColumn(exprLabel(expr));
  return (row) => dates.finalCode(raw(row));
}

/** The two raw dates of a `daysBetween` expression, for callers that resolve them at the end. */
export interface DaysBetweenParts {
  from: NumberGetter;
  to: NumberGetter;
  fromDates: DateColumn;
  toDates: DateColumn;
}

export function daysBetweenParts(expr: ValueExpr, ctx: ExprContext): DaysBetweenParts | null {
  if (typeof expr !== 'object' || !('daysBetween' in expr)) return null;
  const [a, b] = expr.daysBetween;
  return {
    from: compileDate(a, ctx),
    to: compileDate(b, ctx),
    fromDates: ctx.dateColumn(exprLabel(a)),
    toDates: ctx.dateColumn(exprLabel(b)),
  };
}
