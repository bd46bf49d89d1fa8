import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generateDemo,
  generateDemoInSteps,
  type DemoProgress,
} from '../../../src/main/core/demo/generate-demo';
import { Workspace } from '../../../src/main/core/workspace/workspace';
import { all, dump, fingerprint, generate, one, type Generated } from './demo-fixtures';

describe('generateDemo — reproducibility', () => {
  it('gives identical content for the same seed', () => {
    const a = generate();
    const b = generate();
    expect(dump(b.ws)).toEqual(dump(a.ws));
    expect(b.summary).toEqual(a.summary);
    a.ws.close();
    b.ws.close();
  });

  it('gives different content for a different seed', () => {
    const a = generate({ partners: 50 });
    const b = generate({ partners: 50, seed: 43 });
    const da = dump(a.ws);
    const db = dump(b.ws);
    expect(db.partners.map((p) => p.name)).not.toEqual(da.partners.map((p) => p.name));
    expect(db.values).not.toEqual(da.values);
    expect(db.registrations).not.toEqual(da.registrations);
    a.ws.close();
    b.ws.close();
  });

  it('generates partner i the same way whatever the partner count', () => {
    const small = generate({ partners: 40 });
    const large = generate({ partners: 120 });
    const s = dump(small.ws);
    const l = dump(large.ws);
    expect(l.partners.slice(0, 40)).toEqual(s.partners);
    expect(l.values.filter((v) => (v.partner_id as number) <= 40)).toEqual(s.values);
    expect(l.registrations.slice(0, s.registrations.length)).toEqual(s.registrations);
    small.ws.close();
    large.ws.close();
  });

  it('matches the recorded fingerprint (bump DEMO_GENERATOR_VERSION when this changes on purpose)', () => {
    // Guards determinism across Node versions and platforms: the generator uses only 32-bit
    // integer arithmetic and IEEE-754 Math functions, so this hash must never drift by itself.
    const { ws } = generate({ partners: 60, quarters: 5, seed: 7 });
    expect(fingerprint(ws)).toBe(GOLDEN_FINGERPRINT);
    ws.close();
  });
});

const GOLDEN_FINGERPRINT = 'e4f2c0cbda74bd9962ffeb65ead429eff46b3c25661f48b4faad88d4ce03e881';

