/**
 * Methodology hierarchies (KPI → pillar → category → composite) with an aggregation per level:
 * composites against the closed forms of nested weighted means, contributions that add up at
 * every level, re-weighting of what is missing, "what it takes" solved through a non-additive
 * mean, and clear errors for broken hierarchies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  methodologyDefinitionSchema,
  type AggregationRule,
  type MethodologyDefinitionInput,
} from '../../../src/shared/api/scoring-methodology';
import {
  compileMethodology,
  knownMeasures,
} from '../../../src/main/core/scoring/compile-methodology';
import { planRowComposite } from '../../../src/main/core/scoring/plan-composite';
import { scoreDefinition, scorePeriod } from '../../../src/main/core/scoring/score-period';
import { diffDefinitions } from '../../../src/main/core/scoring/versions/definition-diff';
import { whatItTakes } from '../../../src/main/core/scoring/what-it-takes';
import { makeDataset, passthroughKpi } from '../../helpers/scoring-dataset';

const KPIS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
const KPI_WEIGHTS = { a: 1, b: 3, c: 1, d: 2, e: 2, f: 1 };
const PILLAR_OF = { a: 'p1', b: 'p1', c: 'p2', d: 'p3', e: 'p3', f: 'p4' } as const;
const GROUP_WEIGHTS = { p1: 2, p2: 1, p3: 1, p4: 1, c1: 3, c2: 1 };

function definition(
  pillar?: AggregationRule,
  category?: AggregationRule,
  root?: AggregationRule,
): MethodologyDefinitionInput {
  return {
    groupWeights: GROUP_WEIGHTS,
    groups: [
      { key: 'c1', label: 'Commercial' },
      { key: 'c2', label: 'Capability' },
      { key: 'p1', parent: 'c1', ...(pillar ? { aggregation: pillar } : {}) },
      { key: 'p2', parent: 'c1' },
      { key: 'p3', parent: 'c2', ...(pillar ? { aggregation: pillar } : {}) },
      { key: 'p4', parent: 'c2' },
    ].map((g) =>
      category && g.key.startsWith('c') ? { ...g, aggregation: category } : g,
    ) as MethodologyDefinitionInput['groups'],
    ...(root ? { aggregation: root } : {}),
    kpis: KPIS.map((k) => ({
      kpi: k,
      weight: KPI_WEIGHTS[k],
      group: PILLAR_OF[k],
      normaliser: { kind: 'minmax' as const, min: 0, max: 100 },
    })),
    customKpis: KPIS.map((k) => passthroughKpi(k)),
    tiers: [
      { name: 'Registered', minScore: 0 },
      { name: 'Silver', minScore: 40 },
      { name: 'Gold', minScore: 70 },
    ],
  };
}

/** Closed forms, written independently of the engine. */
function mean(xs: number[], ws: number[], p: number): number {
  const keep = xs.map((x, i) => [x, ws[i]!] as const).filter(([x, w]) => !Number.isNaN(x) && w > 0);
  if (keep.length === 0) return NaN;
  const W = keep.reduce((s, [, w]) => s + w, 0);
  if (p === 0) return Math.exp(keep.reduce((s, [x, w]) => s + w * Math.log(x), 0) / W);
  return (keep.reduce((s, [x, w]) => s + w * x ** p, 0) / W) ** (1 / p);
}

function expected(row: Record<string, number>, pp: number, pc: number, pr: number): number {
  const p1 = mean([row.a!, row.b!], [1, 3], pp);
  const p2 = mean([row.c!], [1], 1);
  const p3 = mean([row.d!, row.e!], [2, 2], pp);
  const p4 = mean([row.f!], [1], 1);
  const c1 = mean([p1, p2], [2, 1], pc);
  const c2 = mean([p3, p4], [1, 1], pc);
  return mean([c1, c2], [3, 1], pr);
}

const ROWS: Record<string, number>[] = [
  { a: 80, b: 60, c: 40, d: 90, e: 10, f: 55 },
  { a: 20, b: 95, c: 70, d: 35, e: 65, f: 5 },
  { a: 50, b: 50, c: 50, d: 50, e: 50, f: 50 },
  { a: 99, b: 1, c: 100, d: 12, e: 88, f: 73 },
  { a: 33, b: NaN, c: 71, d: NaN, e: NaN, f: 64 },
];

function scored(def: MethodologyDefinitionInput, rows = ROWS) {
  const ds = makeDataset({
    partners: rows.length,
    periods: ['2025-Q1'],
    values: Object.fromEntries(KPIS.map((k) => [k, [rows.map((r) => r[k] ?? NaN)]])),
  });
  const plan = compileMethodology(def, knownMeasures(KPIS));
  return { plan, ds, ps: scorePeriod(plan, ds, 0) };
}

const RULES: [string, AggregationRule | undefined, number][] = [
  ['arithmetic', undefined, 1],
  ['geometric', { kind: 'geometric' }, 0],
  ['harmonic', { kind: 'harmonic' }, -1],
  ['power 2', { kind: 'power', p: 2 }, 2],
  ['power 0.5', { kind: 'power', p: 0.5 }, 0.5],
];

