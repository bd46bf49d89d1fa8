import { describe, expect, it } from 'vitest';
import { PARTNER_HEALTH_V1 } from '../../../src/main/core/scoring/default-methodology';
import { BUILT_IN_KPIS } from '../../../src/main/core/kpi/kpi-library';
import {
  methodologyDefinitionSchema,
  type WeightProfile,
} from '../../../src/shared/api/scoring-methodology';
import type { KpiInfo } from '../../../src/shared/api';
import {
  activeGroups,
  sharesOf,
  strayOverrides,
  withProfileWeights,
} from '../../../src/renderer/src/pages/methodology/profiles/profile-weights';

const def = methodologyDefinitionSchema.parse(PARTNER_HEALTH_V1);
const catalogue = new Map(BUILT_IN_KPIS.map((k) => [k.key, k as unknown as KpiInfo]));
const msp: WeightProfile = {
  name: 'MSPs',
  match: { type: ['MSP'] },
  kpiWeights: { certifications: 70 },
  groupWeights: { enablement: 60 },
};

describe('a profile’s weights', () => {
  it('overrides the global weights key by key', () => {
    const eff = withProfileWeights(def, msp);
    expect(eff.groupWeights).toEqual({ revenue: 40, pipeline: 25, enablement: 60, engagement: 15 });
    expect(eff.kpis.find((k) => k.kpi === 'certifications')!.weight).toBe(70);
    expect(eff.kpis.find((k) => k.kpi === 'win_rate')!.weight).toBe(30);
  });

  it('gives shares of the composite that add up to 1', () => {
    const shares = sharesOf(withProfileWeights(def, msp), catalogue);
    expect(shares.group.get('enablement')).toBeCloseTo(60 / 140, 10);
    const sum = [...shares.kpi.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 10);
    expect(sharesOf(def, catalogue).group.get('enablement')).toBeCloseTo(0.2, 10);
  });

  it('finds overrides of KPIs and groups the methodology does not score', () => {
    const groups = activeGroups(def, catalogue);
    expect(groups).toEqual(['revenue', 'pipeline', 'enablement', 'engagement']);
    const stray = strayOverrides(
      def,
      { ...msp, kpiWeights: { nps: 3, win_rate: 1 }, groupWeights: { financial: 5 } },
      groups,
    );
    expect(stray).toEqual({ kpis: ['nps'], groups: ['financial'] });
  });
});
