import { describe, expect, it } from 'vitest';
import type { MethodologyDefinition } from '../../../src/shared/api';
import { methodologyDefinitionSchema } from '../../../src/shared/api/scoring-methodology';
import {
  activeGroups,
  compositeShares,
  groupPercents,
  kpiPercents,
  setGroupPercent,
  setKpiPercent,
} from '../../../src/renderer/src/pages/what-if/weights-model';

const def: MethodologyDefinition = methodologyDefinitionSchema.parse({
  groupWeights: { revenue: 4, pipeline: 3, enablement: 3, engagement: 0 },
  kpis: [
    { kpi: 'revenue', weight: 3, normaliser: { kind: 'percentile' } },
    { kpi: 'margin', weight: 1, normaliser: { kind: 'percentile' } },
    { kpi: 'win_rate', weight: 1, normaliser: { kind: 'percentile' } },
    { kpi: 'certifications', weight: 1, normaliser: { kind: 'percentile' } },
  ],
  tiers: [{ name: 'Silver', minScore: 0 }],
});
const groupOf = new Map([
  ['revenue', 'revenue'],
  ['margin', 'revenue'],
  ['win_rate', 'pipeline'],
  ['certifications', 'enablement'],
]);
const order = ['revenue', 'pipeline', 'enablement', 'engagement'];

describe('weights as percentages', () => {
  it('lists only the groups that hold a KPI, in order', () => {
    expect(activeGroups(def, order, groupOf)).toEqual(['revenue', 'pipeline', 'enablement']);
  });

  it('shows group weights as % of the score and KPI weights as % of their group', () => {
    const groups = activeGroups(def, order, groupOf);
    expect(groupPercents(def, groups)).toEqual([40, 30, 30]);
    expect(kpiPercents(def, 'revenue', groupOf)).toEqual([75, 25]);
  });

  it('setting a group writes every group weight as a percentage, others re-normalised', () => {
    const groups = activeGroups(def, order, groupOf);
    const next = setGroupPercent(def, groups, 'revenue', 70, () => false);
    expect(next.groupWeights).toEqual({ revenue: 70, pipeline: 15, enablement: 15, engagement: 0 });
    const locked = setGroupPercent(def, groups, 'revenue', 70, (g) => g === 'pipeline');
    expect(locked.groupWeights).toMatchObject({ revenue: 70, pipeline: 30, enablement: 0 });
  });

  it('setting a KPI re-normalises only its group', () => {
    const next = setKpiPercent(def, 'revenue', 'margin', 50, groupOf, () => false);
    expect(next.kpis.map((k) => k.weight)).toEqual([50, 50, 1, 1]);
  });

  it('composite shares multiply the group share by the share within the group', () => {
    const groups = activeGroups(def, order, groupOf);
    const shares = compositeShares(def, groups, groupOf);
    expect(shares.get('revenue')).toBeCloseTo(0.3);
    expect(shares.get('margin')).toBeCloseTo(0.1);
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });
});