describe('generateDemo — lineage and database state', () => {
  let g: Generated;
  beforeAll(() => {
    g = generate();
  });
  afterAll(() => g.ws.close());

  it('records lineage: one committed demo import owning every row, and demo settings', () => {
    const { ws, summary } = g;
    const imports = all(ws, 'SELECT * FROM imports');
    expect(imports).toHaveLength(1);
    const imp = imports[0]!;
    expect(imp).toMatchObject({
      id: summary.importId,
      kind: 'demo',
      file_name: 'demo generator (seed 42, 300 partners)',
      status: 'committed',
      rows_rejected: 0,
    });
    expect(imp.rows_accepted).toBe(
      300 + summary.values + summary.targets + summary.dealRegistrations,
    );
    expect(typeof imp.started_at).toBe('string');
    expect(typeof imp.finished_at).toBe('string');
    for (const table of ['partners', 'measure_values', 'targets', 'deal_registrations']) {
      const other = one<{ n: number }>(
        ws,
        `SELECT count(*) AS n FROM ${table} WHERE import_id IS NOT ?`,
        summary.importId,
      ).n;
      expect(other, table).toBe(0);
    }
    expect(ws.info()).toMatchObject({ name: 'Demo workspace', isDemo: true });
  });

  it('leaves the database consistent: foreign keys hold, indexes exist, checks are back on', () => {
    const { ws } = g;
    expect(ws.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(ws.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const fresh = Workspace.open(':memory:');
    const indexes = (w: Workspace) =>
      all(w, `SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`);
    expect(indexes(ws)).toEqual(indexes(fresh));
    fresh.close();
  });
});

describe('generateDemo — options, progress and refusals', () => {
  it('honours the number of quarters and partners', () => {
    const { ws, summary } = generate({ partners: 25, quarters: 3, seed: 1 });
    expect(summary).toMatchObject({ partners: 25, periods: 3 });
    const keys = all<{ key: string }>(ws, 'SELECT key FROM periods ORDER BY start_date').map(
      (p) => p.key,
    );
    expect(keys).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    ws.close();
  });

  it('reports progress about every 1% of partners, ending at the total', () => {
    const ws = Workspace.open(':memory:');
    const seen: DemoProgress[] = [];
    generateDemo(ws, { partners: 1000, quarters: 2, seed: 5 }, (p) => seen.push(p));
    const generating = seen.filter((p) => p.label === 'Generating demo partners');
    expect(generating.length).toBeGreaterThanOrEqual(100);
    expect(generating.length).toBeLessThanOrEqual(102);
    expect(generating.every((p) => p.total === 1000)).toBe(true);
    expect(generating.map((p) => p.done)).toEqual(
      [...generating.map((p) => p.done)].sort((a, b) => a - b),
    );
    expect(seen[seen.length - 1]?.done).toBe(1000);
    ws.close();
  });

  it('rolls everything back when progress throws (cancellation)', () => {
    const ws = Workspace.open(':memory:');
    expect(() =>
      generateDemo(ws, { partners: 500, quarters: 2, seed: 5 }, (p) => {
        if (p.done >= 100) throw new Error('cancelled');
      }),
    ).toThrow('cancelled');
    expect(one<{ n: number }>(ws, 'SELECT count(*) AS n FROM partners').n).toBe(0);
    expect(one<{ n: number }>(ws, 'SELECT count(*) AS n FROM imports').n).toBe(0);
    expect(ws.info().isDemo).toBe(false);
    expect(ws.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    ws.close();
  });

  it('refuses a workspace that already has partners, and invalid options', () => {
    const { ws } = generate({ partners: 5 });
    expect(() => generateDemo(ws, { partners: 5, quarters: 8, seed: 42 })).toThrow(
      /empty workspace/,
    );
    ws.close();
    const empty = Workspace.open(':memory:');
    expect(() => generateDemo(empty, { partners: 0, quarters: 8, seed: 42 })).toThrow(
      /Invalid demo options/,
    );
    empty.close();
  });
});

describe('generateDemoInSteps — the same demo, with the event loop running in between', () => {
  it('writes exactly what generateDemo writes and lets timers run while it works', async () => {
    const reference = generate({ partners: 1500, quarters: 4, seed: 9 });
    const ws = Workspace.open(':memory:');
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const seen: DemoProgress[] = [];
    const summary = await generateDemoInSteps(ws, { partners: 1500, quarters: 4, seed: 9 }, (p) =>
      seen.push(p),
    );
    clearInterval(timer);
    expect(summary).toEqual(reference.summary);
    expect(fingerprint(ws)).toBe(fingerprint(reference.ws));
    expect(seen[seen.length - 1]!.label).toBe('Indexing demo data');
    expect(ticks).toBeGreaterThan(0);
    expect(ws.sqlite.inTransaction).toBe(false);
    expect(ws.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    reference.ws.close();
    ws.close();
  });

  it('rolls everything back when progress throws (cancellation)', async () => {
    const ws = Workspace.open(':memory:');
    await expect(
      generateDemoInSteps(ws, { partners: 500, quarters: 2, seed: 5 }, (p) => {
        if (p.done >= 100) throw new Error('cancelled');
      }),
    ).rejects.toThrow('cancelled');
    expect(ws.sqlite.inTransaction).toBe(false);
    expect(one<{ n: number }>(ws, 'SELECT count(*) AS n FROM partners').n).toBe(0);
    expect(one<{ n: number }>(ws, 'SELECT count(*) AS n FROM imports').n).toBe(0);
    expect(ws.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    ws.close();
  });
});
