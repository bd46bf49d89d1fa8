import { describe, expect, it } from 'vitest';
import { formatFormula, formulaInputs } from '../../../src/main/core/kpi/formula/ast';
import { FormulaError } from '../../../src/main/core/kpi/formula/formula-error';
import { parseFormula } from '../../../src/main/core/kpi/formula/parser';
import { compileFormula } from '../../../src/main/core/kpi/formula/validate';

const measures = new Set(['revenue', 'cost', 'orders', 'open_pipeline']);

function errorOf(source: string): FormulaError {
  try {
    compileFormula(source, measures);
  } catch (error) {
    expect(error).toBeInstanceOf(FormulaError);
    return error as FormulaError;
  }
  throw new Error(`"${source}" compiled`);
}

describe('formula parser', () => {
  it('respects precedence and associativity', () => {
    expect(formatFormula(parseFormula('revenue - cost - orders'))).toBe('revenue - cost - orders');
    expect(formatFormula(parseFormula('revenue - (cost - orders)'))).toBe(
      'revenue - (cost - orders)',
    );
    expect(formatFormula(parseFormula('(revenue - cost) / revenue * 2'))).toBe(
      '(revenue - cost) / revenue * 2',
    );
    expect(formatFormula(parseFormula('revenue / (cost * 2)'))).toBe('revenue / (cost * 2)');
    expect(formatFormula(parseFormula('-revenue + +cost'))).toBe('-revenue + cost');
  });

  it('reads numbers with exponents and percent signs, and names case-insensitively', () => {
    expect(parseFormula('1.5e3')).toMatchObject({ kind: 'number', value: 1500 });
    expect(parseFormula('50%')).toMatchObject({ kind: 'number', value: 0.5 });
    expect(parseFormula('.25')).toMatchObject({ kind: 'number', value: 0.25 });
    expect(parseFormula('Revenue')).toMatchObject({ kind: 'measure', name: 'revenue' });
  });

  it('lists the measures and targets a formula reads', () => {
    const inputs = formulaInputs(
      compileFormula('open_pipeline / max(target(revenue) - revenue, 0)', measures),
    );
    expect([...inputs.measures].sort()).toEqual(['open_pipeline', 'revenue']);
    expect([...inputs.targets]).toEqual(['revenue']);
  });

  it('names the position of syntax errors', () => {
    expect(errorOf('revenue +')).toMatchObject({
      position: 9,
      message: expect.stringMatching(/incomplete/),
    });
    expect(errorOf('(revenue - cost')).toMatchObject({
      position: 15,
      message: expect.stringMatching(/Expected "\)"/),
    });
    expect(errorOf('revenue $ cost')).toMatchObject({
      position: 8,
      message: expect.stringMatching(/Unexpected character "\$"/),
    });
    expect(errorOf('revenue cost')).toMatchObject({
      position: 8,
      message: expect.stringMatching(/after a complete expression/),
    });
    expect(errorOf('   ')).toMatchObject({ position: 0, message: expect.stringMatching(/empty/) });
    expect(errorOf('revenue * ')).toMatchObject({ message: expect.stringMatching(/at column 11/) });
  });

  it('names unknown measures and functions, with a suggestion', () => {
    const measure = errorOf('revnue / cost');
    expect(measure.message).toMatch(/Unknown measure "revnue" — did you mean "revenue"\?/);
    expect(measure).toMatchObject({ position: 0, length: 6 });
    const fn = errorOf('revenue / trailng_sum(cost, 4)');
    expect(fn.message).toMatch(/Unknown function "trailng_sum" — did you mean "trailing_sum"\?/);
    expect(fn.position).toBe(10);
    expect(errorOf('revenue / zzz').message).toMatch(/^Unknown measure "zzz" \(at column 11\)$/);
    expect(errorOf('prev').message).toMatch(/prev is a function/);
  });

  it('checks arity and argument kinds', () => {
    expect(errorOf('prev(revenue, cost)').message).toMatch(/prev\(\) takes 1 argument, got 2/);
    expect(errorOf('min(revenue)').message).toMatch(/min\(\) takes at least 2 arguments/);
    expect(errorOf('target(revenue * 2)').message).toMatch(/target\(\) needs a measure name/);
    expect(errorOf('lag(revenue, 1.5)').message).toMatch(/whole number of periods/);
    expect(errorOf('trailing_sum(revenue, 0)').message).toMatch(/between 1 and 40/);
  });

  it('refuses absurdly long or deep formulas instead of overflowing the stack', () => {
    expect(errorOf('('.repeat(500) + 'revenue' + ')'.repeat(500)).message).toMatch(
      /nested too deeply/,
    );
    expect(errorOf('revenue + '.repeat(300) + 'cost').message).toMatch(/longer than 2000/);
  });
});
