/**
 * The benchmark, risks and alerts API end to end through the dispatcher, on a real SQLite
 * workspace with seeded demo data.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoApi, failure, type DemoApi } from '../helpers/demo-api';

let demo: DemoApi;
const api: DemoApi['api'] = (name, args) => demo.api(name, args);

beforeEach(() => {
  demo = openDemoApi({ partners: 120, quarters: 6, seed: 7 });
});
afterEach(() => demo.close());

describe('benchmark API', () => {
  it('offers periods, KPIs, dimensions (attributes included) and the settings', async () => {
    const o = await api('benchmark.options', {});
    expect(o.defaultPeriod).toBe('2026-Q3');
    expect(o.kpis[0]).toMatchObject({ key: 'score', scored: true });
    expect(o.kpis.map((k) => k.key)).toContain('revenue_share');
    expect(o.dimensions.map((d) => d.key)).toEqual(
      expect.arrayContaining(['type', 'region', 'tier', 'size', 'attr:segment']),
    );
    expect(o.settings).toMatchObject({ minGroupSize: 5, defaultGroupBy: ['type', 'region'] });
  });

  it('gives per group and KPI statistics whose counts add up, with partner columns on request', async () => {
    const t = await api('benchmark.groups', {
      groupBy: ['type'],
      kpis: ['score', 'revenue'],
      partners: true,
    });
    expect(t.groups.reduce((sum, g) => sum + g.partners, 0)).toBe(t.partners!.partnerId.length);
    t.kpis.forEach((_, j) => {
      const counted = t.stats[j]!.reduce((sum, s) => sum + (s?.count ?? 0), 0);
      expect(counted).toBe(t.overall[j]!.count);
      for (const s of t.stats[j]!) {
        if (!s) continue;
        expect(s.min).toBeLessThanOrEqual(s.p25);
        expect(s.p25).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.p75);
        expect(s.p75).toBeLessThanOrEqual(s.p90);
        expect(s.p90).toBeLessThanOrEqual(s.max);
      }
    });
    const best = t.partners!.rank[1]!.indexOf(1);
    expect(t.partners!.percentile[1]![best]).toBe(100);
    const group = t.partners!.group[best]!;
    expect(t.partners!.values[1]![best]).toBe(t.stats[1]![group]!.max);
  });

  it('merges upward or suppresses in the partner-safe benchmark as k grows', async () => {
    const own = await api('benchmark.partner', {
      partner: 'P-000001',
      groupBy: ['type', 'region'],
      kpis: ['revenue'],
    });
    expect(own.comparisons[0]!.basis.level).not.toBe('suppressed');
    await api('benchmark.updateSettings', { minGroupSize: 60 });
    const merged = await api('benchmark.partner', {
      partner: 'P-000001',
      groupBy: ['type', 'region'],
      kpis: ['revenue'],
    });
    expect(merged.comparisons[0]!.basis).toMatchObject({ level: 'merged' });
    expect(merged.minGroupSize).toBe(60);
    await api('benchmark.updateSettings', { minGroupSize: 1000 });
    const none = await api('benchmark.partner', { partner: 'P-000001', kpis: ['revenue'] });
    expect(none.comparisons[0]!.basis.level).toBe('suppressed');
    expect((await failure(api('benchmark.updateSettings', { minGroupSize: 2 }))).code).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('reports change since a baseline per partner and group', async () => {
    const r = await api('benchmark.baseline', {
      baseline: '2025-Q3',
      kpi: 'revenue',
      groupBy: ['type'],
    });
    expect(r.baseline.key).toBe('2025-Q3');
    const i = r.now.findIndex((v, j) => v !== null && r.before[j] !== null);
    expect(r.change[i]).toBeCloseTo(r.now[i]! - r.before[i]!, 6);
    const flagged = r.flag.filter((f) => f !== null).length;
    expect(r.groups.reduce((sum, g) => sum + g.improving + g.regressing + g.stagnating, 0)).toBe(
      flagged,
    );
    expect(
      (await failure(api('benchmark.baseline', { baseline: '2026-Q3', kpi: 'revenue' }))).message,
    ).toMatch(/must come before/);
    expect(
      (await failure(api('benchmark.baseline', { baseline: '2025-Q3', kpi: 'nope' }))).code,
    ).toBe('NOT_FOUND');
  });

  it('imports reference benchmarks from CSV and shows them next to peers', async () => {
    const result = await api('benchmark.importReferences', {
      source: 'Industry 2025',
      csv: 'KPI,Industry average,Note\r\nWin rate,31%,survey\r\nrevenue,"250,000",\r\nunknown_kpi,1,\r\n',
    });
    expect(result).toMatchObject({
      imported: 2,
      skipped: [{ line: 4, reason: 'unknown KPI "unknown_kpi"' }],
    });
    expect(await api('benchmark.references', {})).toEqual([
      { source: 'Industry 2025', kpi: 'revenue', value: 250000, note: '' },
      { source: 'Industry 2025', kpi: 'win_rate', value: 0.31, note: 'survey' },
    ]);
    const b = await api('benchmark.partner', { partner: 'P-000002', kpis: ['win_rate'] });
    expect(b.comparisons[0]!.references).toEqual([
      { source: 'Industry 2025', value: 0.31, note: 'survey' },
    ]);
    expect(await api('benchmark.deleteReferences', { source: 'Industry 2025' })).toEqual({
      deleted: 2,
    });
  });

  it('refuses an unknown group dimension at the boundary', async () => {
    expect((await failure(api('benchmark.groups', { groupBy: ['colour' as 'type'] }))).code).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('risks and alerts API', () => {
  it('lists flags with explanations, for everyone or one partner', async () => {
    const report = await api('risks.list', {});
    expect(report.rules.map((r) => r.rule)).toEqual([
      'revenue_concentration',
      'registration_abuse',
      'enablement_claims',
      'channel_stuffing',
      'inactive_partner',
    ]);
    expect(report.flags.length).toBeGreaterThan(0);
    const flag = report.flags[0]!;
    expect(flag.explanation.length).toBeGreaterThan(20);
    const mine = await api('risks.list', { partner: flag.externalId });
    expect(mine.flags.every((f) => f.partnerId === flag.partnerId)).toBe(true);
  });

  it('fills the inbox once per change, and marks alerts done and open again', async () => {
    const inbox = await api('alerts.list', {});
    expect(inbox.checked).toEqual({ period: '2026-Q3', previous: '2026-Q2' });
    expect(inbox.open).toBeGreaterThan(0);
    expect(inbox.alerts.every((a) => a.periodKey === '2026-Q3' && a.doneAt === null)).toBe(true);
    expect(
      inbox.alerts.some(
        (a) => a.kind === 'segment' && /moved into (Grow|Intervene|Exit review)/.test(a.title),
      ),
    ).toBe(true);
    const again = await api('alerts.check', {});
    expect(again.created).toBe(0);
    const first = inbox.alerts[0]!;
    expect(await api('alerts.setDone', { ids: [first.id] })).toEqual({
      updated: 1,
      open: inbox.open - 1,
    });
    expect((await api('alerts.list', { status: 'done' })).alerts.map((a) => a.id)).toEqual([
      first.id,
    ]);
    expect(await api('alerts.setDone', { ids: [first.id], done: false })).toEqual({
      updated: 1,
      open: inbox.open,
    });
    const earlier = await api('alerts.check', { period: '2026-Q2', previous: '2026-Q1' });
    expect(earlier.created).toBeGreaterThan(0);
    expect((await api('alerts.count', {})).open).toBe(inbox.open + earlier.created);
  });

  it('alerts only for the segments chosen in the settings, and can close the others', async () => {
    expect(await api('alerts.settings', {})).toEqual({
      segments: ['Exit review', 'Intervene', 'Grow'],
    });
    const inbox = await api('alerts.list', { limit: 10_000 });
    const grow = inbox.alerts.filter((a) => a.kind === 'segment' && a.code === 'Grow');
    expect(grow.length).toBeGreaterThan(0);

    const updated = await api('alerts.updateSettings', {
      segments: ['Grow', 'Exit review'],
      closeUnwatched: true,
    });
    // Stored in a fixed order; the open Intervene alerts were marked done.
    expect(updated.segments).toEqual(['Exit review', 'Grow']);
    const intervene = inbox.alerts.filter((a) => a.kind === 'segment' && a.code === 'Intervene');
    expect(updated.closed).toBe(intervene.length);
    const open = await api('alerts.list', { limit: 10_000 });
    expect(open.alerts.some((a) => a.code === 'Intervene')).toBe(false);
    expect(open.alerts.filter((a) => a.code === 'Grow')).toHaveLength(grow.length);

    // An earlier comparison now raises no Intervene alerts.
    await api('alerts.check', { period: '2026-Q2', previous: '2026-Q1' });
    const all = await api('alerts.list', { status: 'all', limit: 10_000 });
    expect(all.alerts.filter((a) => a.code === 'Intervene' && a.periodKey === '2026-Q2')).toEqual(
      [],
    );
    expect(all.alerts.some((a) => a.code === 'Grow' && a.periodKey === '2026-Q2')).toBe(true);

    // Watching nothing: no segment alerts at all; unknown segments are refused.
    const none = await api('alerts.updateSettings', { segments: [] });
    expect(none).toEqual({ segments: [], closed: 0 });
    await expect(
      api('alerts.updateSettings', { segments: ['Maintain' as 'Grow'] }),
    ).rejects.toThrow(/segments/);
  });
});
