/**
 * The engine's lean paths give the very same numbers as the full score, bit for bit:
 * - `scoreComposite` (composite only, score columns reused from call to call) against
 *   `scorePeriod`'s composite, period after period and back, for one-level and hierarchical
 *   methodologies with imputation, treatment, weight profiles and every missing-data policy;
 * - the hierarchy aggregated column by column against the row-by-row aggregator (composite,
 *   contributions, group scores);
 * - a weight-only rescore, repeated (cached ln x / x^p of the score columns), against scoring
 *   the reweighted methodology from scratch.
 */
import { describe, expect, it } from 'vitest';
import {
  KPI_CATEGORIES,
  type MethodologyDefinitionInput,
} from '../../../src/shared/api/scoring-methodology';
import {
  compileMethodology,
  knownMeasures,
} from '../../../src/main/core/scoring/compile-methodology';
import { DatasetFormulaData } from '../../../src/main/core/scoring/dataset-formula-data';
import { planRowComposite } from '../../../src/main/core/scoring/plan-composite';
import {
  scoreComposite,
  scoreCompositeAndTier,
  scorePeriod,
} from '../../../src/main/core/scoring/score-period';
import { weightedScores } from '../../../src/main/core/scoring/weighted-scores';
import { makeDataset, passthroughKpi } from '../../helpers/scoring-dataset';

const N = 240;
const K = 12;
const keys = Array.from({ length: K }, (_, k) => `m${k}`);
const TYPES = ['Reseller', 'MSP', 'SI'];
const REGIONS = ['EMEA', 'AMER'];

/** Seeded values: skewed, ~8 % missing, some exact zeros and ties, three quarters. */
function dataset() {
  let s = 7;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 2 ** 32;
  };
  const values: Record<string, (number | null)[][]> = {};
  keys.forEach((key, k) => {
    values[key] = [0, 1, 2].map(() =>
      Array.from({ length: N }, () => {
        const u = rnd();
        if (u < 0.08) return null;
        if (u < 0.11) return 0;
        if (u < 0.14) return 5;
        return Math.exp(1 + (k % 3 ? 0.6 : 1.6) * (rnd() - 0.5) * 3);
      }),
    );
  });
  return makeDataset({
    partners: Array.from({ length: N }, (_, i) => ({
      type: TYPES[i % 3],
      region: REGIONS[i % 2],
      onboardedOn: i % 11 === 0 ? '2025-05-01' : null,
    })),
    periods: ['2025-Q1', '2025-Q2', '2025-Q3'],
    values,
  });
}

// Gates on a scored KPI and on one read only by the gates (an auxiliary KPI).
const tiers = [
  { name: 'Registered', minScore: 0 },
  { name: 'Silver', minScore: 40, gates: [{ kpi: 'm1', op: 'gte' as const, value: 1 }] },
  { name: 'Gold', minScore: 60, gates: [{ kpi: 'gate_only', op: 'lte' as const, value: 8 }] },
];
const customKpis = [
  ...keys.map((k, i) => passthroughKpi(k, k, i % 4 === 3 ? 'lower' : 'higher')),
  passthroughKpi('gate_only', 'm5'),
];
const normalisers = [
  { kind: 'minmax' as const },
  { kind: 'percentile' as const },
  { kind: 'zscore' as const },
  { kind: 'minmax' as const, min: 0, max: 20 },
];

function oneLevel(policy: 'reweight' | 'zero' | 'peer_median'): MethodologyDefinitionInput {
  return {
    peerGroup: ['type'],
    groupWeights: { revenue: 3, pipeline: 2, enablement: 1, engagement: 1 },
    kpis: keys.map((kpi, k) => ({
      kpi,
      weight: 1 + (k % 3),
      normaliser: normalisers[k % 4]!,
      ...(k % 5 === 0 ? { treatment: { kind: 'winsorise' as const } } : {}),
    })),
    customKpis: customKpis.map((c, k) => ({ ...c, category: KPI_CATEGORIES[k % 4]! })),
    missingData: { policy, minCoverage: 0.7 },
    profiles: [
      { name: 'MSP', match: { type: ['MSP'] }, kpiWeights: { m1: 4, m2: 0 }, groupWeights: {} },
    ],
    tiers,
  };
}

