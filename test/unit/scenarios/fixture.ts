/**
 * A hand-built what-if case: 7 partners, 3 KPIs in three groups (each KPI a 0–100 pass-through),
 * a revenue-heavy baseline (80/10/10) against an enablement-heavy scenario (20/60/20). Partner 6
 * has no engagement value (re-weighted), partner 7 no value at all (unscored).
 */
import type { MethodologyDefinitionInput } from '../../../src/shared/api/scoring-methodology';
import {
  compileMethodology,
  knownMeasures,
} from '../../../src/main/core/scoring/compile-methodology';
import { scorePeriod } from '../../../src/main/core/scoring/score-period';
import type { ScoredSide } from '../../../src/main/core/scenarios/scored-side';
import type { ScoringDataset } from '../../../src/main/core/scoring/dataset';
import { makeDataset, passthroughKpi } from '../../helpers/scoring-dataset';

const identity = { kind: 'minmax' as const, min: 0, max: 100 };

export const values = {
  //          P1  P2  P3   P4  P5  P6    P7
  revenue: [[90, 20, 50, 100, 40, 70, null]],
  cert: [[10, 90, 50, 100, 80, 0, null]],
  eng: [[50, 80, 50, 100, 40, null, null]],
  mdf_allocated: [[10, 20, 0, 0, 5, null, null]],
};

/** The first `count` partners of the fixture (all 7 by default). */
export function fixtureDataset(count = 7): ScoringDataset {
  const slice = (rows: (number | null)[][]) => rows.map((r) => r.slice(0, count));
  return makeDataset({
    partners: [
      { region: 'EMEA', type: 'VAR' },
      { region: 'EMEA', type: 'MSP' },
      { region: 'APAC', type: 'VAR' },
      { region: 'APAC', type: 'MSP' },
      { region: 'EMEA', type: 'VAR' },
      { region: 'APAC', type: 'VAR' },
      { region: 'APAC', type: 'VAR' },
    ].slice(0, count),
    periods: ['2025-Q1'],
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, slice(v)])),
  });
}

export function definition(
  groupWeights: Record<string, number>,
  kpiWeights: { rev?: number; cert?: number; eng?: number } = {},
): MethodologyDefinitionInput {
  return {
    groupWeights,
    kpis: [
      { kpi: 'rev', weight: kpiWeights.rev ?? 1, normaliser: identity },
      { kpi: 'cert', weight: kpiWeights.cert ?? 1, normaliser: identity },
      { kpi: 'eng', weight: kpiWeights.eng ?? 1, normaliser: identity },
    ],
    customKpis: [
      { ...passthroughKpi('rev', 'revenue'), name: 'Revenue points' },
      { ...passthroughKpi('cert'), name: 'Certification points', category: 'enablement' },
      { ...passthroughKpi('eng'), name: 'Engagement points', category: 'engagement' },
    ],
    tiers: [
      { name: 'Registered', minScore: 0 },
      { name: 'Silver', minScore: 40 },
      { name: 'Gold', minScore: 60 },
      { name: 'Platinum', minScore: 80 },
    ],
    segments: {
      attainmentKpi: 'rev',
      engagementKpis: ['eng'],
      activityMeasures: ['revenue'],
      interventionMeasures: [],
    },
  };
}

export const REVENUE_HEAVY = definition({ revenue: 80, enablement: 10, engagement: 10 });
export const ENABLEMENT_HEAVY = definition({ revenue: 20, enablement: 60, engagement: 20 });

export const measures = knownMeasures(['revenue', 'cert', 'eng', 'mdf_allocated']);

export function scored(ds: ScoringDataset, input: MethodologyDefinitionInput): ScoredSide {
  const plan = compileMethodology(input, measures);
  const { structural, weighted } = scorePeriod(plan, ds, 0);
  return { plan, structural, weighted };
}
