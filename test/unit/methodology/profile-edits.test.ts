import { describe, expect, it } from 'vitest';
import {
  methodologyDefinitionSchema,
  type MethodologyDefinition,
} from '../../../src/shared/api/scoring-methodology';
import { PARTNER_HEALTH_V1 } from '../../../src/main/core/scoring/default-methodology';
import {
  addProfile,
  clearGroupOverride,
  clearKpiOverride,
  deleteProfile,
  dropOverrides,
  fitGroupsTo100,
  moveProfile,
  newProfileName,
  renameProfile,
  roundToTotal,
  setGroupOverride,
  setKpiOverride,
  setMatch,
} from '../../../src/renderer/src/pages/methodology/profiles/profile-edits';

// The default has a "Distributors: volume first" profile; these tests start without one.
const base: MethodologyDefinition = {
  ...methodologyDefinitionSchema.parse(PARTNER_HEALTH_V1),
  profiles: [],
};
const GROUPS = ['revenue', 'pipeline', 'enablement', 'engagement'];
const names = (d: MethodologyDefinition) => d.profiles.map((p) => p.name);
const withThree = [addProfile('A'), addProfile('B'), addProfile('C')].reduce((d, e) => e(d), base);

describe('profile edits', () => {
  it('adds empty profiles last with names not yet taken', () => {
    expect(newProfileName([])).toBe('New profile');
    const one = addProfile(newProfileName([]))(base);
    expect(newProfileName(one.profiles)).toBe('New profile 2');
    expect(one.profiles).toEqual([
      { name: 'New profile', match: {}, kpiWeights: {}, groupWeights: {} },
    ]);
    expect(base.profiles).toEqual([]);
  });

  it('renames, deletes and moves without touching the others', () => {
    expect(names(renameProfile(1, 'Bee')(withThree))).toEqual(['A', 'Bee', 'C']);
    expect(names(deleteProfile(0)(withThree))).toEqual(['B', 'C']);
    expect(names(moveProfile(2, -1)(withThree))).toEqual(['A', 'C', 'B']);
    expect(names(moveProfile(0, 1)(withThree))).toEqual(['B', 'A', 'C']);
    expect(moveProfile(0, -1)(withThree)).toBe(withThree);
    expect(moveProfile(2, 1)(withThree)).toBe(withThree);
  });

  it('sets match values and removes an attribute whose list is emptied', () => {
    const d = setMatch(0, 'region', ['EMEA'])(setMatch(0, 'type', ['MSP'])(withThree));
    expect(d.profiles[0]!.match).toEqual({ type: ['MSP'], region: ['EMEA'] });
    expect(setMatch(0, 'type', [])(d).profiles[0]!.match).toEqual({ region: ['EMEA'] });
  });

  it('sets and clears overrides', () => {
    const d = setGroupOverride(0, 'enablement', 60)(setKpiOverride(0, 'win_rate', 50)(withThree));
    expect(d.profiles[0]!.kpiWeights).toEqual({ win_rate: 50 });
    expect(d.profiles[0]!.groupWeights).toEqual({ enablement: 60 });
    expect(clearKpiOverride(0, 'win_rate')(d).profiles[0]!.kpiWeights).toEqual({});
    expect(clearGroupOverride(0, 'enablement')(d).profiles[0]!.groupWeights).toEqual({});
    const stray = dropOverrides(0, ['win_rate'], ['enablement'])(d).profiles[0]!;
    expect(stray.kpiWeights).toEqual({});
    expect(stray.groupWeights).toEqual({});
  });

  it('every edit leaves a definition the schema accepts', () => {
    const d = setMatch(0, 'type', ['MSP'])(setGroupOverride(0, 'enablement', 60)(withThree));
    expect(methodologyDefinitionSchema.safeParse(d).success).toBe(true);
  });
});

describe('making a profile’s group weights add up to 100', () => {
  it('rounds by largest remainder to exactly the total', () => {
    expect(roundToTotal([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(roundToTotal([40, 25, 15], 40)).toEqual([20, 13, 7]);
    expect(roundToTotal([1, 1], 39.5)).toEqual([19.8, 19.7]);
    expect(roundToTotal([0, 0], 100)).toEqual([0, 0]);
  });

  it('keeps the weights the profile sets and scales the inherited ones', () => {
    const d = fitGroupsTo100(0, GROUPS)(setGroupOverride(0, 'enablement', 60)(withThree));
    const own = d.profiles[0]!.groupWeights;
    expect(own.enablement).toBe(60);
    expect(GROUPS.reduce((s, g) => s + own[g]!, 0)).toBe(100);
    expect(own).toEqual({ revenue: 20, pipeline: 13, enablement: 60, engagement: 7 });
  });

  it('leaves a group inherited when its weight does not change', () => {
    // Global weights already add up to 100 and nothing is overridden: nothing to do.
    expect(fitGroupsTo100(0, GROUPS)(withThree).profiles[0]!.groupWeights).toEqual({});
  });

  it('scales everything when the profile’s own weights pass 100', () => {
    const d = [
      setGroupOverride(0, 'revenue', 150),
      setGroupOverride(0, 'pipeline', 50),
      setGroupOverride(0, 'enablement', 100),
      setGroupOverride(0, 'engagement', 100),
      fitGroupsTo100(0, GROUPS),
    ].reduce((x, e) => e(x), withThree);
    expect(d.profiles[0]!.groupWeights).toEqual({
      revenue: 38,
      pipeline: 12,
      enablement: 25,
      engagement: 25,
    });
  });
});
