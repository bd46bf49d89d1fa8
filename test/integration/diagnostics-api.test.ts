/**
 * Methodology diagnostics and the uncertainty analysis end to end through the dispatcher, on a
 * real SQLite workspace with seeded demo data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { main } from '../../src/main/cli/main';
import type { CliIo } from '../../src/main/cli/io';
import { tempDir } from '../helpers/temp';
import { scoreSide } from '../../src/main/core/scenarios/baseline';
import { pearson } from '../../src/main/core/scoring/diagnostics/correlation';
import { scoringService } from '../../src/main/core/scoring/service/scoring-service';
import { buildUncertaintyModel } from '../../src/main/core/scoring/uncertainty/build-model';
import { sampleMatrix } from '../../src/main/core/scoring/uncertainty/run-uncertainty';
import { sampleComposite } from '../../src/main/core/scoring/uncertainty/sample-composite';
import type { EventMap } from '../../src/shared/api';
import type {
  KpiDefinition,
  MethodologyDefinition,
} from '../../src/shared/api/scoring-methodology';
import { openDemoApi, rejects, type DemoApi } from '../helpers/demo-api';

let demo: DemoApi;
const api: DemoApi['api'] = (name, args) => demo.api(name, args);

beforeAll(() => {
  demo = openDemoApi({ partners: 150, quarters: 6, seed: 7 });
});
afterAll(() => demo.close());

async function baseline(): Promise<MethodologyDefinition> {
  return (await api('whatif.context', {})).definition;
}

const custom = (key: string, direction: 'higher' | 'lower'): KpiDefinition => ({
  key,
  name: key,
  category: 'revenue',
  perspective: 'financial',
  formula: 'revenue',
  unit: 'currency',
  direction,
  indicator: 'lagging',
  window: 'period',
  definition: '',
});

describe('diagnostics.get', () => {
  it('describes the published methodology: matrix, groups, weights, importance, suggestion', async () => {
    const d = await api('diagnostics.get', {});
    const m = d.labels.length;
    expect(d.methodology.name).toBe('Partner Health v1');
    expect(d.kinds.filter((k) => k === 'kpi')).toHaveLength(d.kpis.length);
    expect(d.kinds.filter((k) => k === 'group')).toHaveLength(d.groups.length);
    expect(d.kinds.at(-1)).toBe('composite');
    expect(d.matrix).toHaveLength(m * m);
    for (let i = 0; i < m; i++) {
      expect(d.matrix[i * m + i]).toBe(1);
      for (let j = 0; j < m; j++) expect(d.matrix[i * m + j]).toBe(d.matrix[j * m + i]);
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(d.kpis.map((k) => k.weightShare))).toBeCloseTo(1, 12);
    expect(sum(d.kpis.map((k) => k.suggestedShare))).toBeCloseTo(1, 12);
    expect(sum(d.groups.map((g) => g.suggestedWeight))).toBeCloseTo(100, 9);
    for (const g of d.groups) {
      const within = d.kpis.filter((k) => k.group === g.key).map((k) => k.suggestedWeight);
      expect(sum(within)).toBeCloseTo(100, 9);
    }
    for (const k of d.kpis) {
      expect(k.importance).toBeCloseTo(k.correlation! ** 2, 12);
      expect(k.pullsAgainst).toBe((k.groupCorrelation ?? 0) < 0);
    }
    // The composite's row of the matrix is each KPI's correlation with it.
    const composite = m - 1;
    d.kpis.forEach((k) => {
      const at = d.keys.indexOf(k.key);
      expect(d.matrix[at * m + composite]).toBeCloseTo(k.correlation!, 12);
    });
    expect(d.suggestion.objective).toBeLessThanOrEqual(d.suggestion.objectiveBefore);
    const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
    expect(spread(d.kpis.map((k) => k.suggestedImportanceShare!))).toBeLessThan(
      spread(d.kpis.map((k) => k.importanceShare!)),
    );
  });

  it('flags a duplicated KPI as redundant and an inverted one as pulling against its group', async () => {
    const base = await baseline();
    const definition: MethodologyDefinition = {
      ...base,
      customKpis: [custom('revenue_again', 'higher'), custom('revenue_inverted', 'lower')],
      kpis: [
        ...base.kpis,
        { kpi: 'revenue_again', weight: 10, normaliser: { kind: 'percentile' } },
        { kpi: 'revenue_inverted', weight: 10, normaliser: { kind: 'percentile' } },
      ],
    };
    const d = await api('diagnostics.get', { definition, redundantAt: 0.95 });
    expect(d.methodology.status).toBe('unsaved');
    expect(d.redundant).toContainEqual({
      a: 'revenue',
      b: 'revenue_again',
      group: 'revenue',
      correlation: 1,
    });
    for (const r of d.redundant) expect(r.correlation).toBeGreaterThanOrEqual(0.95);
    const inverted = d.kpis.find((k) => k.key === 'revenue_inverted')!;
    expect(inverted.pullsAgainst).toBe(true);
    expect(inverted.groupCorrelation).toBeLessThan(0);
    // Dropping the contrary KPI raises its group's alpha.
    const revenue = d.groups.find((g) => g.key === 'revenue')!;
    expect(inverted.alphaIfDropped).toBeGreaterThan(revenue.alpha!);
  });

  it('aims at the nominal weights when asked', async () => {
    const d = await api('diagnostics.get', { target: 'nominal' });
    expect(d.target).toBe('nominal');
    const gap = (get: (k: (typeof d.kpis)[number]) => number) =>
      d.kpis.reduce((s, k) => s + (get(k) - k.weightShare) ** 2, 0);
    expect(gap((k) => k.suggestedImportanceShare!)).toBeLessThanOrEqual(
      gap((k) => k.importanceShare!) + 1e-12,
    );
  });

  it('says which period does not exist', async () => {
    await rejects(api('diagnostics.get', { period: '1999-Q1' }), 'NOT_FOUND', /No period 1999-Q1/);
  });
});

describe('whatif.uncertainty', () => {
  it('reproduces the engine’s composite with the methodology’s own choices', async () => {
    const service = scoringService(demo.ws);
    const definition = await baseline();
    const t = service.periodIndex(undefined);
    const { plan, structural, weighted } = scoreSide(service, definition, t);
    const { dataset } = service.load();
    const model = buildUncertaintyModel(plan, dataset, structural, weighted);
    const matrix = sampleMatrix(model, 0, 0, 0, 1);
    const out = new Float64Array(model.n);
    sampleComposite(matrix, model.weights, model.profileOf, out);
    for (let i = 0; i < model.n; i++) {
      expect(Math.abs(out[i]! - weighted.composite[i]!)).toBeLessThan(1e-9);
    }
    // Another normalisation really changes the scores.
    const minmax = new Float64Array(model.n);
    sampleComposite(sampleMatrix(model, 1, 0, 0, 1), model.weights, model.profileOf, minmax);
    expect(pearson(minmax, out)).toBeLessThan(0.999);
  });

  it('reports ranks, intervals, tier keeping and indices; a seed gives the same result', async () => {
    const events: EventMap['progress'][] = [];
    const stop = demo.ctx.onEvent((event, payload) => {
      if (event === 'progress') events.push(payload as EventMap['progress']);
    });
    const args = { definition: await baseline(), jobId: 'u1', samples: 140, seed: 5, limit: 150 };
    const r = await api('whatif.uncertainty', args);
    stop();
    expect(r).toMatchObject({ samples: 140, base: 20, completed: 140, cancelled: false });
    expect(r.scored).toBe(150);
    expect(r.partners).toHaveLength(150);
    expect(r.partners.map((p) => p.nominalRank)).toEqual(
      [...r.partners.map((p) => p.nominalRank)].sort((a, b) => a - b),
    );
    for (const p of r.partners) {
      expect(p.lowRank).toBeLessThanOrEqual(p.medianRank);
      expect(p.medianRank).toBeLessThanOrEqual(p.highRank);
      expect(p.lowRank).toBeGreaterThanOrEqual(1);
      expect(p.highRank).toBeLessThanOrEqual(150);
      expect(p.keepTier).toBeGreaterThanOrEqual(0);
      expect(p.keepTier).toBeLessThanOrEqual(1);
    }
    expect(r.meanRankShift).toBeGreaterThan(0);
    expect(r.indices.map((i) => i.factor)).toEqual([
      'normalisation',
      'aggregation',
      'imputation',
      'treatment',
      'weights',
    ]);
    expect(r.indices[0]!.levels).toEqual([
      'As configured',
      'Min–max',
      'z-score',
      'Percentile rank',
    ]);
    expect(r.indices[4]!.levels).toEqual(['± 20 %']);
    for (const i of r.indices) expect(i.total).not.toBeNull();
    expect(events[0]).toMatchObject({ task: 'uncertainty', done: 0, total: 140 });
    expect(events.at(-1)).toMatchObject({ task: 'uncertainty', done: 140, finished: true });

    const stable = (x: typeof r) => ({ ...x, ms: 0, jobId: '' });
    const again = await api('whatif.uncertainty', { ...args, jobId: 'u2' });
    expect(stable(again)).toEqual(stable(r));
    const other = await api('whatif.uncertainty', { ...args, seed: 6 });
    expect(stable(other)).not.toEqual(stable(r));
  });

  it('barely moves anyone when only the weights shake by 1 %', async () => {
    const r = await api('whatif.uncertainty', {
      definition: await baseline(),
      jobId: 'u3',
      samples: 60,
      perturbation: 0.01,
      factors: ['weights'],
    });
    expect(r.indices.map((i) => i.factor)).toEqual(['weights']);
    expect(r.base).toBe(20);
    expect(r.meanRankShift).toBeLessThan(2);
    expect(r.meanKeepTier).toBeGreaterThan(0.95);
  });

  it('is cancelled through whatif.cancel and says how many samples ran', async () => {
    const stop = demo.ctx.onEvent((event, payload) => {
      const p = payload as EventMap['progress'];
      if (event === 'progress' && p.task === 'uncertainty' && !p.finished)
        void api('whatif.cancel', { jobId: 'u4' });
    });
    const r = await api('whatif.uncertainty', {
      definition: await baseline(),
      jobId: 'u4',
      samples: 20_000,
    });
    stop();
    expect(r.cancelled).toBe(true);
    expect(r.completed).toBeLessThan(r.samples);
  });

  it('refuses too few samples and an empty list of choices', async () => {
    const definition = await baseline();
    await rejects(
      api('whatif.uncertainty', { definition, jobId: 'u5', samples: 10 }),
      'INVALID_ARGUMENT',
    );
    await rejects(
      api('whatif.uncertainty', { definition, jobId: 'u6', factors: [] }),
      'INVALID_ARGUMENT',
    );
  });
});

describe('partnerscope diagnostics', () => {
  function captureIo() {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), status: () => undefined };
    return { io, out, err };
  }

  it('prints the diagnostics and the uncertainty analysis, and refuses a wrong choice', async () => {
    const t = tempDir();
    const home = process.env.PARTNERSCOPE_HOME;
    process.env.PARTNERSCOPE_HOME = join(t.dir, 'home');
    try {
      const file = join(t.dir, 'w.partnerscope');
      const demoArgs = [
        'demo',
        '--out',
        file,
        '--partners',
        '60',
        '--quarters',
        '4',
        '--seed',
        '5',
      ];
      expect(await main(demoArgs, captureIo().io)).toBe(0);

      const json = captureIo();
      const args = ['diagnostics', '-w', file, '--methodology', 'Partner Health v1@1'];
      expect(await main([...args, '--format', 'json'], json.io)).toBe(0);
      const d = JSON.parse(json.out.join('\n')) as {
        kpis: { key: string }[];
        period: { label: string };
      };
      expect(d.kpis.map((k) => k.key)).toContain('revenue');
      expect(json.err[0]).toMatch(/^Diagnostics of Partner Health v1 v1, /);

      const csv = captureIo();
      expect(await main([...args, '--format', 'csv'], csv.io)).toBe(0);
      const lines = csv.out.join('\n').trim().split(/\r?\n/);
      expect(lines[0]).toMatch(/^kpi,group,weight,variance_share,weight_x_spread,importance,/);
      expect(lines).toHaveLength(1 + d.kpis.length);

      const u = captureIo();
      const uArgs = [
        ...args,
        '--uncertainty',
        '--samples',
        '70',
        '--limit',
        '3',
        '--format',
        'json',
      ];
      expect(await main(uArgs, u.io)).toBe(0);
      const result = JSON.parse(u.out.join('\n')) as { completed: number; partners: unknown[] };
      expect(result.completed).toBe(70);
      expect(result.partners).toHaveLength(3);

      const bad = captureIo();
      expect(await main([...args, '--uncertainty', '--factors', 'weights,colour'], bad.io)).toBe(2);
      expect(bad.err.join('\n')).toMatch(/unknown choice "colour"/);
    } finally {
      process.env.PARTNERSCOPE_HOME = home;
      t.cleanup();
    }
  });
});