describe('a three-level hierarchy', () => {
  for (const [name, rule, p] of RULES) {
    it(`scores the nested ${name} means at every level`, () => {
      const { ps } = scored(definition(rule, rule, rule));
      ROWS.forEach((row, i) => {
        expect(ps.weighted.composite[i]!).toBeCloseTo(expected(row, p, p, p), 9);
      });
    });
  }

  it('mixes aggregations per level (geometric pillars, harmonic categories, arithmetic top)', () => {
    const { ps } = scored(definition({ kind: 'geometric' }, { kind: 'harmonic' }));
    ROWS.forEach((row, i) =>
      expect(ps.weighted.composite[i]!).toBeCloseTo(expected(row, 0, -1, 1), 9),
    );
  });

  for (const [name, rule] of RULES) {
    it(`${name}: KPI contributions add up to the composite, and to each group's share at every level`, () => {
      const { plan, ps } = scored(definition(rule, rule, rule));
      const n = ROWS.length;
      const G = plan.groups.length;
      const parent = plan.tree!.parent;
      for (let i = 0; i < n; i++) {
        const composite = ps.weighted.composite[i]!;
        let sum = 0;
        for (let k = 0; k < KPIS.length; k++) sum += ps.weighted.contributions[k * n + i]!;
        expect(sum).toBe(composite); // exactly: the composite is their sum
        // Group contributions (sum of their KPIs'): each level adds up to the composite.
        const groupContribution = new Float64Array(G);
        plan.groupOf.forEach((g, k) => {
          for (let at = g; at >= 0; at = parent[at]!)
            groupContribution[at]! += ps.weighted.contributions[k * n + i]!;
        });
        const top = plan.groups.map((_, g) => g).filter((g) => parent[g]! < 0);
        const pillars = plan.groups.map((_, g) => g).filter((g) => parent[g]! >= 0);
        const total = (gs: number[]) => gs.reduce((s, g) => s + groupContribution[g]!, 0);
        expect(total(top)).toBeCloseTo(composite, 12);
        expect(total(pillars)).toBeCloseTo(composite, 12);
      }
    });
  }

  it('re-weights missing KPIs and groups among the present ones', () => {
    const { ps } = scored(definition({ kind: 'geometric' }));
    // Row 4 lacks b, d and e: pillar p3 drops out, p1 is a alone.
    expect(ps.weighted.composite[4]!).toBeCloseTo(expected(ROWS[4]!, 0, 1, 1), 9);
    expect(ps.weighted.coverage[4]!).toBeCloseTo(
      1 - ((3 / 4) * (2 / 3) * (3 / 4) + (1 / 4) * (1 / 2)),
      12,
    );
  });

  it('reports a score for every group at every level', () => {
    const { plan, ps } = scored(definition());
    const n = ROWS.length;
    const at = (g: string, i: number) => ps.weighted.groupScores[plan.groups.indexOf(g) * n + i]!;
    expect(at('p1', 0)).toBeCloseTo((80 + 3 * 60) / 4, 12);
    expect(at('c1', 0)).toBeCloseTo((2 * 65 + 40) / 3, 12);
    expect(plan.groupLabels[plan.groups.indexOf('c1')]).toBe('Commercial');
  });

  it('gives a geometric mean of 0 when a score is 0, with no contribution', () => {
    const rows = [{ a: 0, b: 60, c: 40, d: 90, e: 10, f: 55 }, ...ROWS];
    const { ps } = scored(definition(undefined, undefined, { kind: 'geometric' }), rows);
    expect(ps.weighted.composite[0]!).toBeGreaterThan(0); // a 0 inside an arithmetic pillar
    const geoAll = scored(
      definition({ kind: 'geometric' }, { kind: 'geometric' }, { kind: 'geometric' }),
      rows,
    ).ps;
    expect(geoAll.weighted.composite[0]).toBe(0);
  });

  it('row and columnar composites agree bit for bit (explanations, what it takes)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }), {
            minLength: 6,
            maxLength: 6,
          }),
          { minLength: 2, maxLength: 12 },
        ),
        fc.constantFrom(...RULES.map((r) => r[1])),
        fc.constantFrom(...RULES.map((r) => r[1])),
        (values, a, b) => {
          const rows = values.map((v) => Object.fromEntries(KPIS.map((k, j) => [k, v[j] ?? NaN])));
          const { plan, ps } = scored(definition(a, b, a), rows);
          const contributions = new Float64Array(KPIS.length);
          const groups = new Float64Array(plan.groups.length);
          rows.forEach((_, i) => {
            const c = planRowComposite(
              plan,
              ps.structural.scores,
              i,
              plan.weights[0]!,
              contributions,
              groups,
            );
            expect(Object.is(c, ps.weighted.composite[i])).toBe(true);
            if (!Number.isNaN(c)) {
              expect(c).toBeGreaterThanOrEqual(0);
              expect(c).toBeLessThanOrEqual(100);
            }
          });
        },
      ),
      { numRuns: 150, seed: 1606 },
    );
  });

  it('solves "what it takes" through a geometric mean: the value found reaches the tier, a little less does not', () => {
    const def = definition({ kind: 'geometric' }, { kind: 'geometric' }, { kind: 'geometric' });
    const { plan, ps } = scored(def);
    const row = 3; // { a: 99, b: 1, … }: Registered at 14.8 under geometric means
    const result = whatItTakes(plan, ps, row);
    expect(result.status).toBe('next');
    const f = result.options.find((o) => o.feasible)!;
    expect(f).toBeDefined();
    const threshold = plan.definition.tiers[result.nextTier!]!.minScore;
    const withF = (v: number) =>
      scored(
        def,
        ROWS.map((r, i) => (i === row ? { ...r, [f.kpi]: v } : r)),
      ).ps.weighted.composite[row]!;
    expect(withF(f.to!)).toBeGreaterThanOrEqual(threshold);
    expect(withF(f.to! - 0.02)).toBeLessThan(threshold); // b moves in steps of 0.01
    expect(f.compositeAfter!).toBeCloseTo(withF(f.to!), 12);
    // The cheapest combination, re-planned until scoring confirms it under the geometric means.
    let feasible = 0;
    const more = [...ROWS, { a: 40, b: 30, c: 35, d: 38, e: 36, f: 30 }];
    const wider = scored(def, more);
    more.forEach((_, i) => {
      const r = whatItTakes(wider.plan, wider.ps, i);
      if (r.status !== 'next' || !r.combination?.feasible) return;
      feasible++;
      const need = plan.definition.tiers[r.nextTier!]!.minScore;
      expect(r.combination.compositeAfter).toBeGreaterThanOrEqual(need);
    });
    expect(feasible).toBeGreaterThan(0);
  });
});

