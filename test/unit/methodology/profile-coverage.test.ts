import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WeightProfile } from '../../../src/shared/api/scoring-methodology';
import { assignProfiles } from '../../../src/main/core/scoring/profiles';
import type { PartnerColumns } from '../../../src/main/core/scoring/dataset';
import {
  attributeValues,
  profileCoverage,
  type PartnerAttributes,
} from '../../../src/renderer/src/pages/methodology/profiles/profile-coverage';

const partners: PartnerAttributes = {
  type: ['MSP', 'MSP', 'VAR', 'Distributor', 'MSP', null],
  region: ['EMEA', 'APAC', 'EMEA', 'EMEA', 'EMEA', 'EMEA'],
  tier: ['Gold', 'Silver', 'Gold', null, 'Silver', 'Gold'],
};
const profile = (name: string, match: WeightProfile['match']): WeightProfile => ({
  name,
  match,
  kpiWeights: {},
  groupWeights: {},
});

describe('profile coverage', () => {
  it('counts each partner for the first profile that matches it', () => {
    const c = profileCoverage(
      [profile('MSPs', { type: ['MSP'] }), profile('EMEA', { region: ['EMEA'] })],
      partners,
    );
    expect(c).toEqual({ covered: [3, 3], taken: [0, 2], rest: 0, total: 6 });
  });

  it('needs every listed attribute to fit; unlisted ones do not restrict', () => {
    const c = profileCoverage(
      [profile('EMEA Gold', { region: ['EMEA'], tier: ['Gold'] })],
      partners,
    );
    expect(c.covered).toEqual([3]);
    expect(c.rest).toBe(3);
  });

  it('lists the workspace’s values with their partner counts, without blanks', () => {
    expect(attributeValues(partners).type).toEqual([
      { value: 'Distributor', partners: 1 },
      { value: 'MSP', partners: 3 },
      { value: 'VAR', partners: 1 },
    ]);
    expect(attributeValues(partners).tier.map((v) => v.value)).toEqual(['Gold', 'Silver']);
  });

  it('agrees with the engine’s assignment', () => {
    const types = ['MSP', 'VAR', 'SI'];
    const regions = ['EMEA', 'APAC'];
    const tiers = ['Gold', 'Silver'];
    const sub = (values: string[]) =>
      fc.option(fc.subarray(values), { nil: undefined }).map((v) => v ?? undefined);
    const arbProfile = fc
      .record({ type: sub(types), region: sub(regions), tier: sub(tiers) })
      .map((m) =>
        profile(
          'p',
          Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) as never,
        ),
      );
    const arbPartner = fc.record({
      type: fc.option(fc.constantFrom(...types), { nil: null }),
      region: fc.option(fc.constantFrom(...regions), { nil: null }),
      tier: fc.option(fc.constantFrom(...tiers), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(arbProfile, { maxLength: 4 }), fc.array(arbPartner), (ps, rows) => {
        const attrs: PartnerAttributes = {
          type: rows.map((r) => r.type),
          region: rows.map((r) => r.region),
          tier: rows.map((r) => r.tier),
        };
        const columns = { ...attrs } as unknown as PartnerColumns;
        const owner = assignProfiles(
          ps,
          columns,
          Int32Array.from(rows, (_, i) => i),
        );
        const c = profileCoverage(ps, attrs);
        ps.forEach((_, i) => expect(c.covered[i]).toBe(owner.filter((o) => o === i + 1).length));
        expect(c.rest).toBe(owner.filter((o) => o === 0).length);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
