/**
 * Review cadence and escalation through the dispatcher on a seeded demo workspace: what changed
 * between two reviews (tier moves checked against scoring.score, alerts, actions completed and
 * overdue), decisions and lessons searchable, and overdue or critical actions escalated along
 * the configured path with one alert per action and step.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoApi, rejects, type DemoApi } from '../helpers/demo-api';

let demo: DemoApi;
const api: DemoApi['api'] = (name, args) => demo.api(name, args);
let partners: { id: string; manager: string | null }[];

beforeEach(() => {
  demo = openDemoApi({ partners: 60, quarters: 6, seed: 4 });
  partners = demo.ws.sqlite
    .prepare(
      'SELECT external_id AS id, account_manager AS manager FROM partners ORDER BY id LIMIT 5',
    )
    .all() as { id: string; manager: string | null }[];
});
afterEach(() => demo.close());

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function addAction(partner: string, title: string, dueDate: string | null, owner = 'Ann') {
  return api('qbr.addAction', { partner, title, owner, dueDate });
}

describe('escalation', () => {
  it('walks overdue and critical actions along owner → manager → program lead and raises alerts once', async () => {
    await api('reviews.saveEscalationSettings', {
      managerAfterDays: 7,
      programLeadAfterDays: 21,
      programLead: 'Priya Lead',
      criticalToManager: true,
    });
    const a = await addAction(partners[0]!.id, 'Certify two engineers', day(-30));
    const b = await addAction(partners[1]!.id, 'Build Q3 pipeline', day(-10));
    const c = await addAction(partners[2]!.id, 'Plan a webinar', day(-3));
    const d = await addAction(partners[3]!.id, 'Fix deal registration', day(20));
    const e = await addAction(partners[4]!.id, 'Done already', day(-40));
    await api('qbr.updateAction', { id: e.id, status: 'done' });
    // Partner 4 has an open high-severity alert: its action is critical.
    demo.ws.sqlite
      .prepare(
        `INSERT INTO alerts (kind, code, partner_id, period_key, previous_period_key, severity, title,
           message, dedupe_key, created_at)
         SELECT 'risk', 'inactive', id, 'x', 'x', 'high', 'Inactive', 'm', 'test-critical', ?
           FROM partners WHERE external_id = ?`,
      )
      .run(new Date().toISOString(), partners[3]!.id);

    const list = await api('reviews.escalations', {});
    const byId = new Map(list.map((x) => [x.actionId, x]));
    expect(byId.get(a.id)).toMatchObject({
      level: 'program_lead',
      escalatedTo: 'Priya Lead',
      daysOverdue: 30,
    });
    expect(byId.get(b.id)).toMatchObject({
      level: 'manager',
      escalatedTo: partners[1]!.manager,
      daysOverdue: 10,
    });
    expect(byId.get(c.id)).toMatchObject({ level: 'owner', escalatedTo: 'Ann', daysOverdue: 3 });
    expect(byId.get(d.id)).toMatchObject({ level: 'manager', critical: true, daysOverdue: 0 });
    expect(byId.has(e.id)).toBe(false);

    const first = await api('reviews.escalate', {});
    expect(first.raised).toBe(3);
    expect((await api('reviews.escalate', {})).raised).toBe(0);
    const alerts = (await api('alerts.list', { status: 'open' })).alerts.filter(
      (x) => x.kind === 'escalation',
    );
    expect(alerts.map((x) => [x.code, x.severity]).sort()).toEqual([
      ['manager', 'medium'],
      ['manager', 'medium'],
      ['program_lead', 'high'],
    ]);
    // Days later, the action at the manager step reaches the program lead: one more alert.
    expect((await api('reviews.escalate', { asOf: day(12) })).raised).toBeGreaterThanOrEqual(1);

    await rejects(
      api('reviews.saveEscalationSettings', {
        managerAfterDays: 10,
        programLeadAfterDays: 5,
        programLead: '',
        criticalToManager: false,
      }),
      'INVALID_ARGUMENT',
      /program lead step comes after/,
    );
  });
});

describe('reviews', () => {
  it('computes what changed since the previous review of the same cadence', async () => {
    const overview = await api('workspace.overview', {});
    const periods = overview.periods.map((p) => p as { key: string; startDate: string });
    const early = periods.at(-3)!;
    const late = periods.at(-1)!;
    const q1 = await api('reviews.create', { cadence: 'quarterly', heldOn: early.startDate });
    expect(q1.changes).toMatchObject({ since: null, toPeriod: early.key, previousReviewId: null });
    const q2 = await api('reviews.create', { cadence: 'quarterly', heldOn: late.startDate });
    expect(q2.changes).toMatchObject({
      since: early.startDate,
      fromPeriod: early.key,
      toPeriod: late.key,
      previousReviewId: q1.id,
    });
    // The tier moves, counted independently from scoring.score for both periods.
    const before = await api('scoring.score', { period: early.key, detail: 'summary' });
    const after = await api('scoring.score', { period: late.key, detail: 'summary' });
    const rank = (t: string | null) => (t === null ? -1 : before.tiers.indexOf(t));
    const tierBefore = new Map(before.partnerId.map((id, i) => [id, before.tier[i]!]));
    let up = 0;
    let down = 0;
    after.partnerId.forEach((id, i) => {
      if (!tierBefore.has(id)) return;
      const a = rank(tierBefore.get(id)!);
      const b = rank(after.tier[i]!);
      if (b > a) up++;
      else if (b < a) down++;
    });
    expect(up + down).toBeGreaterThan(0);
    expect(q2.changes.tierMoves).toMatchObject({ up, down });
    await rejects(
      api('reviews.create', { cadence: 'quarterly', heldOn: late.startDate }),
      'ALREADY_EXISTS',
      /exists already/,
    );
  });

  it('lists actions completed and overdue and alerts raised since the last monthly review', async () => {
    const done = await addAction(partners[0]!.id, 'Run enablement day', day(-5));
    const late = await addAction(partners[1]!.id, 'Send the JBP draft', day(-2));
    const m1 = await api('reviews.create', { cadence: 'monthly', heldOn: day(-40) });
    expect(m1.cycle).toBe(day(-40).slice(0, 7));
    await api('qbr.updateAction', { id: done.id, status: 'done' });
    await api('reviews.saveEscalationSettings', {
      managerAfterDays: 1,
      programLeadAfterDays: 30,
      programLead: 'Lead',
      criticalToManager: false,
    });
    await api('reviews.escalate', {});
    const m2 = await api('reviews.create', { cadence: 'monthly', heldOn: day(0) });
    expect(m2.changes.since).toBe(day(-40));
    expect(m2.changes.actionsCompleted.map((x) => x.id)).toEqual([done.id]);
    expect(m2.changes.actionsOverdue.map((x) => x.id)).toEqual([late.id]);
    expect(m2.changes.newAlerts.total).toBeGreaterThanOrEqual(1);
    expect(m2.changes.newAlerts.list.some((x) => /escalated/.test(x.title))).toBe(true);

    await api('reviews.update', {
      id: m2.id,
      decisions: 'Move the JBP deadline; Ann pairs with the partner’s sales lead.',
      lessons: 'Enablement days lifted certifications in EMEA more than webinars did.',
    });
    const hits = await api('reviews.search', { query: 'webinars emea' });
    expect(hits).toEqual([
      expect.objectContaining({ reviewId: m2.id, field: 'lessons', cycle: m2.cycle }),
    ]);
    expect(await api('reviews.search', { query: 'webinars asia' })).toEqual([]);
    expect((await api('reviews.list', { cadence: 'monthly' })).map((r) => r.id)).toEqual([
      m2.id,
      m1.id,
    ]);
  });
});
