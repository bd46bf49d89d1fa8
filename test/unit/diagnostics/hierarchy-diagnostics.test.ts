/**
 * Diagnostics of a three-level hierarchy (KPI → pillar → category → composite) read the tree as
 * the engine scores it: effective weights are products of the weight shares down each KPI's path,
 * importance is measured against the engine's composite (geometric pillars included), a group's
 * items are its KPIs and its child groups' scores, and suggested weights are entered per level.
 */
import { describe, expect, it } from 'vitest';
import type { MethodologyDefinitionInput } from '../../../src/shared/api/scoring-methodology';
import {
  compileMethodology,
  knownMeasures,
} from '../../../src/main/core/scoring/compile-methodology';
import { pearson } from '../../../src/main/core/scoring/diagnostics/correlation';
import { cronbachAlpha } from '../../../src/main/core/scoring/diagnostics/cronbach';
import { methodologyDiagnostics } from '../../../src/main/core/scoring/diagnostics/methodology-diagnostics';
import { scorePeriod } from '../../../src/main/core/scoring/score-period';
import { Rng } from '../../../src/main/core/demo/random';
import { buildUncertaintyModel } from '../../../src/main/core/scoring/uncertainty/build-model';
import {
  imputedColumns,
  runUncertainty,
} from '../../../src/main/core/scoring/uncertainty/run-uncertainty';
import { makeDataset, passthroughKpi } from '../../helpers/scoring-dataset';

const KPIS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
const PILLAR_OF = { a: 'p1', b: 'p1', c: 'p2', d: 'p3', e: 'p3', f: 'p4' } as const;
const KPI_WEIGHTS = { a: 1, b: 3, c: 1, d: 2, e: 2, f: 1 };

const definition: MethodologyDefinitionInput = {
  groupWeights: { p1: 2, p2: 1, p3: 1, p4: 1, c1: 3, c2: 1 },
  groups: [
    { key: 'c1', label: 'Commercial' },
    { key: 'c2', label: 'Capability', aggregation: { kind: 'harmonic' } },
    { key: 'p1', parent: 'c1', aggregation: { kind: 'geometric' } },
    { key: 'p2', parent: 'c1' },
    { key: 'p3', parent: 'c2', aggregation: { kind: 'geometric' } },
    { key: 'p4', parent: 'c2' },
  ],
  kpis: KPIS.map((k) => ({
    kpi: k,
    weight: KPI_WEIGHTS[k],
    group: PILLAR_OF[k],
    normaliser: { kind: 'minmax' as const, min: 0, max: 100 },
  })),
  customKpis: KPIS.map((k) => passthroughKpi(k)),
  tiers: [
    { name: 'Registered', minScore: 0 },
    { name: 'Gold', minScore: 70 },
  ],
};

function scoredTree(def: MethodologyDefinitionInput = definition) {
  const rng = new Rng(42);
  const n = 60;
  // Correlated KPIs (a common level per partner) so alphas and correlations mean something.
  const level = Array.from({ length: n }, () => 20 + 60 * rng.next());
  const values = Object.fromEntries(
    KPIS.map((k) => [
      k,
      [
        level.map((l, i) =>
          i % 13 === 5 && k === 'e' ? NaN : Math.min(100, Math.max(1, l + 30 * (rng.next() - 0.5))),
        ),
      ],
    ]),
  );
  const ds = makeDataset({ partners: n, periods: ['2025-Q1'], values });
  const plan = compileMethodology(def, knownMeasures(KPIS));
  return { ds, plan, ps: scorePeriod(plan, ds, 0), n };
}

function diagnosed() {
  const { plan, ps, n } = scoredTree();
  const result = methodologyDiagnostics(
    plan,
    ps.structural,
    { id: 1, name: 'Tree', version: 1, status: 'published' },
    { target: 'equal', redundantAt: 0.9 },
  );
  return { plan, ps, result, n };
}

