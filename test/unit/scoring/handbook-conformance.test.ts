/**
 * Conformance with the worked example of the JRC/OECD Handbook on Constructing Composite
 * Indicators (2008): the Technology Achievement Index on 23 countries. The Handbook's raw data
 * (Table A.2) go through the Partnerscope engine and diagnostics:
 * - min–max normalisation of mean years of schooling equals Table 15 at its two decimals;
 * - the standardised Cronbach's alpha of the eight indicators, the alpha after deleting each one
 *   and each one's correlation with the total of the others match Table 11. Table 11 was computed
 *   from unrounded logarithms of telephones and electricity, which Table A.2 gives to two
 *   decimals: agreement is within 0.002 (alpha) and 0.006 (correlations), and the same rounding
 *   of the inputs is why no tighter bound holds.
 * Provenance and licence: test/fixtures/handbook-tai/PROVENANCE.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileMethodology,
  knownMeasures,
} from '../../../src/main/core/scoring/compile-methodology';
import { pearson } from '../../../src/main/core/scoring/diagnostics/correlation';
import { alphaIfDropped, cronbachAlpha } from '../../../src/main/core/scoring/diagnostics/cronbach';
import { scorePeriod } from '../../../src/main/core/scoring/score-period';
import { makeDataset, passthroughKpi } from '../../helpers/scoring-dataset';

interface Tai {
  countries: string[];
  indicators: Record<string, number[]>;
  table15_schooling_minmax: number[];
  table11: {
    standardisedAlpha: number;
    alphaIfDeleted: Record<string, number>;
    correlationWithTotal: Record<string, number>;
  };
}

const tai = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/handbook-tai/tai.json'), 'utf8'),
) as Tai;
const keys = Object.keys(tai.indicators);

/** z-scores with the sample standard deviation (the Handbook's standardisation, section 5.2). */
function standardise(values: number[]): Float64Array {
  const n = values.length;
  const mean = values.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  return Float64Array.from(values, (x) => (x - mean) / sd);
}

describe('Handbook worked example: Technology Achievement Index', () => {
  it('min–max normalises schooling as Table 15 does (two decimals)', () => {
    const ds = makeDataset({
      partners: tai.countries.map(() => ({})),
      periods: ['2001-Q4'],
      values: { schooling: [tai.indicators.schooling!] },
    });
    const plan = compileMethodology(
      {
        peerGroup: [],
        groupWeights: { revenue: 1 },
        kpis: [{ kpi: 'schooling', weight: 1, normaliser: { kind: 'minmax' } }],
        customKpis: [passthroughKpi('schooling')],
        tiers: [{ name: 'All', minScore: 0 }],
      },
      knownMeasures(['schooling']),
    );
    const scores = scorePeriod(plan, ds, 0).structural.normalised[0]!;
    // The engine scores 0–100; the Handbook's min–max is 0–1.
    const shown = Array.from(scores, (s) => Number((s / 100).toFixed(2)));
    expect(shown).toEqual(tai.table15_schooling_minmax);
  });

  it('finds Table 11: standardised alpha, alpha if deleted, correlation with the total', () => {
    const columns = keys.map((k) => standardise(tai.indicators[k]!));
    expect(cronbachAlpha(columns)).toBeCloseTo(tai.table11.standardisedAlpha, 2);
    const dropped = alphaIfDropped(columns);
    keys.forEach((k, j) => {
      expect(Math.abs(dropped[j]! - tai.table11.alphaIfDeleted[k]!), k).toBeLessThanOrEqual(0.002);
      const others = Float64Array.from(columns[0]!, (_, i) =>
        columns.reduce((s, c, q) => (q === j ? s : s + c[i]!), 0),
      );
      const r = pearson(columns[j]!, others);
      expect(Math.abs(r - tai.table11.correlationWithTotal[k]!), k).toBeLessThanOrEqual(0.006);
    });
    // The Handbook's reading: exports pull against the rest (alpha rises most without them).
    const highest = keys[dropped.indexOf(Math.max(...dropped))];
    expect(highest).toBe('exports');
  });
});
