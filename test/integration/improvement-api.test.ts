/**
 * The improvement API on a seeded demo workspace: issues on partners and cohorts, actions with
 * frozen baselines (the same records as QBR actions), priorities, and the matched comparison.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateImprovementDemo } from '../../src/main/core/demo/improvement-demo';
import { openDemoApi, rejects, type DemoApi } from '../helpers/demo-api';

let demo: DemoApi;
const api: DemoApi['api'] = (name, args) => demo.api(name, args);

beforeAll(() => {
  demo = openDemoApi({ partners: 200, quarters: 8, seed: 11 });
  generateImprovementDemo(demo.ws, 11);
});
afterAll(() => demo.close());

describe('improvement issues and actions', () => {
  it('QBR actions are backlog actions: a QBR action with a KPI gets its baseline frozen', async () => {
    const qbr = await api('qbr.addAction', {
      partner: 'P-000005',
      period: '2026-Q3',
      title: 'Quarterly pipeline review',
      kpiKey: 'score',
    });
    expect(qbr.baselinePeriod).toBe('2026-Q3');
    const table = await api('scoring.score', { period: '2026-Q3' });
    const i = table.externalId.indexOf('P-000005');
    expect(qbr.baselineValue).toBeCloseTo(table.composite[i]!, 9);
    const backlog = await api('improvement.actions', { status: 'open', partner: 'P-000005' });
    expect(backlog.map((a) => a.id)).toContain(qbr.id);
    const listed = await api('qbr.actions', { status: 'all' });
    const demoAction = listed.find((a) => a.issueId !== null);
    expect(demoAction?.baselineValue).not.toBeNull();
  });

  it('a cohort issue takes actions only with partners of the cohort', async () => {
    const issue = await api('improvement.createIssue', {
      cohort: { type: 'MSP', region: 'EMEA' },
      title: 'MSPs in EMEA lag on certifications',
      kpiKey: 'certifications',
      rootCause: 'enablement_resources',
    });
    expect(issue.subject).toBe('MSP · EMEA');
    expect(issue.partners).toBeGreaterThan(0);
    await rejects(
      api('improvement.addAction', {
        issueId: issue.id,
        title: 'Bootcamp',
        kpiKey: 'certifications',
      }),
      'INVALID_ARGUMENT',
      /name the partner/,
    );
    const partners = demo.ws.sqlite
      .prepare("SELECT external_id AS e, type, region FROM partners WHERE type = 'MSP' ORDER BY id")
      .all() as { e: string; region: string }[];
    const inside = partners.find((p) => p.region === 'EMEA')!;
    const outside = partners.find((p) => p.region !== 'EMEA')!;
    await rejects(
      api('improvement.addAction', {
        issueId: issue.id,
        partner: outside.e,
        title: 'Bootcamp',
        kpiKey: 'certifications',
      }),
      'INVALID_ARGUMENT',
      /not in the cohort/,
    );
    const action = await api('improvement.addAction', {
      issueId: issue.id,
      partner: inside.e,
      title: 'Bootcamp',
      kpiKey: 'certifications',
      horizon: 'mid_term',
      resources: 'Internal: 4 exam vouchers',
      contingency: 'Internal: cut the rebate',
    });
    expect(action.issue?.id).toBe(issue.id);
    // The partner's scorecard lists the action, never the plan's internal notes.
    const card = await api('export.scorecard', { partner: inside.e });
    const listed = card.actions.find((a) => a.id === action.id)!;
    expect(listed.title).toBe('Bootcamp');
    expect(JSON.stringify(card)).not.toMatch(/Internal: /);
    expect((await api('improvement.issue', { id: issue.id })).status).toBe('in_progress');
    // A target below the baseline of a higher-is-better KPI is refused.
    if (action.baselineValue !== null && action.baselineValue > 0) {
      await rejects(
        api('improvement.updateAction', { id: action.id, targetValue: action.baselineValue - 1 }),
        'INVALID_ARGUMENT',
        /must not be below the baseline/,
      );
    }
  });

  it('prioritises by severity, impact and urgency; done actions last', async () => {
    const backlog = await api('improvement.actions', { status: 'all' });
    expect(backlog.map((a) => a.priority)).toEqual(backlog.map((_, i) => i + 1));
    for (let i = 1; i < backlog.length; i++) {
      expect(backlog[i - 1]!.priorityScore).toBeGreaterThanOrEqual(backlog[i]!.priorityScore);
    }
    const firstDone = backlog.findIndex((a) => a.status === 'done');
    expect(firstDone).toBeGreaterThan(0);
    expect(backlog.slice(firstDone).every((a) => a.status === 'done')).toBe(true);
  });

  it('progress per group adds up to the total', async () => {
    const report = await api('improvement.progress', { groupBy: 'region' });
    const sum = report.groups.reduce((s, g) => s + g.actions, 0);
    expect(sum).toBe(report.total.actions);
    expect(report.total.actions).toBe(report.actions.length);
    expect(report.cumulative.length).toBeGreaterThan(1);
    expect(report.cumulative.at(-1)!.period.key).toBe('2026-Q3');
  });

  it('did it work: each pair is in one cell, its control has no action, its difference adds up', async () => {
    const w = await api('improvement.didItWork', { kpi: 'score', seed: 3 });
    expect(w.caveat).toMatch(/Observational comparison, not proof/);
    const withActions = new Set(
      (
        demo.ws.sqlite
          .prepare(
            'SELECT DISTINCT p.external_id AS e FROM qbr_actions a JOIN partners p ON p.id = a.partner_id',
          )
          .all() as { e: string }[]
      ).map((r) => r.e),
    );
    for (const p of w.pairs) {
      expect(withActions.has(p.treated.externalId)).toBe(true);
      expect(withActions.has(p.control.externalId)).toBe(false);
      expect(p.difference).toBeCloseTo(
        p.treatedAfter - p.treatedBefore - (p.controlAfter - p.controlBefore),
        9,
      );
    }
    expect(w.pairs.length + w.unmatched.length).toBeGreaterThan(0);
    if (w.pairs.length >= 2) {
      const mean = w.pairs.reduce((s, p) => s + p.difference, 0) / w.pairs.length;
      expect(w.estimate).toBeCloseTo(mean, 9);
      expect(w.bootstrap!.low).toBeLessThanOrEqual(w.bootstrap!.high);
      expect(await api('improvement.didItWork', { kpi: 'score', seed: 3 })).toEqual(w);
    }
  });
});
