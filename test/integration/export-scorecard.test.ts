/**
 * The partner-safe scorecard API on a real demo workspace: one partner's own numbers, anonymised
 * peer aggregates only (groups of at least five, rounded), variants, and the QBR content it
 * carries (saved highlights, agenda, actions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScorecardData } from '../../src/shared/api';
import { exportWorld, type ExportWorld } from './export-fixtures';
import { bumpDataRevision } from '../../src/main/core/workspace/data-revision';

let world: ExportWorld;
let partners: { id: number; external_id: string; name: string; type: string }[];

beforeAll(() => {
  world = exportWorld({ partners: 60, quarters: 6, seed: 11 });
  partners = world.ws.sqlite
    .prepare('SELECT id, external_id, name, type FROM partners ORDER BY id')
    .all() as typeof partners;
});
afterAll(() => world.close());

/** Other partners' exact money values this period (distinctive numbers), as the engine has them. */
async function otherMoneyValues(card: ScorecardData): Promise<number[]> {
  const table = await world.api('scoring.score', { period: card.period.key, detail: 'values' });
  const own = new Set(card.kpis.flatMap((k) => [...k.history, ...k.targetHistory]));
  const values: number[] = [];
  table.kpis.forEach((k, j) => {
    if (k.unit !== 'currency') return;
    table.kpiRaw![j]!.forEach((v, i) => {
      if (
        table.externalId[i] !== card.partner.externalId &&
        v !== null &&
        Math.abs(v) >= 1000 &&
        !own.has(v)
      ) {
        values.push(v);
      }
    });
  });
  return values;
}

describe('export.scorecard', () => {
  it('holds the partner, the period, scores, KPIs with targets and a trend window', async () => {
    const card = await world.api('export.scorecard', { partner: partners[0]!.external_id });
    expect(card.variant).toBe('partner');
    expect(card.partner.name).toBe(partners[0]!.name);
    expect(card.period.key).toBe(card.periods.at(-1)!.key);
    expect(card.periods.length).toBe(6);
    expect(card.methodology.label).toMatch(/^Partner Health v1 · version 1/);
    expect(card.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(card.groups.map((g) => g.key)).toEqual([
      'revenue',
      'pipeline',
      'enablement',
      'engagement',
    ]);
    const revenue = card.kpis.find((k) => k.key === 'revenue')!;
    expect(revenue.history).toHaveLength(6);
    expect(revenue.value).toBe(revenue.history.at(-1));
    if (revenue.target !== null && revenue.value !== null) {
      expect(revenue.attainment).toBeCloseTo(revenue.value / revenue.target, 10);
    }
    expect(card.trend.composite).toHaveLength(6);
    expect(card.highlights.length).toBeGreaterThan(2);
    expect(card.agenda.length).toBeGreaterThan(3);
    expect(card.internal).toBeNull();
  });

  it("names no other partner and holds only rounded aggregates of other partners' values", async () => {
    const me = partners[3]!;
    const card = await world.api('export.scorecard', {
      partner: me.external_id,
      variant: 'internal',
    });
    const json = JSON.stringify(card);
    for (const other of partners) {
      if (other.id === me.id) continue;
      if (!me.name.includes(other.name)) expect(json).not.toContain(other.name);
      expect(json).not.toContain(`"${other.external_id}"`);
    }
    // Peer aggregates: quartiles of groups of at least five, raw values to three significant digits.
    const bands = [
      card.compositePeer,
      ...card.groups.map((g) => g.peer),
      ...card.kpis.map((k) => k.peer),
    ];
    for (const band of bands.filter((b) => b !== null)) {
      expect(band!.size).toBeGreaterThanOrEqual(5);
    }
    for (const k of card.kpis) {
      for (const v of k.peer ? [k.peer.p25, k.peer.median, k.peer.p75] : []) {
        expect(v === 0 || Number(v.toPrecision(3)) === v).toBe(true);
      }
    }
    const others = await otherMoneyValues(card);
    expect(others.length).toBeGreaterThan(50);
    for (const v of others) expect(json).not.toMatch(new RegExp(`[^\\d.]${v}[^\\d]`));
  });

  it('shows no peer figures for a peer group smaller than five', async () => {
    const me = partners[0]!;
    // Make the partner the only one of its type.
    world.ws.sqlite.prepare("UPDATE partners SET type = 'Unique type' WHERE id = ?").run(me.id);
    bumpDataRevision(world.ws.sqlite);
    try {
      const card = await world.api('export.scorecard', { partner: me.external_id });
      expect(card.peerGroup).toEqual({ label: 'Unique type', size: 1 });
      expect(card.compositePeer).toBeNull();
      expect(card.groups.every((g) => g.peer === null)).toBe(true);
      // KPI bands come from a broader group (the benchmark merges upward), and say so.
      expect(card.kpis.every((k) => k.peer === null || k.peer.broader !== undefined)).toBe(true);
      expect(card.trend.peer.every((b) => b === null)).toBe(true);
      expect(card.highlights.map((h) => h.text).join(' ')).toContain(
        'Fewer than 5 comparable partners',
      );
    } finally {
      world.ws.sqlite.prepare('UPDATE partners SET type = ? WHERE id = ?').run(me.type, me.id);
      bumpDataRevision(world.ws.sqlite);
    }
  });

  it('keeps internal lines, notes and league positions out of the partner variant', async () => {
    const me = partners[5]!;
    const period = (await world.api('export.scorecard', { partner: me.external_id })).period.key;
    await world.api('qbr.save', {
      partner: me.external_id,
      period,
      notes: 'Confidential: consider a tier review.',
      highlights: [
        { kind: 'note', text: 'Shared with the partner.', internal: false },
        { kind: 'risk', text: 'Internal only: exit review candidate.', internal: true },
      ],
    });
    await world.api('qbr.addAction', {
      partner: me.external_id,
      period,
      title: 'Run a joint pipeline review',
      owner: 'Dana',
      dueDate: '2030-01-31',
      successCriterion: 'Coverage at 3×',
    });
    const partner = await world.api('export.scorecard', { partner: me.external_id, period });
    const internal = await world.api('export.scorecard', {
      partner: me.external_id,
      period,
      variant: 'internal',
    });
    expect(partner.highlights.map((h) => h.text)).toEqual(['Shared with the partner.']);
    expect(JSON.stringify(partner)).not.toContain('Confidential');
    expect(JSON.stringify(partner)).not.toContain('exit review candidate');
    expect(partner.internal).toBeNull();
    expect(partner.actions.map((a) => a.title)).toEqual(['Run a joint pipeline review']);
    expect(internal.highlights).toHaveLength(2);
    expect(internal.internal?.notes).toBe('Confidential: consider a tier review.');
    expect(internal.internal?.rank).toBeGreaterThan(0);
  });

  it('finds partners by external id or internal id and reports unknown ones', async () => {
    const byId = await world.api('export.scorecard', { partner: String(partners[1]!.id) });
    expect(byId.partner.externalId).toBe(partners[1]!.external_id);
    await expect(world.api('export.scorecard', { partner: 'NOPE' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
