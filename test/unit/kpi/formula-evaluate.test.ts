import { describe, expect, it } from 'vitest';
import { evaluateFormula } from '../../../src/main/core/kpi/formula/evaluate';
import { formulaLookback } from '../../../src/main/core/kpi/formula/lookback';
import { compileFormula } from '../../../src/main/core/kpi/formula/validate';
import { DatasetFormulaData } from '../../../src/main/core/scoring/dataset-formula-data';
import { makeDataset } from '../../helpers/scoring-dataset';

// Two partners over six quarters spanning two fiscal years.
const ds = makeDataset({
  partners: 2,
  periods: ['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'],
  values: {
    revenue: [
      [100, 10],
      [200, null],
      [300, 30],
      [400, 0],
      [150, 50],
      [500, 60],
    ],
    staff: [
      [10, 1],
      [null, 2],
      [12, null],
      [null, null],
      [14, 3],
      [15, 3],
    ],
    csat: [
      [80, null],
      [90, null],
      [70, null],
      [60, null],
      [50, 40],
      [100, 60],
    ],
  },
  aggregation: { staff: 'last', csat: 'avg' },
  targets: {
    revenue: [
      [100, 10],
      [100, 10],
      [200, 0],
      [200, 20],
      [100, null],
      [400, 40],
    ],
  },
});
const data = new DatasetFormulaData(ds);
const measures = new Set(['revenue', 'staff', 'csat']);

function run(formula: string, t: number, window: 'period' | 'trailing4' | 'ytd' = 'period') {
  return Array.from(evaluateFormula(compileFormula(formula, measures), data, t, window));
}

describe('formula evaluation', () => {
  it('does arithmetic column-wise with safe division', () => {
    expect(run('revenue / target(revenue)', 2)).toEqual([1.5, NaN]); // 30 / 0 is missing
    expect(run('revenue / 0', 0)).toEqual([NaN, NaN]);
    expect(run('-revenue * 2 + 1', 0)).toEqual([-199, -19]);
    expect(run('revenue - revenue', 1)).toEqual([0, NaN]);
  });

  it('looks back with prev, lag, growth and yoy', () => {
    expect(run('prev(revenue)', 0)).toEqual([NaN, NaN]);
    expect(run('prev(revenue)', 2)).toEqual([200, NaN]);
    expect(run('lag(revenue, 2)', 3)).toEqual([200, NaN]);
    expect(run('growth(revenue)', 3)).toEqual([400 / 300 - 1, -1]);
    expect(run('growth(revenue)', 4)).toEqual([150 / 400 - 1, NaN]); // previous value 0
    expect(run('yoy(revenue)', 4)).toEqual([150 / 100 - 1, 50 / 10 - 1]);
    expect(run('yoy(revenue)', 3)).toEqual([NaN, NaN]);
  });

  it('sums over trailing windows and the fiscal year, skipping missing values', () => {
    expect(run('trailing_sum(revenue, 3)', 2)).toEqual([600, 40]);
    expect(run('trailing_avg(revenue, 2)', 2)).toEqual([250, 30]);
    expect(run('ytd_sum(revenue)', 1)).toEqual([300, 10]); // FY2024: Q3 + Q4
    expect(run('ytd_sum(revenue)', 4)).toEqual([850, 80]); // FY2025: Q1..Q3
  });

  it('rolls measures up over the KPI window by each measure’s rule', () => {
    expect(run('revenue', 4, 'trailing4')).toEqual([200 + 300 + 400 + 150, 30 + 0 + 50]);
    expect(run('staff', 3, 'trailing4')).toEqual([12, 2]); // last known value
    expect(run('csat', 5, 'trailing4')).toEqual([70, 50]); // mean of present values
    expect(run('revenue', 5, 'ytd')).toEqual([1350, 140]);
    expect(run('revenue / target(revenue)', 5, 'ytd')).toEqual([1350 / 900, 140 / 60]);
  });

  it('computes shares, extremes and fallbacks', () => {
    expect(run('revenue / total(revenue)', 0)).toEqual([100 / 110, 10 / 110]);
    expect(run('max(revenue, 150)', 0)).toEqual([150, 150]);
    expect(run('min(revenue, staff)', 1)).toEqual([NaN, NaN]);
    expect(run('coalesce(revenue, staff, 0)', 1)).toEqual([200, 2]);
    expect(run('abs(growth(revenue))', 3)).toEqual([400 / 300 - 1, 1]);
  });

  it('reads a known measure the workspace has no data for as missing', () => {
    const node = compileFormula('orders', new Set(['orders']));
    expect(Array.from(evaluateFormula(node, data, 0))).toEqual([NaN, NaN]);
  });

  it('knows how far back a formula reads', () => {
    const lookback = (f: string, w: 'period' | 'trailing4' | 'ytd' = 'period') =>
      formulaLookback(compileFormula(f, measures), w, 4);
    expect(lookback('revenue')).toBe(0);
    expect(lookback('revenue', 'trailing4')).toBe(3);
    expect(lookback('yoy(revenue)')).toBe(4);
    expect(lookback('yoy(revenue)', 'trailing4')).toBe(7);
    expect(lookback('trailing_sum(prev(revenue), 4)')).toBe(4);
    expect(lookback('revenue / target(revenue)', 'ytd')).toBe(3);
  });
});