function hierarchy(root: 'geometric' | 'harmonic' | 'arithmetic'): MethodologyDefinitionInput {
  return {
    peerGroup: ['region'],
    groupWeights: { c1: 2, c2: 1, p0: 1, p1: 2, p2: 1, p3: 3 },
    groups: [
      { key: 'c1', aggregation: { kind: 'geometric' } },
      { key: 'c2', aggregation: { kind: 'power', p: 2 } },
      { key: 'p0', parent: 'c1', aggregation: { kind: 'geometric' } },
      { key: 'p1', parent: 'c1', aggregation: { kind: 'harmonic' } },
      { key: 'p2', parent: 'c2', aggregation: { kind: 'power', p: 0.5 } },
      { key: 'p3', parent: 'c2' },
    ],
    aggregation: { kind: root },
    kpis: keys.map((kpi, k) => ({
      kpi,
      weight: 1 + (k % 4),
      group: `p${k % 4}`,
      normaliser: normalisers[k % 4]!,
      ...(k % 3 === 0 ? { imputation: { kind: 'peer_median' as const } } : {}),
      ...(k % 4 === 1 ? { treatment: { kind: 'winsorise' as const } } : {}),
    })),
    customKpis,
    profiles: [
      { name: 'EMEA', match: { region: ['EMEA'] }, kpiWeights: { m3: 0 }, groupWeights: { p1: 5 } },
    ],
    tiers,
  };
}

const ds = dataset();
const measures = knownMeasures(keys);
const definitions: [string, MethodologyDefinitionInput][] = [
  ['one level, re-weighted', oneLevel('reweight')],
  ['one level, zero', oneLevel('zero')],
  ['one level, peer median', oneLevel('peer_median')],
  ['hierarchy, geometric root', hierarchy('geometric')],
  ['hierarchy, harmonic root', hierarchy('harmonic')],
  ['hierarchy, arithmetic root', hierarchy('arithmetic')],
];

function expectSameBits(a: Float64Array, b: Float64Array, what: string) {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) {
    if (!Object.is(a[i], b[i])) expect.fail(`${what}, index ${i}: ${a[i]} vs ${b[i]}`);
  }
}

describe('lean paths agree with the full score bit for bit', () => {
  it.each(definitions)('scoreComposite = scorePeriod composite: %s', (_, definition) => {
    const plan = compileMethodology(definition, measures);
    const data = new DatasetFormulaData(ds);
    const full = [0, 1, 2].map((t) => scorePeriod(plan, ds, t, data).weighted);
    // Period after period and back: the reused score columns must never leak into a result.
    for (const t of [0, 1, 2, 1, 0, 2]) {
      expectSameBits(scoreComposite(plan, ds, t, data), full[t]!.composite, `period ${t}`);
      const withTier = scoreCompositeAndTier(plan, ds, t, data);
      expectSameBits(withTier.composite, full[t]!.composite, `period ${t} (with tiers)`);
      expect(Array.from(withTier.tier)).toEqual(Array.from(full[t]!.tier));
    }
    expect(full[2]!.composite.some((x) => x > 0)).toBe(true);
    expect(new Set(full[2]!.tier).size).toBeGreaterThan(2);
  });

  it.each(definitions.slice(3))('hierarchy by columns = row by row: %s', (_, definition) => {
    const plan = compileMethodology(definition, measures);
    const ps = scorePeriod(plan, ds, 2);
    const { scores } = ps.structural;
    const { composite, contributions, groupScores, profileOf } = ps.weighted;
    const n = composite.length;
    const G = plan.groups.length;
    const rowContrib = new Float64Array(K);
    const rowGroups = new Float64Array(G);
    for (let i = 0; i < n; i++) {
      const w = plan.weights[profileOf[i]!]!;
      const c = planRowComposite(plan, scores, i, w, rowContrib, rowGroups);
      expectSameBits(Float64Array.of(composite[i]!), Float64Array.of(c), `composite of row ${i}`);
      expectSameBits(
        Float64Array.from({ length: K }, (_, k) => contributions[k * n + i]!),
        rowContrib,
        `contributions of row ${i}`,
      );
      expectSameBits(
        Float64Array.from({ length: G }, (_, g) => groupScores[g * n + i]!),
        rowGroups,
        `group scores of row ${i}`,
      );
    }
  });

  it.each(definitions)('a repeated weight-only rescore = scoring from scratch: %s', (_, d) => {
    const plan = compileMethodology(d, measures);
    const shifted = compileMethodology(
      {
        ...d,
        groupWeights: Object.fromEntries(
          Object.entries(d.groupWeights).map(([g, w], i) => [g, i === 0 ? w + 2 : w]),
        ),
      },
      measures,
    );
    const structural = scorePeriod(plan, ds, 1).structural;
    const fresh = scorePeriod(shifted, ds, 1).weighted;
    for (let r = 0; r < 2; r++) {
      const again = weightedScores(shifted, ds, structural);
      expectSameBits(again.composite, fresh.composite, `composite, rescore ${r}`);
      expectSameBits(again.contributions, fresh.contributions, `contributions, rescore ${r}`);
      expectSameBits(again.groupScores, fresh.groupScores, `group scores, rescore ${r}`);
    }
  });
});
