/**
 * The what-if and scenario API end to end through the dispatcher, on a real SQLite workspace with
 * seeded demo data: context, runs (global and scoped), sensitivity (progress, determinism,
 * cancelling, responsiveness), saved scenarios, comparison and publishing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { main } from '../../src/main/cli/main';
import type { CliIo } from '../../src/main/cli/io';
import { AppContext } from '../../src/main/core/app/context';
import { call, createDispatcher } from '../../src/main/core/api/dispatcher';
import { runSensitivity } from '../../src/main/core/scenarios/sensitivity';
import { scoringService } from '../../src/main/core/scoring/service/scoring-service';
import { Workspace } from '../../src/main/core/workspace/workspace';
import type { EventMap } from '../../src/shared/api';
import type { MethodologyDefinition } from '../../src/shared/api/scoring-methodology';
import { tempDir } from '../helpers/temp';
import { openDemoApi, rejects, type DemoApi } from '../helpers/demo-api';

let ctx: AppContext;
let ws: Workspace;
let demo: DemoApi;
const api: DemoApi['api'] = (name, args) => demo.api(name, args);

beforeEach(() => {
  demo = openDemoApi({ partners: 150, quarters: 6, seed: 7 });
  ({ ctx, ws } = demo);
});
afterEach(() => demo.close());

/** The baseline with enablement weighing most (a weighting that moves partners both ways). */
function enablementHeavy(base: MethodologyDefinition): MethodologyDefinition {
  return {
    ...base,
    groupWeights: { revenue: 15, pipeline: 15, enablement: 55, engagement: 15 },
    profiles: [],
  };
}

async function baseline() {
  return (await api('whatif.context', {})).definition;
}

describe('whatif.context', () => {
  it('describes the baseline, the KPIs, groups, regions, types, periods and exposure measures', async () => {
    const c = await api('whatif.context', {});
    expect(c.baseline).toEqual({
      id: 1,
      name: 'Partner Health v1',
      version: 1,
      status: 'published',
    });
    expect(c.methodologies.map((m) => m.name)).toEqual(['Partner Health v1']);
    expect(c.definition.kpis).toHaveLength(15);
    expect(c.kpis.length).toBeGreaterThanOrEqual(22);
    expect(c.kpis.find((k) => k.key === 'win_rate')).toMatchObject({
      group: 'pipeline',
      direction: 'higher',
    });
    expect(c.groups).toEqual([
      { key: 'revenue', label: 'Revenue' },
      { key: 'pipeline', label: 'Pipeline' },
      { key: 'enablement', label: 'Enablement' },
      { key: 'engagement', label: 'Engagement' },
    ]);
    expect(c.regions.length).toBeGreaterThan(1);
    expect(c.types).toContain('Distributor');
    expect(c.periods.at(-1)).toEqual({ key: '2026-Q3', label: '2026 Q3' });
    expect(c.exposureMeasures).toEqual({ revenue: 'revenue', mdf: 'mdf_allocated' });
  });
});