describe('diagnostics of a hierarchy', () => {
  it('gives each KPI the product of the weight shares on its path, and groups their subtree', () => {
    const { result } = diagnosed();
    const share = Object.fromEntries(result.kpis.map((k) => [k.key, k.weightShare]));
    // b: 3/4 of p1, p1 2/3 of c1, c1 3/4 of the composite.
    expect(share.b).toBeCloseTo((3 / 4) * (2 / 3) * (3 / 4), 12);
    expect(share.c).toBeCloseTo(1 * (1 / 3) * (3 / 4), 12);
    expect(share.f).toBeCloseTo(1 * (1 / 2) * (1 / 4), 12);
    const group = Object.fromEntries(result.groups.map((g) => [g.key, g]));
    expect(group.c1!.weightShare).toBeCloseTo(3 / 4, 12);
    expect(group.p1!.weightShare).toBeCloseTo(1 / 2, 12);
    expect(group.c1!.parent).toBeNull();
    expect(group.c1!.groups).toEqual(['p1', 'p2']);
    expect(group.p3!.parent).toBe('c2');
    expect(group.p3!.kpis).toEqual(['d', 'e']);
  });

  it("measures importance against the engine's composite and alpha over a group's items", () => {
    const { plan, ps, result, n } = diagnosed();
    const composite = ps.weighted.composite;
    plan.kpis.forEach((kpi, k) => {
      const row = result.kpis.find((x) => x.key === kpi.key)!;
      expect(row.correlation!).toBeCloseTo(pearson(ps.structural.scores[k]!, composite), 9);
    });
    const groupScore = (key: string) => {
      const g = plan.groups.indexOf(key);
      return ps.weighted.groupScores.subarray(g * n, (g + 1) * n);
    };
    const c1 = result.groups.find((g) => g.key === 'c1')!;
    expect(c1.alpha!).toBeCloseTo(cronbachAlpha([groupScore('p1'), groupScore('p2')]), 9);
    expect(c1.correlation!).toBeCloseTo(pearson(groupScore('c1'), composite), 9);
    const b = result.kpis.find((k) => k.key === 'b')!;
    const bIndex = plan.kpis.findIndex((k) => k.key === 'b');
    expect(b.groupCorrelation!).toBeCloseTo(
      pearson(ps.structural.scores[bIndex]!, groupScore('p1')),
      9,
    );
  });

  it('suggests weights as they are entered: siblings sum to 100 at every level', () => {
    const { result } = diagnosed();
    const group = Object.fromEntries(result.groups.map((g) => [g.key, g]));
    expect(group.c1!.suggestedWeight + group.c2!.suggestedWeight).toBeCloseTo(100, 9);
    expect(group.p1!.suggestedWeight + group.p2!.suggestedWeight).toBeCloseTo(100, 9);
    const weight = Object.fromEntries(result.kpis.map((k) => [k.key, k.suggestedWeight]));
    expect(weight.a! + weight.b!).toBeCloseTo(100, 9);
    expect(weight.c).toBeCloseTo(100, 9);
    expect(result.suggestion.objective).toBeLessThanOrEqual(result.suggestion.objectiveBefore);
  });
});

describe('uncertainty over a hierarchy', () => {
  it("samples the nominal choices as the engine's composite, and each aggregation through the tree", async () => {
    const { ds, plan, ps, n } = scoredTree();
    const model = buildUncertaintyModel(plan, ds, ps.structural, ps.weighted);
    expect(model.aggregation.map((a) => a.label)[0]).toMatch(/As configured/);
    const columns = imputedColumns(
      model,
      model.treatment[0]!.value.map((raw, k) => model.normalisation[0]!.value(k, raw)),
      0,
    );
    const out = new Float64Array(n);
    model.tree!(columns, model.weights, model.profileOf, model.aggregation[0]!.value, out);
    out.forEach((c, i) => expect(c).toBeCloseTo(ps.weighted.composite[i]!, 9));

    // "Geometric" everywhere equals the engine scoring the same tree with geometric levels.
    const geometric = { kind: 'geometric' as const };
    const allGeometric = scoredTree({
      ...definition,
      aggregation: geometric,
      groups: definition.groups!.map((g) => ({ ...g, aggregation: geometric })),
    });
    const g = model.aggregation.findIndex((a) => a.label === 'Geometric');
    model.tree!(columns, model.weights, model.profileOf, model.aggregation[g]!.value, out);
    out.forEach((c, i) => expect(c).toBeCloseTo(allGeometric.ps.weighted.composite[i]!, 9));

    const run = await runUncertainty(model, {
      samples: 60,
      seed: 7,
      perturbation: 0.25,
      factors: ['aggregation', 'weights'],
      listed: Int32Array.from([0, 1, 2]),
    });
    expect(run.completed).toBe(run.planned);
    expect(run.first.every((x) => Number.isFinite(x) || Number.isNaN(x))).toBe(true);
  });
});
