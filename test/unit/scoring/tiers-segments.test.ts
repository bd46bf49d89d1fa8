import { describe, expect, it } from 'vitest';
import type { MethodologyDefinitionInput } from '../../../src/shared/api/scoring-methodology';
import {
  compileMethodology,
  knownMeasures,
} from '../../../src/main/core/scoring/compile-methodology';
import { scorePeriod } from '../../../src/main/core/scoring/score-period';
import { segmentName } from '../../../src/main/core/scoring/segments';
import { makeDataset, passthroughKpi } from '../../helpers/scoring-dataset';

const identity = { kind: 'minmax' as const, min: 0, max: 100 };
const measures = knownMeasures(['k1', 'k3', 'certs', 'att', 'eng', 'rev', 'help']);

const base: MethodologyDefinitionInput = {
  groupWeights: { revenue: 1 },
  kpis: [{ kpi: 'k1', weight: 1, normaliser: identity }],
  customKpis: [
    passthroughKpi('k1'),
    passthroughKpi('certs'),
    passthroughKpi('att'),
    { ...passthroughKpi('eng'), category: 'engagement' },
  ],
  tiers: [
    { name: 'Registered', minScore: 0 },
    { name: 'Silver', minScore: 40 },
    { name: 'Gold', minScore: 60, gates: [{ kpi: 'certs', op: 'gte', value: 2 }] },
    { name: 'Platinum', minScore: 80 },
  ],
  segments: {
    attainmentKpi: 'att',
    growAt: 1,
    engagementKpis: ['eng'],
    engagedAt: 50,
    activityMeasures: ['rev'],
    inactivePeriods: 2,
    interventionMeasures: ['help'],
    interventionLookback: 1,
  },
};

describe('tiers and ranks', () => {
  const ds = makeDataset({
    partners: 7,
    periods: ['2025-Q1'],
    values: { k1: [[30, 50, 70, 70, 90, null, 90]], certs: [[0, 0, 1, 2, 5, 5, 0]] },
  });
  const plan = compileMethodology(base, measures);
  const { weighted: w } = scorePeriod(plan, ds, 0);

  it('climbs tiers while the score and every gate hold', () => {
    const names = Array.from(w.tier, (t) => (t < 0 ? null : plan.definition.tiers[t]!.name));
    expect(names).toEqual(['Registered', 'Silver', 'Silver', 'Gold', 'Platinum', null, 'Silver']);
  });

  it('ranks with shared ranks for ties and the percentile rule', () => {
    expect(Array.from(w.rank)).toEqual([6, 5, 3, 3, 1, 0, 1]);
    // 6 scored: 30 → 0; 50 → 1/5; 70 (tie) → (2 + ½)/5; 90 (tie) → (4 + ½)/5.
    expect(Array.from(w.percentile)).toEqual([0, 20, 50, 50, 90, NaN, 90]);
  });
});

describe('action segments', () => {
  // Three quarters; scored at the last. rev/help per [period][partner].
  const ds = makeDataset({
    partners: 6,
    periods: ['2025-Q1', '2025-Q2', '2025-Q3'],
    values: {
      k1: [
        [50, 50, 50, 50, 50, 50],
        [50, 50, 50, 50, 50, 50],
        [50, 50, 50, 50, 50, 50],
      ],
      att: [
        [1, 1, 1, 1, 1, 1],
        [1, 1, 1, 0, 0, null],
        [1.2, 0.5, 0.5, 0, 0, null],
      ],
      eng: [
        [50, 50, 50, 50, 50, 50],
        [50, 50, 50, 50, 50, 50],
        [10, 80, 20, 80, 80, 10],
      ],
      rev: [
        [9, 9, 9, 9, 9, 9],
        [9, 9, 9, 0, 0, null],
        [9, 9, 9, 0, 0, null],
      ],
      help: [
        [0, 0, 0, 3, 0, 0],
        [0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 1],
      ],
    },
  });
  const plan = compileMethodology(base, measures);
  const { structural: s } = scorePeriod(plan, ds, 2);

  it('segments by attainment, engagement and inactivity despite intervention', () => {
    expect(Array.from(s.segments.segment, segmentName)).toEqual([
      'Grow', // above target
      'Intervene', // below target, engaged
      'Maintain', // below target, not engaged
      'Exit review', // inactive two periods, helped the period before
      'Intervene', // inactive but never helped: still engaged and below target
      'Exit review', // no data for two periods, helped during them
    ]);
    expect(Array.from(s.segments.inactive)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('needs the full inactive stretch of history', () => {
    const { structural } = scorePeriod(plan, ds, 0);
    expect(Array.from(structural.segments.inactive)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('weight profiles', () => {
  it('replace the global weights for matching partners', () => {
    const ds = makeDataset({
      partners: [{ type: 'MSP' }, { type: 'VAR' }],
      periods: ['2025-Q1'],
      values: { k1: [[80, 80]], k3: [[20, 20]] },
    });
    const plan = compileMethodology(
      {
        ...base,
        groupWeights: { revenue: 50, pipeline: 50 },
        kpis: [
          { kpi: 'k1', weight: 1, normaliser: identity },
          { kpi: 'k3', weight: 1, normaliser: identity },
        ],
        customKpis: [...(base.customKpis ?? []), { ...passthroughKpi('k3'), category: 'pipeline' }],
        profiles: [
          { name: 'MSP', match: { type: ['MSP'] }, groupWeights: { revenue: 100, pipeline: 0 } },
        ],
      },
      measures,
    );
    const { weighted: w } = scorePeriod(plan, ds, 0);
    expect(Array.from(w.composite)).toEqual([80, 50]);
    expect(Array.from(w.profileOf)).toEqual([1, 0]);
  });
});

describe('compile errors', () => {
  it('collects every problem with its path and formula position', () => {
    let details: { issues: { path: string; message: string; position?: number }[] } | undefined;
    try {
      compileMethodology(
        {
          ...base,
          kpis: [
            { kpi: 'k1', weight: 1, normaliser: identity },
            { kpi: 'nope', weight: 1, normaliser: identity },
            { kpi: 'certs', weight: 1, normaliser: { kind: 'target', cap: 1 } },
          ],
          customKpis: [
            { ...passthroughKpi('k1'), formula: 'k1 / kk3' },
            passthroughKpi('revenue'),
            passthroughKpi('certs'),
          ],
        },
        measures,
      );
    } catch (error) {
      details = (error as { details: typeof details }).details;
    }
    expect(details?.issues).toEqual(
      expect.arrayContaining([
        { path: 'customKpis.1.key', message: 'revenue is a built-in KPI; choose another key' },
        expect.objectContaining({ path: 'kpis.0.kpi (k1 formula)', position: 5 }),
        { path: 'kpis.1.kpi', message: 'Unknown KPI "nope"' },
        {
          path: 'kpis.2.normaliser',
          message: 'certs has no target of its own: give the target normaliser a fixed target',
        },
      ]),
    );
  });
});
