/** The effective definition of a scenario: as is, or the baseline plus a scope weight profile. */
import { describe, expect, it } from 'vitest';
import { effectiveDefinition } from '../../../src/main/core/scenarios/effective-definition';
import { methodologyDefinitionSchema } from '../../../src/shared/api/scoring-methodology';
import { AppError } from '../../../src/shared/errors';
import { ENABLEMENT_HEAVY, fixtureDataset, REVENUE_HEAVY, scored } from './fixture';

const baseline = methodologyDefinitionSchema.parse(REVENUE_HEAVY);
const scenario = methodologyDefinitionSchema.parse({
  ...ENABLEMENT_HEAVY,
  kpis: ENABLEMENT_HEAVY.kpis.map((k) => (k.kpi === 'cert' ? { ...k, weight: 3 } : k)),
  tiers: [{ name: 'Everyone', minScore: 0 }],
});
const known = { regions: ['APAC', 'EMEA'], types: ['MSP', 'VAR'] };

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('effectiveDefinition', () => {
  it('is the scenario itself when unscoped', () => {
    expect(effectiveDefinition(baseline, scenario, null, known)).toBe(scenario);
  });

  it('prepends a weight profile for the scope to the baseline', () => {
    const effective = effectiveDefinition(
      baseline,
      scenario,
      { dimension: 'region', value: 'EMEA' },
      known,
    );
    expect(effective.tiers).toEqual(baseline.tiers);
    expect(effective.kpis).toEqual(baseline.kpis);
    expect(effective.profiles).toEqual([
      {
        name: 'What-if: Region EMEA',
        match: { region: ['EMEA'] },
        kpiWeights: { rev: 1, cert: 3, eng: 1 },
        groupWeights: { revenue: 20, enablement: 60, engagement: 20 },
      },
    ]);
    const byType = effectiveDefinition(
      baseline,
      scenario,
      { dimension: 'type', value: 'MSP' },
      known,
    );
    expect(byType.profiles[0]).toMatchObject({
      name: 'What-if: Type MSP',
      match: { type: ['MSP'] },
    });
  });

  it('scores the scope with the scenario weights and everyone else with the baseline', () => {
    const ds = fixtureDataset();
    const emea = effectiveDefinition(
      baseline,
      methodologyDefinitionSchema.parse(ENABLEMENT_HEAVY),
      { dimension: 'region', value: 'EMEA' },
      known,
    );
    const mixed = scored(ds, emea).weighted.composite;
    const base = scored(ds, REVENUE_HEAVY).weighted.composite;
    const next = scored(ds, ENABLEMENT_HEAVY).weighted.composite;
    // EMEA: P1, P2, P5.
    [0, 1, 4].forEach((i) => expect(mixed[i]).toBe(next[i]));
    [2, 3, 5].forEach((i) => expect(mixed[i]).toBe(base[i]));
  });

  it('refuses a scoped scenario with other KPIs than the baseline', () => {
    const fewer = methodologyDefinitionSchema.parse({
      ...ENABLEMENT_HEAVY,
      kpis: ENABLEMENT_HEAVY.kpis.filter((k) => k.kpi !== 'eng'),
    });
    const error = thrown(() =>
      effectiveDefinition(baseline, fewer, { dimension: 'region', value: 'EMEA' }, known),
    );
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toMatch(/must use the baseline's KPIs; this one drops eng/);
  });

  it('names the known values for an unknown region or type', () => {
    const error = thrown(() =>
      effectiveDefinition(baseline, scenario, { dimension: 'region', value: 'Mars' }, known),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('No partner has the region "Mars"; the regions are: APAC, EMEA.');
    const type = thrown(() =>
      effectiveDefinition(baseline, scenario, { dimension: 'type', value: 'OEM' }, known),
    );
    expect(type.message).toMatch(/partner type "OEM"; the partner types are: MSP, VAR/);
  });
});
