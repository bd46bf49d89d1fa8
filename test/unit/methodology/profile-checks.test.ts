import { describe, expect, it } from 'vitest';
import { PARTNER_HEALTH_V1 } from '../../../src/main/core/scoring/default-methodology';
import { compileMethodology } from '../../../src/main/core/scoring/compile-methodology';
import type { WeightProfile } from '../../../src/shared/api/scoring-methodology';
import { AppError } from '../../../src/shared/errors';
import {
  engineIssuesOf,
  profileProblems,
} from '../../../src/renderer/src/pages/methodology/profiles/profile-checks';
import {
  hasMatch,
  matchSentence,
  pluralType,
} from '../../../src/renderer/src/pages/methodology/profiles/match-sentence';

const profile = (
  name: string,
  match: WeightProfile['match'] = { type: ['MSP'] },
): WeightProfile => ({
  name,
  match,
  kpiWeights: {},
  groupWeights: {},
});

describe('the match in words', () => {
  it('reads like a sentence', () => {
    expect(matchSentence({ type: ['MSP'], region: ['EMEA'] })).toBe('Applies to MSPs in EMEA');
    expect(matchSentence({ type: ['MSP', 'VAR', 'SI'] })).toBe('Applies to MSPs, VARs and SIs');
    expect(matchSentence({ region: ['EMEA', 'APAC'], tier: ['Gold'] })).toBe(
      'Applies to partners in EMEA or APAC at program tier Gold',
    );
    expect(matchSentence({})).toMatch(/every partner/);
    expect(hasMatch({ type: [] })).toBe(false);
  });

  it('makes plurals of partner types', () => {
    expect(['Distributor', 'Agency', 'Systems house', 'Tier 2'].map(pluralType)).toEqual([
      'Distributors',
      'Agencies',
      'Systems houses',
      'Tier 2 partners',
    ]);
  });
});

describe('profile problems', () => {
  it('needs a unique name and at least one match value', () => {
    const problems = profileProblems(
      [profile('MSPs'), profile(' msps '), profile(''), profile('All', {})],
      [],
    );
    expect(problems[0]!.map((p) => p.field)).toEqual(['name']);
    expect(problems[1]![0]!.message).toMatch(/also called/);
    expect(problems[2]![0]!.message).toBe('Give the profile a name');
    expect(problems[3]!.map((p) => p.field)).toEqual(['match']);
  });

  it('shows the compiler’s errors on the profile they name', () => {
    let error: unknown;
    try {
      compileMethodology({
        ...PARTNER_HEALTH_V1,
        profiles: [profile('A'), { ...profile('B'), kpiWeights: { portal_activity_x: 5 } }],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const issues = engineIssuesOf(error);
    expect(issues).toEqual([
      {
        path: 'profiles.1.kpiWeights.portal_activity_x',
        message: 'portal_activity_x is not a scored KPI',
      },
    ]);
    const problems = profileProblems([profile('A'), profile('B')], issues);
    expect(problems[0]).toEqual([]);
    expect(problems[1]).toEqual([
      {
        field: 'weights',
        key: 'portal_activity_x',
        message: 'portal_activity_x is not a scored KPI',
        source: 'engine',
      },
    ]);
  });

  it('reads the schema’s paths (under `definition.`) and leaves plain words first', () => {
    const error = new AppError('INVALID_ARGUMENT', 'Invalid arguments', {
      issues: [
        { path: 'definition.profiles.0.name', message: 'Too small' },
        { path: 'definition.profiles.0.groupWeights.revenue', message: 'Too big' },
        { path: 'definition.kpis.0.weight', message: 'Not a profile' },
      ],
    });
    const issues = engineIssuesOf(error);
    expect(issues[0]!.path).toBe('profiles.0.name');
    const [first] = profileProblems([profile('')], issues);
    expect(first).toEqual([
      { field: 'name', message: 'Give the profile a name', source: 'editor' },
      { field: 'weights', key: 'revenue', message: 'Too big', source: 'engine' },
    ]);
    expect(engineIssuesOf(new Error('plain'))).toEqual([]);
  });
});
