/**
 * The scoring API end to end through the dispatcher, on a real SQLite workspace with seeded demo
 * data: default methodology, scores, explanations, drafts, publishing, diffs, audit, snapshots
 * and their reproducibility after new data arrives.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/main/core/workspace/workspace';
import { openDemoApi, rejects, type DemoApi } from '../helpers/demo-api';
import { bumpDataRevision } from '../../src/main/core/workspace/data-revision';

let ws: Workspace;
let demo: DemoApi;
const api: DemoApi['api'] = (name, args) => demo.api(name, args);

beforeEach(() => {
  demo = openDemoApi({ partners: 80, quarters: 6, seed: 7 });
  ({ ws } = demo);
});
afterEach(() => demo.close());

describe('scoring API', () => {
  it('creates and publishes Partner Health v1 on first use, with a changelog and a snapshot', async () => {
    const list = await api('methodology.list', {});
    expect(list).toEqual([
      expect.objectContaining({
        name: 'Partner Health v1',
        publishedVersion: 1,
        draftVersion: null,
      }),
    ]);
    const detail = await api('methodology.get', {});
    expect(detail.version).toMatchObject({ version: 1, status: 'published' });
    expect(detail.changelog).toEqual([
      expect.objectContaining({ version: 1, changes: ['First published version'] }),
    ]);
    const snapshots = await api('scoring.snapshots', {});
    expect(snapshots).toEqual([
      expect.objectContaining({
        version: 1,
        periodKey: '2026-Q3',
        reason: 'publish',
        partnerCount: 80,
      }),
    ]);
    expect(await api('methodology.list', {})).toHaveLength(1);
  });

  it('scores every partner with columns that add up', async () => {
    const table = await api('scoring.score', { detail: 'full', trend: true });
    expect(table.methodology).toMatchObject({
      name: 'Partner Health v1',
      version: 1,
      status: 'published',
    });
    expect(table.period.key).toBe('2026-Q3');
    expect(table.partnerId).toHaveLength(80);
    expect(table.kpis.map((k) => k.key)).toContain('quota_attainment');
    expect(table.kpis.reduce((sum, k) => sum + k.weight, 0)).toBeCloseTo(1, 12);
    table.composite.forEach((c, i) => {
      if (c === null) return;
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(100);
      let sum = 0;
      for (const col of table.contribution!) sum += col[i]!;
      expect(sum).toBe(c);
    });
    expect(Object.values(table.summary.tierCounts).reduce((a, b) => a + b, 0)).toBe(
      table.summary.scored,
    );
    expect(table.change).toHaveLength(80);
    const ranks = table.rank.filter((r): r is number => r !== null);
    expect(Math.min(...ranks)).toBe(1);
    const earlier = await api('scoring.score', { period: '2025-Q4', detail: 'summary' });
    expect(earlier.period.key).toBe('2025-Q4');
    expect(earlier.kpiRaw).toBeUndefined();
    await rejects(api('scoring.score', { period: '2019-Q1' }), 'NOT_FOUND', /2025-Q2 to 2026-Q3/);
  });

  it('explains one partner: breakdown, what it takes, segment and trend', async () => {
    const table = await api('scoring.score', {});
    const i = table.tier.findIndex((t) => t === 'Silver');
    const explanation = await api('scoring.explain', { partnerId: table.partnerId[i]! });
    expect(explanation.composite).toBe(table.composite[i]);
    expect(explanation.tier).toBe('Silver');
    expect(explanation.whatItTakes.nextTier).toBe('Gold');
    const sum = explanation.kpis.reduce((s, k) => s + k.contribution, 0);
    expect(sum).toBe(explanation.composite);
    expect(explanation.kpis.reduce((s, k) => s + k.weight, 0)).toBeCloseTo(1, 12);
    expect(explanation.segmentReason).toMatch(new RegExp(`^${explanation.segment}:`));
    expect(explanation.trend.periods).toHaveLength(6);
    expect(explanation.trend.periods.at(-1)!.composite).toBe(explanation.composite);
    await rejects(api('scoring.explain', { partnerId: 99_999 }), 'NOT_FOUND');
  });

  it('edits a draft, diffs it, publishes it, and keeps published versions immutable', async () => {
    const { methodology } = await api('methodology.get', {});
    const v1 = (await api('methodology.get', { methodologyId: methodology.id })).definition;
    const edited = {
      ...v1,
      groupWeights: { ...v1.groupWeights, revenue: 50 },
      kpis: v1.kpis.filter((k) => k.kpi !== 'csat'),
      tiers: v1.tiers.map((t) => (t.name === 'Gold' ? { ...t, minScore: 62 } : t)),
    };
    const draft = await api('methodology.update', {
      methodologyId: methodology.id,
      definition: edited,
      note: 'More revenue',
    });
    expect(draft.version).toMatchObject({
      version: 2,
      status: 'draft',
      basedOnVersion: 1,
      note: 'More revenue',
    });
    const diff = await api('methodology.diff', { methodologyId: methodology.id, from: 1, to: 2 });
    expect(diff.lines.map((l) => l.text)).toEqual([
      'Revenue group weight 40 → 50',
      'Removed Customer satisfaction',
      'Gold threshold 60 → 62',
    ]);
    // Scoring without a version uses the published one until the draft is published.
    expect(
      (await api('scoring.score', { methodologyId: methodology.id })).methodology.version,
    ).toBe(1);
    const draftScores = await api('scoring.score', { methodologyId: methodology.id, version: 2 });
    expect(draftScores.methodology.status).toBe('draft');
    expect(draftScores.kpis.map((k) => k.key)).not.toContain('csat');

    const published = await api('methodology.publish', {
      methodologyId: methodology.id,
      summary: 'Revenue first',
    });
    expect(published.detail.methodology).toMatchObject({ publishedVersion: 2, draftVersion: null });
    expect(published.changelog.changes).toEqual(diff.lines.map((l) => l.text));
    expect(published.snapshot).toMatchObject({ version: 2 });
    await rejects(
      api('methodology.publish', { methodologyId: methodology.id, summary: 'again' }),
      'NOT_FOUND',
      /no draft/,
    );

    // Editing after publication starts draft 3; versions 1 and 2 do not change.
    const hash2 = published.detail.version.definitionHash;
    await api('methodology.update', {
      methodologyId: methodology.id,
      definition: { ...edited, peerGroup: ['region'] },
    });
    const v2 = await api('methodology.get', { methodologyId: methodology.id, version: 2 });
    expect(v2.version).toMatchObject({ status: 'published', definitionHash: hash2 });
    expect(v2.definition.peerGroup).toEqual(['type']);
    expect(() =>
      ws.sqlite
        .prepare("UPDATE methodology_versions SET definition = '{}' WHERE version = 2")
        .run(),
    ).toThrow(/published methodology version cannot be changed/);
    expect(() =>
      ws.sqlite.prepare('DELETE FROM methodology_versions WHERE version = 1').run(),
    ).toThrow(/cannot be deleted/);
    expect(() => ws.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => ws.sqlite.prepare('UPDATE score_snapshots SET results_hash = 1').run()).toThrow(
      /cannot be changed/,
    );

    const audit = await api('methodology.audit', { methodologyId: methodology.id });
    expect(audit.map((a) => a.action)).toEqual([
      'draft.create',
      'snapshot.create',
      'version.publish',
      'draft.create',
      'snapshot.create',
      'version.publish',
      'methodology.create',
    ]);
    expect(audit[0]!.details).toMatchObject({ changes: ['Peers compared by type → region'] });
  });

  it('rejects invalid definitions and formulas with positions', async () => {
    const { definition } = await api('methodology.defaultDefinition', {});
    await rejects(
      api('scoring.score', {
        definition: {
          ...definition,
          customKpis: [
            {
              key: 'rev_per_head',
              name: 'Revenue per head',
              category: 'revenue',
              perspective: 'financial',
              formula: 'revenue / staf',
              unit: 'currency',
              direction: 'higher',
              indicator: 'lagging',
              window: 'period',
              definition: '',
            },
          ],
          kpis: [
            ...definition.kpis,
            { kpi: 'rev_per_head', weight: 10, normaliser: { kind: 'percentile' } },
          ],
        },
      }),
      'INVALID_DATA',
      /Unknown measure "staf" — did you mean "staff"\?/,
    );
    await rejects(
      api('scoring.score', { definition: { ...definition, tiers: [] } }),
      'INVALID_ARGUMENT',
    );
    expect(
      await api('scoring.checkFormula', { formula: 'revenue / max(target(revenue), 1' }),
    ).toMatchObject({
      ok: false,
      error: { position: 32 },
    });
    expect(await api('scoring.checkFormula', { formula: 'trailing_sum(revenue,4)/4' })).toEqual({
      ok: true,
      measures: ['revenue'],
      formatted: 'trailing_sum(revenue, 4) / 4',
    });
    const library = await api('scoring.kpis', {});
    expect(library.kpis).toHaveLength(22);
    expect(library.measures.map((m) => m.key)).toContain('days_to_first_deal');
  });

  it('previews an unsaved definition, using the weight-only path for weight changes', async () => {
    const { methodology, definition } = await api('methodology.get', {});
    const first = await api('scoring.preview', {
      definition,
      baseline: { methodologyId: methodology.id },
    });
    expect(first.tierMoves).toEqual([]);
    expect(first.meanChange).toBe(0);
    const heavier = { ...definition, groupWeights: { ...definition.groupWeights, engagement: 60 } };
    const second = await api('scoring.preview', {
      definition: heavier,
      baseline: { methodologyId: methodology.id },
    });
    expect(second.fastPath).toBe(true);
    expect(second.summary.scored).toBe(first.summary.scored);
    expect(second.tierMoves.reduce((s, m) => s + m.count, 0)).toBeGreaterThan(0);
  });
});

describe('score snapshots', () => {
  it('recompute identically after the data changed, while live scores move', async () => {
    await api('methodology.list', {}); // publishes the default methodology with a snapshot
    const [snapshot] = await api('scoring.snapshots', {});
    expect(snapshot).toBeDefined();
    expect(await api('scoring.verifySnapshot', { snapshotId: snapshot!.id })).toMatchObject({
      identical: true,
      mismatches: 0,
      rowsCompared: 80,
    });
    const before = await api('scoring.score', {});

    // New data arrives: a correction of last quarter's revenue for every partner and a new partner.
    ws.sqlite.exec(`
      UPDATE measure_values SET value = value * 1.5 + 1000
      WHERE measure_id = (SELECT id FROM measures WHERE key = 'revenue')
        AND period_id = (SELECT id FROM periods WHERE key = '2026-Q3');
      INSERT INTO partners (external_id, name, type, region, status) VALUES ('NEW-1', 'Newcomer', 'VAR', 'EMEA', 'active');
    `);
    bumpDataRevision(ws.sqlite);
    const after = await api('scoring.score', {});
    expect(after.partnerId).toHaveLength(81);
    expect(after.composite).not.toEqual([...before.composite, null]);

    const verification = await api('scoring.verifySnapshot', { snapshotId: snapshot!.id });
    expect(verification).toMatchObject({ identical: true, mismatches: 0, rowsCompared: 80 });
    expect(verification.recomputedHash).toBe(snapshot!.resultsHash);

    // A manual snapshot of the same version now differs from the published one.
    const manual = await api('scoring.createSnapshot', { methodologyId: snapshot!.methodologyId });
    expect(manual.resultsHash).not.toBe(snapshot!.resultsHash);
    expect(manual.partnerCount).toBe(81);
  });
});
