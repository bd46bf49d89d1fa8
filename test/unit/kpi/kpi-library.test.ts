import { describe, expect, it } from 'vitest';
import { KPI_CATEGORIES, kpiDefinitionSchema } from '../../../src/shared/api/scoring-methodology';
import { compileFormula } from '../../../src/main/core/kpi/formula/validate';
import { BUILT_IN_KPIS } from '../../../src/main/core/kpi/kpi-library';
import { knownMeasures } from '../../../src/main/core/scoring/compile-methodology';
import { isMonotone } from '../../../src/main/core/scoring/normalisers/fit-scale';

describe('KPI library', () => {
  it('has the KPIs the program asks for, in four categories', () => {
    const keys = (category: string) =>
      BUILT_IN_KPIS.filter((k) => k.category === category).map((k) => k.key);
    expect(keys('revenue')).toEqual([
      'revenue',
      'quota_attainment',
      'revenue_growth_qoq',
      'revenue_growth_yoy',
      'revenue_share',
      'margin',
      'avg_deal_size',
    ]);
    expect(keys('pipeline')).toEqual([
      'deal_registrations',
      'deal_reg_approval_rate',
      'reg_to_close_conversion',
      'pipeline_coverage',
      'win_rate',
      'avg_days_to_close',
    ]);
    expect(keys('enablement')).toEqual([
      'training_completion',
      'certifications',
      'certified_staff_ratio',
      'days_to_first_deal',
    ]);
    expect(keys('engagement')).toEqual([
      'portal_activity',
      'mdf_utilisation',
      'mdf_roi',
      'jbp_participation',
      'csat',
    ]);
    expect(new Set(BUILT_IN_KPIS.map((k) => k.category))).toEqual(new Set(KPI_CATEGORIES));
  });

  it('documents every KPI and compiles every formula and target against the standard measures', () => {
    const measures = knownMeasures();
    for (const kpi of BUILT_IN_KPIS) {
      expect(kpiDefinitionSchema.parse(kpi)).toBeTruthy();
      expect(kpi.definition.length, kpi.key).toBeGreaterThan(20);
      expect(() => compileFormula(kpi.formula, measures), kpi.key).not.toThrow();
      if (kpi.target) expect(() => compileFormula(kpi.target!, measures), kpi.key).not.toThrow();
      expect(isMonotone(kpi.normaliser, kpi.direction), kpi.key).toBe(true);
    }
    expect(new Set(BUILT_IN_KPIS.map((k) => k.key)).size).toBe(BUILT_IN_KPIS.length);
  });
});
