import { describe, expect, it } from 'vitest';
import type { MethodologyDefinitionInput } from '../../../src/shared/api/scoring-methodology';
import {
  compileMethodology,
  knownMeasures,
} from '../../../src/main/core/scoring/compile-methodology';
import type { ScoringDataset } from '../../../src/main/core/scoring/dataset';
import { scorePeriod } from '../../../src/main/core/scoring/score-period';
import { whatItTakes } from '../../../src/main/core/scoring/what-it-takes';
import { makeDataset, passthroughKpi } from '../../helpers/scoring-dataset';

const def: MethodologyDefinitionInput = {
  groupWeights: { revenue: 50, pipeline: 50 },
  kpis: [
    { kpi: 'k1', weight: 1, normaliser: { kind: 'minmax', min: 0, max: 100 } },
    { kpi: 'k2', weight: 1, normaliser: { kind: 'percentile' } },
    { kpi: 'k3', weight: 1, normaliser: { kind: 'zscore', spread: 2 } },
  ],
  customKpis: [
    passthroughKpi('k1'),
    { ...passthroughKpi('k2'), category: 'pipeline' },
    { ...passthroughKpi('k3'), category: 'pipeline', unit: 'currency' },
    passthroughKpi('certs'),
  ],
  tiers: [
    { name: 'Registered', minScore: 0 },
    { name: 'Silver', minScore: 40 },
    { name: 'Gold', minScore: 60, gates: [{ kpi: 'certs', op: 'gte', value: 2 }] },
  ],
};
const plan = compileMethodology(def, knownMeasures(['k1', 'k2', 'k3', 'certs']));

const values = {
  k1: [[30, 40, 50, 60, 70, 80]],
  k2: [[5, 10, 15, 20, 25, 30]],
  k3: [[1000, 1500, 2000, 2500, 3000, 3500]],
  certs: [[3, 3, 1, 3, 3, 3]],
};

function withValue(measure: keyof typeof values, row: number, value: number): ScoringDataset {
  const copy = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, v.map((r) => [...r])]),
  );
  copy[measure]![0]![row] = value;
  return makeDataset({ partners: 6, periods: ['2025-Q1'], values: copy });
}

describe('what it takes', () => {
  const ds = makeDataset({ partners: 6, periods: ['2025-Q1'], values });
  const ps = scorePeriod(plan, ds, 0);

  it('finds, per KPI, a value that a full rescore confirms reaches the next tier, and no less', () => {
    const row = 3; // Silver, a little short of Gold
    expect(ps.weighted.tier[row]).toBe(1);
    const result = whatItTakes(plan, ps, row);
    expect(result.nextTier).toBe(2);
    expect(result.scoreGap).toBeCloseTo(60 - ps.weighted.composite[row]!, 12);
    for (const option of result.options.filter((o) => o.feasible)) {
      const key = option.kpi as keyof typeof values;
      const step = key === 'k3' ? 1 : 0.01;
      const rescored = scorePeriod(plan, withValue(key, row, option.to!), 0);
      expect(rescored.weighted.tier[row], key).toBe(2);
      expect(rescored.weighted.composite[row]).toBeCloseTo(option.compositeAfter!, 9);
      const short = scorePeriod(plan, withValue(key, row, option.to! - step), 0);
      expect(short.weighted.tier[row], key).toBe(1);
    }
    expect(
      result.options
        .filter((o) => o.feasible)
        .map((o) => o.kpi)
        .sort(),
    ).toEqual(['k1', 'k2', 'k3']);
  });

  it('finds a gate as the smallest change when the score is already enough', () => {
    const row = 2; // composite above 60 but only 1 certification
    expect(ps.weighted.composite[row]).toBeGreaterThanOrEqual(40);
    const rich = scorePeriod(plan, withValue('k1', row, 100), 0);
    const result = whatItTakes(plan, rich, row);
    expect(rich.weighted.tier[row]).toBe(1);
    expect(result.unmetGates).toEqual([{ kpi: 'certs', op: 'gte', value: 2 }]);
    expect(result.options[0]).toMatchObject({
      kpi: 'certs',
      from: 1,
      to: 2,
      change: 1,
      feasible: true,
    });
  });

  it('says when a single KPI cannot do it, and has nothing above the top tier', () => {
    // Row 2 is Silver with one certification: no score change passes the Gold gate, and more
    // certifications alone leave the score short of 60.
    const result = whatItTakes(plan, ps, 2);
    expect(result.nextTier).toBe(2);
    expect(result.options.every((o) => !o.feasible)).toBe(true);
    expect(result.options.find((o) => o.kpi === 'certs')?.reason).toMatch(/does not reach/);
    const top = whatItTakes(plan, ps, 5);
    expect(ps.weighted.tier[5]).toBe(2);
    expect(top).toMatchObject({ nextTier: null, options: [] });
  });

  it('gives the cheapest combination when no KPI alone does it, confirmed by a full rescore', () => {
    const row = 2; // Silver with one certification: no single KPI reaches Gold
    const result = whatItTakes(plan, ps, row);
    const combo = result.combination;
    expect(combo?.feasible).toBe(true);
    if (!combo?.feasible) return;
    expect(combo.moves.find((m) => m.kpi === 'certs')).toMatchObject({ from: 1, to: 2 });
    const moved = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, v.map((r) => [...r])]),
    );
    for (const m of combo.moves) moved[m.kpi]![0]![row] = m.to;
    const rescored = scorePeriod(
      plan,
      makeDataset({ partners: 6, periods: ['2025-Q1'], values: moved }),
      0,
    );
    expect(rescored.weighted.tier[row]).toBe(2);
    expect(rescored.weighted.composite[row]).toBeCloseTo(combo.compositeAfter, 6);
    // Every move is needed: undoing any one of them falls short of Gold.
    for (const m of combo.moves) {
      const less = Object.fromEntries(
        Object.entries(moved).map(([k, v]) => [k, v.map((r) => [...r])]),
      );
      less[m.kpi]![0]![row] = m.from;
      const short = scorePeriod(
        plan,
        makeDataset({ partners: 6, periods: ['2025-Q1'], values: less }),
        0,
      );
      expect(short.weighted.tier[row], m.kpi).toBeLessThan(2);
    }
  });

  it('says plainly when no combination can reach the tier, and knows an unscored partner', () => {
    const noCerts = { ...values, certs: [[3, 3, NaN, 3, 3, 3]] };
    const blocked = scorePeriod(
      plan,
      makeDataset({ partners: 6, periods: ['2025-Q1'], values: noCerts }),
      0,
    );
    const result = whatItTakes(plan, blocked, 2);
    expect(result.combination).toMatchObject({ feasible: false });
    expect(result.combination?.feasible === false && result.combination.reason).toMatch(/no value/);
    expect(whatItTakes(plan, ps, 5).status).toBe('highest');
  });
});