describe('whatif.run', () => {
  it('reports no change for the baseline itself', async () => {
    const r = await api('whatif.run', { definition: await baseline() });
    expect(r.partners).toBe(150);
    expect(r.moved).toEqual({ up: 0, down: 0, same: 150 });
    expect(r.meanChange).toBe(0);
    expect(r.movers).toEqual({ up: [], down: [], upTotal: 0, downTotal: 0 });
    expect(r.distribution.before).toEqual(r.distribution.after);
    expect(r.exposure.every((e) => e.entering.partners === 0 && e.leaving.partners === 0)).toBe(
      true,
    );
  });

  it('diffs a reweighting consistently, served by the weight-only fast path', async () => {
    const base = await baseline();
    await api('whatif.run', { definition: base });
    const r = await api('whatif.run', { definition: enablementHeavy(base), movers: 5 });
    expect(r.fastPath).toBe(true);
    expect(r.engineMs).toBeGreaterThan(0);
    expect(r.matrix.flat().reduce((a, b) => a + b, 0)).toBe(150);
    expect(r.moved.up + r.moved.down + r.moved.same).toBe(150);
    expect(r.movers.upTotal).toBe(r.moved.up);
    expect(r.movers.downTotal).toBe(r.moved.down);
    expect(r.moved.up).toBeGreaterThan(0);
    expect(r.moved.down).toBeGreaterThan(0);
    expect(r.movers.up.length).toBeLessThanOrEqual(5);
    for (const m of r.movers.up) {
      expect(m.driver === null || m.driver.change > 0).toBe(true);
      expect(m.rankChange).toBe(m.rankBefore! - m.rankAfter!);
    }
    for (const m of r.movers.down) expect(m.driver === null || m.driver.change < 0).toBe(true);
    const entering = r.exposure.reduce((s, e) => s + e.entering.partners, 0);
    expect(entering).toBe(r.moved.up + r.moved.down);
    expect(r.distribution.after.reduce((a, b) => a + b, 0)).toBe(
      r.distribution.before.reduce((a, b) => a + b, 0),
    );
  });

  it('applies a scoped scenario to one region only', async () => {
    const c = await api('whatif.context', {});
    const region = c.regions[0]!;
    const r = await api('whatif.run', {
      definition: enablementHeavy(c.definition),
      scope: { dimension: 'region', value: region },
      movers: 500,
    });
    expect(r.scope).toEqual({ dimension: 'region', value: region });
    expect(r.moved.up + r.moved.down).toBeGreaterThan(0);
    for (const m of [...r.movers.up, ...r.movers.down]) expect(m.region).toBe(region);
    await rejects(
      api('whatif.run', {
        definition: c.definition,
        scope: { dimension: 'region', value: 'Atlantis' },
      }),
      'NOT_FOUND',
      /No partner has the region "Atlantis"; the regions are: /,
    );
    await rejects(
      api('whatif.run', {
        definition: { ...c.definition, kpis: c.definition.kpis.slice(1) },
        scope: { dimension: 'type', value: 'VAR' },
      }),
      'INVALID_ARGUMENT',
      /drops quota_attainment/,
    );
  });

  it('scores another period and refuses unknown ones', async () => {
    const r = await api('whatif.run', { definition: await baseline(), period: '2026-Q1' });
    expect(r.period.key).toBe('2026-Q1');
    await rejects(
      api('whatif.run', { definition: await baseline(), period: '1999-Q1' }),
      'NOT_FOUND',
    );
  });
});