describe('scoring straight from a definition, and the changelog', () => {
  it('scoreDefinition compiles and scores in one call, like compile + scorePeriod', () => {
    const def = definition({ kind: 'geometric' });
    const { ps, ds } = scored(def);
    const direct = scoreDefinition(def, ds, 0);
    expect(Array.from(direct.weighted.composite)).toEqual(Array.from(ps.weighted.composite));
    expect(direct.plan.tree).not.toBeNull();
  });

  it('describes structure and preparation changes in the readable diff', () => {
    const before = methodologyDefinitionSchema.parse(definition());
    const after = methodologyDefinitionSchema.parse({
      ...definition({ kind: 'geometric' }, undefined, { kind: 'harmonic' }),
      kpis: definition().kpis.map((k, i) =>
        i === 0 ? { ...k, treatment: { kind: 'winsorise' }, imputation: { kind: 'peer_mean' } } : k,
      ),
    });
    const text = diffDefinitions(before, after).map((l) => `${l.area}: ${l.text}`);
    expect(text).toContain('Structure: Composite aggregation arithmetic → harmonic');
    expect(text).toContain('Outlier treatment: a: none → winsorise');
    expect(text).toContain('Imputation: a: none → peer mean');
    expect(
      text.some((t) => t.startsWith('Structure: Groups') && t.includes('p1 (geometric) in c1')),
    ).toBe(true);
  });
});

describe('hierarchy errors name the place', () => {
  const broken = (edit: (d: MethodologyDefinitionInput) => void) => {
    const d = structuredClone(definition());
    edit(d);
    try {
      compileMethodology(d, knownMeasures(KPIS));
    } catch (e) {
      return (e as { details?: { issues: { path: string; message: string }[] } }).details!.issues;
    }
    throw new Error('compiled');
  };

  it('an unknown parent, a cycle, a KPI without or with an unknown group', () => {
    expect(broken((d) => (d.groups![2]!.parent = 'nope'))).toContainEqual({
      path: 'groups.2.parent',
      message: 'Unknown parent group "nope"',
    });
    expect(
      broken((d) => {
        d.groups![0]!.parent = 'p1';
      }).some((i) => i.message.includes('its own ancestor')),
    ).toBe(true);
    expect(broken((d) => delete d.kpis[0]!.group)).toContainEqual({
      path: 'kpis.0.group',
      message: 'a needs a group',
    });
    expect(broken((d) => (d.kpis[1]!.group = 'zz'))).toContainEqual({
      path: 'kpis.1.group',
      message: 'Unknown group "zz"',
    });
  });

  it('a group weight without a group, and a KPI group without a hierarchy', () => {
    expect(broken((d) => (d.groupWeights.zz = 1))).toContainEqual({
      path: 'groupWeights.zz',
      message: '"zz" is not one of the methodology\'s groups',
    });
    expect(
      broken((d) => {
        delete d.groups;
        d.groupWeights = { revenue: 1 };
      }).some((i) => i.path === 'kpis.0.group'),
    ).toBe(true);
  });
});
