/**
 * Governed program changes through the dispatcher on a seeded demo workspace: a proposal's impact
 * assessment agrees with What-if and with the saved MDF allocations, the decision window and
 * the decisions, approval publishing through the publish path, direct publications logged, and
 * a partner notice that names no partner.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateMdfDemo } from '../../src/main/core/demo/mdf-demo';
import { openDemoApi, rejects, type DemoApi } from '../helpers/demo-api';

let demo: DemoApi;
const api: DemoApi['api'] = (name, args) => demo.api(name, args);

beforeEach(() => {
  demo = openDemoApi({ partners: 150, quarters: 6, seed: 7 });
  generateMdfDemo(demo.ws, 7);
});
afterEach(() => demo.close());

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function methodologyId() {
  return (await api('methodology.list', {}))[0]!.id;
}

async function proposeGoldRaise(extra: { windowOpens?: string; windowCloses?: string } = {}) {
  return api('governance.propose', {
    kind: 'tiers',
    methodologyId: await methodologyId(),
    title: 'Raise the Gold threshold',
    description: 'Gold should mean consistent results.',
    sponsor: 'VP Channel',
    proposedBy: 'Programme lead',
    windowOpens: extra.windowOpens ?? day(-1),
    windowCloses: extra.windowCloses ?? day(14),
    thresholds: [{ tier: 'Gold', minScore: 66 }],
  });
}

describe('governance.propose', () => {
  it('assesses the impact with the What-if engine, the MDF plans and the revenue of the movers', async () => {
    const change = await proposeGoldRaise();
    const ctx = await api('whatif.context', {});
    const proposed = {
      ...ctx.definition,
      tiers: ctx.definition.tiers.map((t) => (t.name === 'Gold' ? { ...t, minScore: 66 } : t)),
    };
    const whatIf = await api('whatif.run', { definition: proposed, movers: 500 });
    const impact = change.impact;
    expect(impact.baseline.version).toBe(1);
    expect(impact.period.key).toBe(whatIf.period.key);
    expect(impact.matrix).toEqual(whatIf.matrix);
    expect(impact.moved).toEqual(whatIf.moved);
    // Raising a threshold only moves partners down, and some of them.
    expect(impact.moved.up).toBe(0);
    expect(impact.moved.down).toBeGreaterThan(0);
    expect(impact.movers).toHaveLength(impact.moved.down);
    expect(impact.movers.every((m) => m.fromTier === 'Gold' && m.toTier === 'Silver')).toBe(true);
    expect(new Set(impact.movers.map((m) => m.partnerId))).toEqual(
      new Set(whatIf.movers.down.map((m) => m.partnerId)),
    );
    expect(impact.changes).toEqual(['Gold threshold 60 → 66']);

    // Revenue: the movers' own revenue adds up to the side's total and to What-if's exposure.
    const revenue = impact.movers.reduce((s, m) => s + m.revenue, 0);
    expect(impact.down.revenue).toBeCloseTo(revenue, 6);
    const silver = whatIf.exposure.find((e) => e.tier === 'Silver')!;
    expect(impact.down.revenue).toBeCloseTo(silver.entering.revenue, 6);

    // MDF: the allocations of the period's saved plans to the movers, counted in SQL.
    expect(impact.mdfPlans.length).toBeGreaterThan(0);
    expect(impact.mdfPlans.every((p) => p.period === impact.period.key)).toBe(true);
    const ids = impact.movers.map((m) => m.partnerId);
    const planIds = impact.mdfPlans.map((p) => p.id);
    const sql = demo.ws.sqlite
      .prepare(
        `SELECT COALESCE(SUM(amount_cents), 0) AS c FROM mdf_allocations
         WHERE plan_id IN (${planIds.join(',')}) AND partner_id IN (${ids.join(',')})`,
      )
      .get() as { c: number };
    expect(impact.down.mdfAllocatedCents).toBe(sql.c);
    expect(sql.c).toBeGreaterThan(0);
  });

  it('refuses an unknown tier, thresholds out of order, a change that changes nothing', async () => {
    const methodology = await methodologyId();
    const base = {
      kind: 'tiers' as const,
      methodologyId: methodology,
      title: 'T',
      sponsor: 'VP',
      windowOpens: day(0),
      windowCloses: day(3),
    };
    await rejects(
      api('governance.propose', { ...base, thresholds: [{ tier: 'Diamond', minScore: 90 }] }),
      'INVALID_ARGUMENT',
      /No tier "Diamond".*Registered, Silver, Gold, Platinum/,
    );
    await rejects(
      api('governance.propose', { ...base, thresholds: [{ tier: 'Gold', minScore: 80 }] }),
      'INVALID_ARGUMENT',
      /lowest to highest/,
    );
    await rejects(
      api('governance.propose', { ...base, thresholds: [{ tier: 'Gold', minScore: 60 }] }),
      'INVALID_ARGUMENT',
      /Nothing changes/,
    );
    await rejects(
      api('governance.propose', {
        ...base,
        windowCloses: day(-3),
        thresholds: [{ tier: 'Gold', minScore: 62 }],
      }),
      'INVALID_ARGUMENT',
      /closes before it opens/,
    );
    await rejects(
      api('governance.propose', { ...base, kind: 'methodology' }),
      'INVALID_ARGUMENT',
      /has no draft to propose/,
    );
    expect(await api('governance.changes', {})).toEqual([]);
  });

  it('drafts a partner notice that names what changes and no partner', async () => {
    const change = await proposeGoldRaise();
    expect(change.noticeEdited).toBe(false);
    expect(change.notice).toContain('Gold threshold 60 → 66');
    expect(change.notice).toContain('Gold: a score of 66 or more (was 60)');
    for (const m of change.impact.movers) {
      expect(change.notice).not.toContain(m.name);
      expect(change.notice).not.toContain(m.externalId);
    }
    const edited = await api('governance.saveNotice', { id: change.id, text: 'Dear partner, …' });
    expect(edited).toMatchObject({ notice: 'Dear partner, …', noticeEdited: true });
    const reset = await api('governance.saveNotice', { id: change.id, text: null });
    expect(reset.notice).toBe(change.generatedNotice);
  });
});

describe('governance.decide', () => {
  it('approving publishes the proposed thresholds as the next version, linked in the decision log', async () => {
    const change = await proposeGoldRaise();
    await rejects(
      api('governance.decide', {
        id: change.id,
        decision: 'approved',
        rationale: '',
        decidedBy: 'VP',
      }),
      'INVALID_ARGUMENT',
      /rationale/,
    );
    const { change: decided, published } = await api('governance.decide', {
      id: change.id,
      decision: 'approved',
      rationale: 'Gold partners must be consistently strong.',
      decidedBy: 'VP Channel',
    });
    expect(decided).toMatchObject({
      status: 'approved',
      decidedBy: 'VP Channel',
      publishedVersion: 2,
    });
    expect(published?.changelog).toMatchObject({ version: 2, summary: 'Raise the Gold threshold' });
    const m = await api('methodology.get', { methodologyId: change.methodologyId });
    expect(m.methodology.publishedVersion).toBe(2);
    const gold = (await api('whatif.context', {})).definition.tiers.find((t) => t.name === 'Gold');
    expect(gold?.minScore).toBe(66);
    expect(decided.log.map((e) => e.kind)).toEqual(['published', 'approved', 'proposed']);
    await rejects(
      api('governance.decide', {
        id: change.id,
        decision: 'rejected',
        rationale: 'x',
        decidedBy: 'VP',
      }),
      'INVALID_ARGUMENT',
      /already approved/,
    );
  });

  it('keeps decisions inside the window unless told otherwise; rejects and defers', async () => {
    const later = await proposeGoldRaise({ windowOpens: day(5), windowCloses: day(10) });
    await rejects(
      api('governance.decide', {
        id: later.id,
        decision: 'rejected',
        rationale: 'No',
        decidedBy: 'VP',
      }),
      'INVALID_ARGUMENT',
      /opens on/,
    );
    const deferred = await api('governance.decide', {
      id: later.id,
      decision: 'deferred',
      rationale: 'Wait for the Q3 results',
      decidedBy: 'VP',
      outsideWindow: true,
    });
    expect(deferred.change.status).toBe('deferred');
    expect(deferred.change.log[0]!.summary).toMatch(/outside the decision window/);
    const rejected = await api('governance.decide', {
      id: later.id,
      decision: 'rejected',
      rationale: 'Too many Gold partners would lose their tier',
      decidedBy: 'VP',
      outsideWindow: true,
    });
    expect(rejected.change.status).toBe('rejected');
    expect(
      (await api('methodology.get', { methodologyId: later.methodologyId })).methodology
        .publishedVersion,
    ).toBe(1);
    const overdue = await proposeGoldRaise({ windowOpens: day(-10), windowCloses: day(-2) });
    expect(
      (await api('governance.changes', { status: 'open' })).map((c) => [c.id, c.overdue]),
    ).toEqual([[overdue.id, true]]);
  });

  it('logs direct publications, asks to re-assess when the baseline moved, guards a different draft', async () => {
    const change = await proposeGoldRaise();
    const methodology = change.methodologyId;
    const def = (await api('whatif.context', {})).definition;
    await api('methodology.update', {
      methodologyId: methodology,
      definition: {
        ...def,
        groupWeights: { revenue: 40, pipeline: 20, enablement: 20, engagement: 20 },
      },
    });
    await api('methodology.publish', {
      methodologyId: methodology,
      summary: 'Revenue weighs more',
    });
    const log = await api('governance.log', {});
    expect(log[0]).toMatchObject({ kind: 'direct-publish', changeId: null });
    expect(log[0]!.summary).toMatch(
      /version 2 .* directly, without a change proposal: Revenue weighs more/,
    );

    expect((await api('governance.change', { id: change.id })).outdated).toBe(true);
    await rejects(
      api('governance.decide', {
        id: change.id,
        decision: 'approved',
        rationale: 'ok',
        decidedBy: 'VP',
      }),
      'INVALID_ARGUMENT',
      /assess it again/,
    );
    const reassessed = await api('governance.assess', { id: change.id });
    expect(reassessed).toMatchObject({ outdated: false, baseVersion: 2 });

    // A different draft is not silently replaced.
    await api('methodology.update', {
      methodologyId: methodology,
      definition: {
        ...def,
        groupWeights: { revenue: 10, pipeline: 30, enablement: 30, engagement: 30 },
      },
    });
    await rejects(
      api('governance.decide', {
        id: change.id,
        decision: 'approved',
        rationale: 'ok',
        decidedBy: 'VP',
      }),
      'ALREADY_EXISTS',
      /unpublished draft/,
    );
    const approved = await api('governance.decide', {
      id: change.id,
      decision: 'approved',
      rationale: 'ok',
      decidedBy: 'VP',
      replaceDraft: true,
    });
    expect(approved.change.publishedVersion).toBe(3);
  });

  it('a methodology proposal freezes the draft it was made from', async () => {
    const methodology = await methodologyId();
    const def = (await api('whatif.context', {})).definition;
    await api('methodology.update', {
      methodologyId: methodology,
      definition: {
        ...def,
        groupWeights: { revenue: 15, pipeline: 15, enablement: 55, engagement: 15 },
      },
    });
    const change = await api('governance.propose', {
      kind: 'methodology',
      methodologyId: methodology,
      title: 'Enablement first',
      sponsor: 'VP',
      windowOpens: day(0),
      windowCloses: day(7),
    });
    expect(change.impact.moved.up + change.impact.moved.down).toBeGreaterThan(0);
    expect(change.impact.changes.some((c) => /Enablement/.test(c))).toBe(true);
    const { change: done } = await api('governance.decide', {
      id: change.id,
      decision: 'approved',
      rationale: 'Strategy shift to solution adoption',
      decidedBy: 'VP',
    });
    expect(done.publishedVersion).toBe(2);
    const diff = await api('methodology.diff', { methodologyId: methodology, from: 1, to: 2 });
    expect(diff.lines.map((l) => l.text)).toEqual(change.impact.changes);
  });
});
