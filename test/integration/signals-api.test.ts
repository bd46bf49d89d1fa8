/**
 * Qualitative signals through the dispatcher on a seeded demo workspace: survey and field-visit
 * CSV imports (refusals naming file, row and column; nothing written when a row is wrong; the
 * CSAT scale detected; periods from dates in the fiscal year), the per-period summary with
 * hand-computed CSAT and NPS, search, and undo.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { netPromoterScore } from '../../src/main/core/signals/signals-store';
import { openDemoApi, type DemoApi } from '../helpers/demo-api';

let demo: DemoApi;
const api: DemoApi['api'] = (name, args) => demo.api(name, args);
let p1: { id: string; name: string };
let p2: { id: string; name: string };

beforeEach(() => {
  demo = openDemoApi({ partners: 30, quarters: 4, seed: 5 });
  const rows = demo.ws.sqlite
    .prepare('SELECT external_id AS id, name FROM partners ORDER BY id LIMIT 2')
    .all() as { id: string; name: string }[];
  [p1, p2] = [rows[0]!, rows[1]!];
});
afterEach(() => demo.close());

const count = () =>
  (demo.ws.sqlite.prepare('SELECT COUNT(*) AS n FROM partner_signals').get() as { n: number }).n;

describe('signals.import', () => {
  it('imports survey answers and summarises them per period with CSAT and NPS', async () => {
    const csv = [
      'Partner ID;Period;CSAT;NPS;Respondent;Comment',
      `${p1.id};2026-Q1;4;9;Ann;"Great enablement; slow MDF approval"`,
      `${p1.id};2026-Q1;5;10;Bob;`,
      `${p1.id};2026-Q1;2;3;Cy;Portal is confusing`,
      `${p1.id};2026-Q1;;7;Di;`,
      `${p1.name};2025-Q4;3;8;Ed;ok`,
    ].join('\n');
    const r = await api('signals.import', { kind: 'survey', fileName: 'survey.csv', csv });
    expect(r).toMatchObject({ rows: 5, imported: 5, csatScale: 5, errors: [] });
    const s = await api('signals.partner', { partner: p1.id });
    expect(s.periods.map((p) => p.period)).toEqual(['2026-Q1', '2025-Q4']);
    const q1 = s.periods[0]!;
    expect(q1.responses).toBe(4);
    // CSAT (4 + 5 + 2) / 3; NPS: promoters 9, 10 (2), detractors 3 (1), passive 7: (2 − 1) / 4.
    expect(q1.csatMean).toBeCloseTo(11 / 3, 10);
    expect(q1.nps).toBeCloseTo(25, 10);
    expect(q1.npsAnswers).toBe(4);
    expect(q1.surveys.map((x) => x.comment)).toContain('Great enablement; slow MDF approval');
    expect(netPromoterScore([])).toBeNull();
    expect(netPromoterScore([10, 10, 0])).toBeCloseTo(100 / 3, 10);
  });

  it('refuses wrong rows naming file, row and column, and writes nothing', async () => {
    const csv = [
      'partner,date,csat,nps,comment',
      `${p1.id},2026-02-10,80,9,fine`,
      `P-NOPE,2026-02-10,70,9,x`,
      `${p2.id},2026-02-30,70,9,x`,
      `${p2.id},2026-02-11,170,11,x`,
      `${p2.id},2026-02-12,,,`,
    ].join('\n');
    const r = await api('signals.import', { kind: 'survey', fileName: 'bad.csv', csv });
    expect(r.imported).toBe(0);
    expect(r.csatScale).toBe(100);
    expect(r.errors).toEqual([
      expect.objectContaining({ file: 'bad.csv', row: 3, column: 'partner' }),
      expect.objectContaining({ file: 'bad.csv', row: 4, column: 'date' }),
      expect.objectContaining({ file: 'bad.csv', row: 5, column: 'csat' }),
      expect.objectContaining({ file: 'bad.csv', row: 5, column: 'nps' }),
      expect.objectContaining({ file: 'bad.csv', row: 6, column: 'csat' }),
    ]);
    expect(r.errors[0]!.message).toMatch(/no partner "P-NOPE"/);
    expect(r.errors[2]!.message).toMatch(/0–100 scale/);
    expect(count()).toBe(0);
    const header = await api('signals.import', {
      kind: 'visit',
      fileName: 'visits.csv',
      csv: 'who,when\nx,y',
    });
    expect(header.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'partner'],
      [1, 'period'],
      [1, 'notes'],
    ]);
  });

  it('imports field visits (periods from dates, in the fiscal year), searches and undoes them', async () => {
    await api('workspace.updateSettings', { fiscalYearStartMonth: 7 });
    const bytes = Buffer.from(
      `Partner,Visit date,Visited by,Notes\n${p1.id},2026-08-03,Maria,"Pipeline review; needs a presales engineer"\n${p2.id},5 Mar 2026,Jon,Quarterly check-in\n`,
      'utf16le',
    );
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), bytes]);
    const dry = await api('signals.import', {
      kind: 'visit',
      fileName: 'visits.csv',
      base64: withBom.toString('base64'),
      dryRun: true,
    });
    expect(dry).toMatchObject({ rows: 2, imported: 0, importId: null, errors: [] });
    expect(count()).toBe(0);
    const r = await api('signals.import', {
      kind: 'visit',
      fileName: 'visits.csv',
      base64: withBom.toString('base64'),
    });
    expect(r.imported).toBe(2);
    const s = await api('signals.partner', { partner: p1.id });
    // August 2026 in a fiscal year starting in July: FY2027 Q1.
    expect(s.periods[0]).toMatchObject({ period: '2027-Q1', responses: 0 });
    expect(s.periods[0]!.visits[0]).toMatchObject({ visitor: 'Maria', date: '2026-08-03' });
    const hits = await api('signals.search', { query: 'presales' });
    expect(hits.map((h) => h.externalId)).toEqual([p1.id]);
    expect(await api('signals.search', { query: '100%' })).toEqual([]);
    const imports = await api('signals.imports', {});
    expect(imports[0]).toMatchObject({ kind: 'visit', fileName: 'visits.csv', rows: 2 });
    expect(await api('signals.undoImport', { id: r.importId! })).toEqual({ removed: 2 });
    expect(count()).toBe(0);
  });
});
