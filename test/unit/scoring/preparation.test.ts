/**
 * A KPI's preparation before normalisation: denominators (a measure or a partner attribute),
 * imputation (peer mean, peer median, the previous period) with a record per cell, outlier
 * treatment (winsorisation, log) with before/after, and "what it takes" through a treated scale.
 */
import { describe, expect, it } from 'vitest';
import type {
  KpiSelection,
  MethodologyDefinitionInput,
} from '../../../src/shared/api/scoring-methodology';
import {
  compileMethodology,
  knownMeasures,
} from '../../../src/main/core/scoring/compile-methodology';
import { scorePeriod } from '../../../src/main/core/scoring/score-period';
import { impute } from '../../../src/main/core/scoring/treatment/impute';
import { treat } from '../../../src/main/core/scoring/treatment/treat';
import {
  decodePartners,
  encodePartners,
} from '../../../src/main/core/scoring/versions/snapshot-codec';
import { makeDataset, passthroughKpi } from '../../helpers/scoring-dataset';

const N = NaN;

function setup(extra: Partial<KpiSelection>, values: Record<string, (number | null)[][]>) {
  const ds = makeDataset({
    partners: [
      { type: 'A' },
      { type: 'A' },
      { type: 'A' },
      { type: 'B' },
      { type: 'B' },
      { type: 'B' },
    ],
    periods: ['2025-Q1', '2025-Q2'],
    values,
  });
  const def: MethodologyDefinitionInput = {
    groupWeights: { revenue: 1 },
    kpis: [{ kpi: 'x', weight: 1, normaliser: { kind: 'minmax', min: 0, max: 1000 }, ...extra }],
    customKpis: [passthroughKpi('x')],
    tiers: [
      { name: 'Low', minScore: 0 },
      { name: 'High', minScore: 50 },
    ],
  };
  const plan = compileMethodology(def, knownMeasures(Object.keys(values)));
  ds.partners.attributes = [
    '{"employees": 10}',
    '{"employees": "20"}',
    '{"employees": 0}',
    null,
    '{"other": 1}',
    'not json',
  ];
  return { plan, ps: scorePeriod(plan, ds, 1) };
}

const X = {
  x: [
    [100, 200, 300, 400, 500, 600],
    [110, N, 330, N, 550, 900],
  ],
  staff: [
    [1, 1, 1, 1, 1, 1],
    [2, 4, 0, 5, N, 3],
  ],
};

describe('denominators', () => {
  it('divide by a measure of the same period; a zero or missing denominator leaves no value', () => {
    const { ps } = setup({ denominator: { kind: 'measure', measure: 'staff' } }, X);
    expect(Array.from(ps.structural.raw[0]!)).toEqual([55, N, N, N, N, 300]);
  });

  it('divide by a numeric partner attribute (numbers or numeric text)', () => {
    const { ps } = setup({ denominator: { kind: 'attribute', attribute: 'employees' } }, X);
    expect(Array.from(ps.structural.raw[0]!)).toEqual([11, N, N, N, N, N]);
  });

  it('survive a snapshot round trip, so a snapshot with them recomputes identically', () => {
    const ds = makeDataset({ partners: 2, periods: ['2025-Q1'], values: { x: [[1, 2]] } });
    ds.partners.attributes = ['{"employees": 4}', null];
    expect(decodePartners(encodePartners(ds.partners)).attributes).toEqual([
      '{"employees": 4}',
      null,
    ]);
    delete ds.partners.attributes;
    expect(decodePartners(encodePartners(ds.partners))).not.toHaveProperty('attributes');
  });

  it('name an unknown measure in the methodology', () => {
    expect(() => setup({ denominator: { kind: 'measure', measure: 'nope' } }, X)).toThrow(
      /kpis\.0\.denominator\.measure/,
    );
  });
});

describe('imputation', () => {
  it('fills the peer-group mean and median, recording each cell; coverage still counts the gap', () => {
    const mean = setup({ imputation: { kind: 'peer_mean' } }, X).ps;
    expect(mean.structural.imputed[0]).toEqual([
      { row: 1, value: 220, method: 'peer_mean' },
      { row: 3, value: 725, method: 'peer_mean' },
    ]);
    expect(mean.structural.scores[0]![1]).toBeCloseTo(22, 12);
    expect(Number.isNaN(mean.structural.normalised[0]![1]!)).toBe(true);
    expect(mean.weighted.coverage[1]).toBe(0);
    const median = setup({ imputation: { kind: 'peer_median', peerBy: [] } }, X).ps;
    expect(median.structural.imputed[0]!.map((c) => c.value)).toEqual([440, 440]);
  });

  it('finds the same medians as sorting, by selection, for any group sizes and ties', () => {
    let seed = 99;
    const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rnd() * 40);
      const G = 1 + Math.floor(rnd() * 4);
      const ids = Int32Array.from({ length: n }, () => Math.floor(rnd() * G));
      const values = Float64Array.from({ length: n }, () =>
        rnd() < 0.3 ? NaN : Math.floor(rnd() * 8),
      );
      const { imputed } = impute(values, 'peer_median', { ids, count: G, labels: [] });
      for (const cell of imputed) {
        const peers = Array.from(values)
          .filter((v, i) => !Number.isNaN(v) && ids[i] === ids[cell.row])
          .sort((a, b) => a - b);
        const all = Array.from(values)
          .filter((v) => !Number.isNaN(v))
          .sort((a, b) => a - b);
        const pool = peers.length > 0 ? peers : all;
        const m = pool.length >> 1;
        expect(cell.value).toBe(pool.length % 2 ? pool[m]! : (pool[m - 1]! + pool[m]!) / 2);
      }
    }
  });

  it('carries the previous period’s own value forward', () => {
    const { ps } = setup({ imputation: { kind: 'previous_period' } }, X);
    expect(ps.structural.imputed[0]).toEqual([
      { row: 1, value: 200, method: 'previous_period' },
      { row: 3, value: 400, method: 'previous_period' },
    ]);
    expect(ps.weighted.composite[3]).toBeCloseTo(40, 12);
  });
});

describe('outlier treatment', () => {
  const skewed = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 500];

  it('winsorises by the skew/kurtosis rule and lists every treated value', () => {
    const r = treat(Float64Array.from(skewed), { kind: 'winsorise' });
    expect(r.treated).toEqual([{ row: 19, before: 500, after: 19 }]);
    expect(r.transform(1000)).toBe(19);
    expect(r.transform(7)).toBe(7);
  });

  it('log-transforms as COINr log_CT: ln(x − min + 0.01·(max − min))', () => {
    const r = treat(Float64Array.from([2, 4, 12]), { kind: 'log' });
    expect(Array.from(r.values)).toEqual([Math.log(0.1), Math.log(2.1), Math.log(10.1)]);
    expect(r.treated).toHaveLength(3);
  });

  it('scores a winsorised KPI so that "what it takes" sees the cap', () => {
    const values = { x: [skewed.slice(0, 6), [1, 2, 3, 4, 5, 500]] };
    const treated = setup(
      {
        treatment: { kind: 'winsorise', skew: 1, kurtosis: 1 },
        normaliser: { kind: 'minmax', peerBy: [] },
      },
      values,
    ).ps;
    expect(treated.structural.treated[0]).toEqual([{ row: 5, before: 500, after: 5 }]);
    expect(treated.structural.scales[0]!.scoreAt(0, 10_000)).toBe(100);
    expect(treated.structural.scores[0]![3]).toBeCloseTo(75, 12);
  });
});