describe('whatif.sensitivity', () => {
  it('reports progress and gives the same result for the same seed', async () => {
    const events: EventMap['progress'][] = [];
    ctx.onEvent((event, payload) => {
      if (event === 'progress') events.push(payload as EventMap['progress']);
    });
    const args = { definition: await baseline(), jobId: 'a', samples: 200, seed: 3, limit: 10 };
    const first = await api('whatif.sensitivity', args);
    expect(first).toMatchObject({ completed: 200, cancelled: false, partners: 150, samples: 200 });
    expect(first.stabilityHistogram.reduce((a, b) => a + b, 0)).toBe(150);
    expect(first.perTier.reduce((s, t) => s + t.partners, 0)).toBe(150);
    expect(first.knifeEdge.length).toBe(Math.min(10, first.knifeEdgeTotal));
    const stabilities = first.knifeEdge.map((p) => p.stability);
    expect(stabilities).toEqual([...stabilities].sort((a, b) => a - b));
    for (const p of first.knifeEdge) {
      expect(p.stability).toBeLessThan(0.8);
      expect(p.otherShare).toBeCloseTo(1 - p.stability, 10); // only one other tier is near
      expect(p.otherTier).not.toBeNull();
    }
    expect(events[0]).toMatchObject({ task: 'sensitivity', done: 0, total: 200 });
    expect(events.at(-1)).toEqual({
      task: 'sensitivity',
      label: 'Sensitivity: 200 of 200 samples',
      done: 200,
      total: 200,
      finished: true,
    });

    const again = await api('whatif.sensitivity', { ...args, jobId: 'b' });
    const stable = (r: typeof first) => ({ ...r, ms: 0, jobId: '' });
    expect(stable(again)).toEqual(stable(first));
    const other = await api('whatif.sensitivity', { ...args, seed: 4 });
    expect(stable(other)).not.toEqual(stable(first));
  });

  it('is cancelled through whatif.cancel and then says how many samples ran', async () => {
    ctx.onEvent((event, payload) => {
      const p = payload as EventMap['progress'];
      if (event === 'progress' && !p.finished) void api('whatif.cancel', { jobId: 'c' });
    });
    const r = await api('whatif.sensitivity', {
      definition: await baseline(),
      jobId: 'c',
      samples: 10_000,
    });
    expect(r.cancelled).toBe(true);
    expect(r.completed).toBeLessThan(10_000);
    expect(await api('whatif.cancel', { jobId: 'c' })).toEqual({ cancelled: false });
  });

  it('yields to other calls between slices and stops where it was cancelled', async () => {
    const service = scoringService(ws);
    const controller = new AbortController();
    const done: number[] = [];
    let finished = false;
    const running = runSensitivity(
      ws,
      service,
      {
        definition: await baseline(),
        scope: null,
        jobId: 'slices',
        perturbation: 0.2,
        samples: 1000,
        seed: 1,
        knifeEdgeBelow: 0.8,
        limit: 5,
      },
      {
        signal: controller.signal,
        sliceMs: 0,
        progress: (e) => {
          done.push(e.done);
          if (e.done >= 5) controller.abort();
        },
      },
    ).then((r) => {
      finished = true;
      return r;
    });
    // Another call completes while the analysis is still running.
    expect((await api('scenarios.list', {})).length).toBe(0);
    expect(finished).toBe(false);
    const r = await running;
    expect(r.cancelled).toBe(true);
    expect(r.completed).toBe(5);
    expect(done.slice(0, 6)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('saved scenarios', () => {
  it('saves, lists, updates, gets and deletes scenarios with unique names', async () => {
    const base = await baseline();
    const saved = await api('scenarios.save', {
      name: 'Enablement push',
      note: 'FY27 strategy',
      baseline: { methodologyId: 1 },
      definition: enablementHeavy(base),
    });
    expect(saved).toMatchObject({
      name: 'Enablement push',
      note: 'FY27 strategy',
      baseline: { methodologyId: 1, version: 1 },
      methodologyName: 'Partner Health v1',
      baseVersion: 1,
      scope: null,
      publishedVersion: null,
    });
    expect(saved.definition.groupWeights.enablement).toBe(55);
    await rejects(
      api('scenarios.save', {
        name: 'Enablement push',
        baseline: { methodologyId: 1 },
        definition: base,
      }),
      'ALREADY_EXISTS',
      /A scenario named "Enablement push" already exists/,
    );
    const second = await api('scenarios.save', {
      name: 'EMEA only',
      baseline: { methodologyId: 1, version: 1 },
      definition: enablementHeavy(base),
      scope: { dimension: 'region', value: 'EMEA' },
    });
    expect(second.scope).toEqual({ dimension: 'region', value: 'EMEA' });
    const list = await api('scenarios.list', {});
    expect(list.map((s) => s.name)).toEqual(['EMEA only', 'Enablement push']);
    expect(list[0]).not.toHaveProperty('definition');

    const renamed = await api('scenarios.save', {
      scenarioId: saved.id,
      name: 'Enablement first',
      baseline: { methodologyId: 1 },
      definition: enablementHeavy(base),
    });
    expect(renamed).toMatchObject({ id: saved.id, name: 'Enablement first', note: '' });
    await rejects(
      api('scenarios.save', {
        scenarioId: saved.id,
        name: 'EMEA only',
        baseline: { methodologyId: 1 },
        definition: base,
      }),
      'ALREADY_EXISTS',
    );
    expect((await api('scenarios.get', { scenarioId: second.id })).name).toBe('EMEA only');
    expect(await api('scenarios.delete', { scenarioId: second.id })).toEqual({ deleted: true });
    expect(await api('scenarios.delete', { scenarioId: second.id })).toEqual({ deleted: false });
    await rejects(api('scenarios.get', { scenarioId: second.id }), 'NOT_FOUND');
    expect(await api('scenarios.list', { methodologyId: 1 })).toHaveLength(1);
  });

  it('refuses scenarios that do not compile or name unknown scopes', async () => {
    const base = await baseline();
    await rejects(
      api('scenarios.save', {
        name: 'Broken',
        baseline: { methodologyId: 1 },
        definition: {
          ...base,
          tiers: [{ name: 'Gold', minScore: 50, gates: [{ kpi: 'nope', op: 'gte', value: 1 }] }],
        },
      }),
      'INVALID_DATA',
      /Unknown KPI "nope"/,
    );
    await rejects(
      api('scenarios.save', {
        name: 'Nowhere',
        baseline: { methodologyId: 1 },
        definition: base,
        scope: { dimension: 'type', value: 'Reseller of dreams' },
      }),
      'NOT_FOUND',
    );
    await rejects(
      api('scenarios.save', { name: 'Lost', baseline: { methodologyId: 9 }, definition: base }),
      'NOT_FOUND',
    );
    expect(await api('scenarios.list', {})).toEqual([]);
  });

  it('compares up to three scenarios side by side', async () => {
    const c = await api('whatif.context', {});
    const base = c.definition;
    const ids: number[] = [];
    for (const [name, definition, scope] of [
      ['Enablement', enablementHeavy(base), null],
      [
        'Revenue',
        { ...base, groupWeights: { revenue: 70, pipeline: 10, enablement: 10, engagement: 10 } },
        null,
      ],
      [
        'Enablement in one region',
        enablementHeavy(base),
        { dimension: 'region' as const, value: c.regions[0]! },
      ],
    ] as const) {
      ids.push(
        (await api('scenarios.save', { name, baseline: { methodologyId: 1 }, definition, scope }))
          .id,
      );
    }
    const cmp = await api('scenarios.compare', { scenarioIds: ids });
    expect(cmp.period.key).toBe('2026-Q3');
    expect(cmp.columns.map((col) => col.scenario.name)).toEqual([
      'Enablement',
      'Revenue',
      'Enablement in one region',
    ]);
    for (const col of cmp.columns) {
      expect(col.baseline).toMatchObject({ id: 1, version: 1 });
      const before = col.tierCounts.reduce((s, t) => s + t.before, 0);
      expect(before).toBe(150);
      expect(col.tierCounts.reduce((s, t) => s + t.after, 0)).toBe(150);
      expect(col.moved.up + col.moved.down + col.moved.same).toBe(150);
      expect(col.exposure.up.partners).toBe(col.moved.up);
      expect(col.exposure.down.partners).toBe(col.moved.down);
    }
    // A scoped scenario moves fewer partners than the same weights for everyone.
    const [everyone, , scoped] = cmp.columns;
    expect(scoped!.moved.up + scoped!.moved.down).toBeLessThan(
      everyone!.moved.up + everyone!.moved.down,
    );
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(total(cmp.weights.map((w) => w.baseline))).toBeCloseTo(1, 10);
    for (let s = 0; s < 3; s++)
      expect(total(cmp.weights.map((w) => w.scenarios[s]!))).toBeCloseTo(1, 10);
    const enablementShare = (s: number) =>
      total(cmp.weights.filter((w) => w.group === 'enablement').map((w) => w.scenarios[s]!));
    expect(enablementShare(0)).toBeCloseTo(0.55, 10);
    expect(enablementShare(2)).toBeCloseTo(0.55, 10);
    expect(cmp.partnersTotal).toBeGreaterThan(0);
    expect(cmp.partners.length).toBe(Math.min(100, cmp.partnersTotal));
    for (const p of cmp.partners) {
      expect(p.externalId).toMatch(/^P-\d+$/);
      expect(p.tiers).toHaveLength(3);
      expect(new Set([p.baselineTier, ...p.tiers]).size).toBeGreaterThan(1);
    }
    await rejects(api('scenarios.compare', { scenarioIds: [...ids, ids[0]!] }), 'INVALID_ARGUMENT');
  });
});

describe('scenarios.publish', () => {
  async function save(name: string, definition: MethodologyDefinition) {
    return api('scenarios.save', { name, baseline: { methodologyId: 1 }, definition });
  }

  it('publishes a scenario as the next version with its changelog, once', async () => {
    const base = await baseline();
    const s = await save('Enablement push', enablementHeavy(base));
    await rejects(
      api('scenarios.publish', { scenarioId: s.id, changelog: '  ' }),
      'INVALID_ARGUMENT',
      /a changelog text is required/,
    );
    const published = await api('scenarios.publish', {
      scenarioId: s.id,
      changelog: 'Enablement weighs 55 % for FY27',
    });
    expect(published.detail.version).toMatchObject({ version: 2, status: 'published' });
    expect(published.detail.definition.groupWeights.enablement).toBe(55);
    expect(published.changelog).toMatchObject({
      version: 2,
      summary: 'Enablement weighs 55 % for FY27',
    });
    expect(published.changelog.changes.length).toBeGreaterThan(0);
    expect(published.snapshot).toMatchObject({ version: 2, reason: 'publish' });
    expect(published.scenario).toMatchObject({ id: s.id, publishedVersion: 2 });
    const audit = await api('methodology.audit', { methodologyId: 1 });
    const publication = audit.find((a) => a.action === 'version.publish');
    expect(publication!.summary).toMatch(
      /Published version 2 of "Partner Health v1": Enablement weighs/,
    );
    await rejects(
      api('scenarios.publish', { scenarioId: s.id, changelog: 'again' }),
      'INVALID_ARGUMENT',
      /Nothing to publish: scenario "Enablement push" equals version 2 of "Partner Health v1"/,
    );
    // The default baseline is now version 2.
    expect((await api('whatif.context', {})).baseline.version).toBe(2);
  });

  it('refuses to overwrite a different draft unless asked, and publishes an identical one', async () => {
    const base = await baseline();
    await api('methodology.update', {
      methodologyId: 1,
      definition: { ...base, description: 'Someone else’s draft' },
    });
    const s = await save('Revenue first', {
      ...base,
      groupWeights: { revenue: 70, pipeline: 10, enablement: 10, engagement: 10 },
    });
    await rejects(
      api('scenarios.publish', { scenarioId: s.id, changelog: 'Revenue first' }),
      'ALREADY_EXISTS',
      /“Partner Health v1” has an unpublished draft \(version 2\) that differs from this scenario; publish or discard it first, or replace it/,
    );
    const replaced = await api('scenarios.publish', {
      scenarioId: s.id,
      changelog: 'Revenue first',
      replaceDraft: true,
    });
    expect(replaced.detail.version).toMatchObject({ version: 2, status: 'published' });
    expect(replaced.detail.definition.groupWeights.revenue).toBe(70);

    // A draft equal to the scenario is published as it is.
    const scoped = await api('scenarios.save', {
      name: 'VARs: enablement',
      baseline: { methodologyId: 1 },
      definition: enablementHeavy(replaced.detail.definition),
      scope: { dimension: 'type', value: 'VAR' },
    });
    const effective = {
      ...replaced.detail.definition,
      profiles: [
        {
          name: 'What-if: Type VAR',
          match: { type: ['VAR'] },
          kpiWeights: Object.fromEntries(base.kpis.map((k) => [k.kpi, k.weight])),
          groupWeights: { revenue: 15, pipeline: 15, enablement: 55, engagement: 15 },
        },
        ...replaced.detail.definition.profiles,
      ],
    };
    await api('methodology.update', { methodologyId: 1, definition: effective });
    const third = await api('scenarios.publish', { scenarioId: scoped.id, changelog: 'VARs' });
    expect(third.detail.version).toMatchObject({ version: 3, status: 'published' });
    expect(third.detail.definition.profiles[0]!.name).toBe('What-if: Type VAR');
    expect(third.detail.versions.map((v) => v.version)).toEqual([1, 2, 3]);
  });
});

describe('scenarios.publish against a newer version', () => {
  it('refuses a scenario saved against an older version unless told to publish anyway', async () => {
    const base = await baseline();
    const old = await api('scenarios.save', {
      name: 'Tried on v1',
      baseline: { methodologyId: 1 },
      definition: enablementHeavy(base),
    });
    expect(old.baseVersion).toBe(1);
    const newer = await api('scenarios.save', {
      name: 'Revenue first',
      baseline: { methodologyId: 1 },
      definition: {
        ...base,
        groupWeights: { revenue: 70, pipeline: 10, enablement: 10, engagement: 10 },
      },
    });
    await api('scenarios.publish', { scenarioId: newer.id, changelog: 'Revenue first' });
    await rejects(
      api('scenarios.publish', { scenarioId: old.id, changelog: 'Enablement' }),
      'INVALID_ARGUMENT',
      /was tried against version 1 of “Partner Health v1”, and version 2 has been published since/,
    );
    const anyway = await api('scenarios.publish', {
      scenarioId: old.id,
      changelog: 'Enablement after all',
      allowOutdatedBaseline: true,
    });
    expect(anyway.detail.version).toMatchObject({ version: 3, status: 'published' });
  });
});

describe('npx partnerscope scenarios', () => {
  function captureIo() {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), status: () => undefined };
    return { io, out, err };
  }

  it('lists saved scenarios and publishes one', async () => {
    const t = tempDir();
    const home = process.env.PARTNERSCOPE_HOME;
    process.env.PARTNERSCOPE_HOME = join(t.dir, 'home');
    try {
      const file = join(t.dir, 'w.partnerscope');
      const demo = ['demo', '--out', file, '--partners', '40', '--quarters', '4', '--seed', '5'];
      expect(await main(demo, captureIo().io)).toBe(0);
      const fileCtx = new AppContext(join(t.dir, 'home'));
      fileCtx.setWorkspace(Workspace.open(file));
      const fileApi = createDispatcher(fileCtx);
      const context = await call(fileApi, 'whatif.context', {});
      await call(fileApi, 'scenarios.save', {
        name: 'Enablement push',
        baseline: { methodologyId: context.baseline.id },
        definition: enablementHeavy(context.definition),
      });
      fileCtx.close();

      const list = captureIo();
      expect(await main(['scenarios', 'list', '-w', file], list.io)).toBe(0);
      expect(list.out).toEqual(['Enablement push  (Partner Health v1 · version 1; all partners)']);

      const missing = captureIo();
      expect(
        await main(['scenarios', 'publish', '-w', file, '-s', 'Enablement push'], missing.io),
      ).toBe(2);
      expect(missing.err[0]).toMatch(/--changelog is required/);

      const publish = captureIo();
      const args = [
        'scenarios',
        'publish',
        '-w',
        file,
        '-s',
        'Enablement push',
        '--changelog',
        'FY27',
      ];
      expect(await main(args, publish.io)).toBe(0);
      expect(publish.out[0]).toBe('published "Enablement push" as Partner Health v1 · version 2');
      const again = captureIo();
      expect(await main(args, again.io)).toBe(1);
      expect(again.err[0]).toMatch(/Nothing to publish/);
      const after = captureIo();
      await main(['scenarios', 'list', '-w', file], after.io);
      expect(after.out[0]).toMatch(/published as version 2\)$/);
    } finally {
      if (home === undefined) delete process.env.PARTNERSCOPE_HOME;
      else process.env.PARTNERSCOPE_HOME = home;
      t.cleanup();
    }
  });
});
