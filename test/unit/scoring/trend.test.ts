import { describe, expect, it } from 'vitest';
import {
  compileMethodology,
  knownMeasures,
} from '../../../src/main/core/scoring/compile-methodology';
import {
  changeAt,
  scoreAllPeriods,
  seriesOf,
  trendFlag,
} from '../../../src/main/core/scoring/trend';
import { makeDataset, passthroughKpi } from '../../helpers/scoring-dataset';

const rules = { periods: 3, stagnationBand: 2, regressionDrop: 5 };

describe('trend flags', () => {
  it('flags regression, improvement and stagnation over the last N periods', () => {
    expect(trendFlag([50, 45, 40, 30], 3, rules)).toBe('regressing');
    expect(trendFlag([50, 49, 48, 47], 3, rules)).toBe(null); // fell, but only 3 points
    expect(trendFlag([40, 45, 50, 60], 3, rules)).toBe('improving');
    expect(trendFlag([50, 51, 50.5, 51.5], 3, rules)).toBe('stagnating');
    expect(trendFlag([50, 40, 45, 30], 3, rules)).toBe(null);
    expect(trendFlag([50, NaN, 45, 30], 3, rules)).toBe(null);
    expect(trendFlag([45, 30], 1, { ...rules, periods: 1 })).toBe('regressing');
    expect(trendFlag([45, 30], 1, { ...rules, periods: 2 })).toBe(null);
    expect(changeAt([45, 30], 1)).toBe(-15);
  });

  it('scores every period on its own data', () => {
    const ds = makeDataset({
      partners: [{}, { onboardedOn: '2025-04-15' }],
      periods: ['2025-Q1', '2025-Q2', '2025-Q3'],
      values: {
        k1: [
          [10, null],
          [20, 90],
          [30, 80],
        ],
      },
    });
    const plan = compileMethodology(
      {
        groupWeights: { revenue: 1 },
        kpis: [{ kpi: 'k1', weight: 1, normaliser: { kind: 'minmax', min: 0, max: 100 } }],
        customKpis: [passthroughKpi('k1')],
        tiers: [{ name: 'Registered', minScore: 0 }],
      },
      knownMeasures(['k1']),
    );
    const trend = scoreAllPeriods(plan, ds);
    expect(seriesOf(trend, 0)).toEqual([10, 20, 30]);
    expect(seriesOf(trend, 1)).toEqual([NaN, 90, 80]); // not onboarded in Q1
  });
});
