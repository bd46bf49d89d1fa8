/**
 * The views API on a real SQLite workspace with seeded demo data (no mocks): selector options,
 * the portfolio table, a partner page and the table export.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/main/core/workspace/workspace';
import { AppError } from '../../../src/shared/errors';
import { openDemoApi, type DemoApi } from '../../helpers/demo-api';
import { bumpDataRevision } from '../../../src/main/core/workspace/data-revision';

let ws: Workspace;
let demo: DemoApi;
const api: DemoApi['api'] = (name, args) => demo.api(name, args);

beforeAll(() => {
  demo = openDemoApi({ partners: 90, quarters: 6, seed: 11 });
  ({ ws } = demo);
});
afterAll(() => demo.close());

describe('views.options', () => {
  it('lists the periods, the default methodology and its versions', async () => {
    const options = await api('views.options', {});
    expect(options.periods).toHaveLength(6);
    expect(options.defaultPeriod).toBe(options.periods.at(-1)!.key);
    expect(options.methodologies).toEqual([
      expect.objectContaining({
        name: 'Partner Health v1',
        publishedVersion: 1,
        versions: [{ version: 1, status: 'published' }],
      }),
    ]);
    expect(options.defaultMethodologyId).toBe(options.methodologies[0]!.id);
    expect(options.currency).toBe('USD');
  });
});

describe('views.portfolio', () => {
  it('returns one row per scored partner with columns that agree with the engine and the data', async () => {
    const p = await api('views.portfolio', {});
    const score = await api('scoring.score', { detail: 'values', trend: true });
    const n = p.partnerId.length;
    expect(n).toBe(score.partnerId.length);
    p.composite.forEach((c, i) => {
      const engine = score.composite[i];
      if (engine === null || engine === undefined) expect(c).toBeNull();
      else expect(Math.abs(c! - engine)).toBeLessThanOrEqual(0.005 + 1e-9);
    });
    for (const column of [
      p.name,
      p.manager,
      p.tier,
      p.segment,
      p.revenue,
      p.attainment,
      p.engagement,
      p.change,
    ]) {
      expect(column).toHaveLength(n);
    }
    expect(p.kpiRaw).toHaveLength(p.kpis.length);
    expect(p.groupScores).toHaveLength(p.groups.length);
    expect(p.sparkline).toHaveLength(n * p.periods.length);

    const T = p.periods.length;
    p.composite.forEach((c, i) => expect(p.sparkline[i * T + T - 1]).toBeCloseTo(c ?? NaN, 0));

    const last = p.tierHistory.at(-1)!;
    expect(Object.values(last).reduce((a, b) => a + b, 0)).toBe(p.summary.scored);
    expect(last).toEqual(p.summary.tierCounts);

    const db = ws.sqlite;
    const i = 3;
    const revenue = db
      .prepare(
        `SELECT v.value FROM measure_values v JOIN measures m ON m.id = v.measure_id JOIN periods t ON t.id = v.period_id
         WHERE v.partner_id = ? AND m.key = 'revenue' AND t.key = ?`,
      )
      .get(p.partnerId[i], p.period.key) as { value: number } | undefined;
    expect(p.revenue[i]).toBe(revenue?.value ?? null);
    const manager = db
      .prepare('SELECT account_manager AS m FROM partners WHERE id = ?')
      .get(p.partnerId[i]) as { m: string };
    expect(p.manager[i]).toBe(manager.m);
    expect(p.tiers.map((t) => t.name)).toEqual(score.tiers);
  });

  it('serves a repeated request from its cache and recomputes after the data changes', async () => {
    const first = await api('views.portfolio', { period: '2025-Q4' });
    const again = await api('views.portfolio', { period: '2025-Q4' });
    expect(again.timings.cached).toBe(true);
    expect(again.composite).toEqual(first.composite);
    ws.sqlite
      .prepare(`UPDATE partners SET account_manager = 'Someone New' WHERE id = ?`)
      .run(first.partnerId[0]);
    bumpDataRevision(ws.sqlite);
    const after = await api('views.portfolio', { period: '2025-Q4' });
    expect(after.timings.cached).toBe(false);
    expect(after.manager[0]).toBe('Someone New');
  });

  it('refuses a period the workspace does not have', async () => {
    const error = await api('views.portfolio', { period: '1999-Q1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('NOT_FOUND');
  });
});

describe('views.partner', () => {
  it('explains a partner: contributions add up, peers, KPI trends, coverage and sources', async () => {
    const p = await api('views.portfolio', {});
    const key = p.externalId[7]!;
    const page = await api('views.partner', { partner: key });
    const e = page.explanation;
    expect(page.profile.externalId).toBe(key);
    expect(e.composite).not.toBeNull();
    expect(e.kpis.reduce((sum, k) => sum + k.contribution, 0)).toBeCloseTo(e.composite!, 9);

    // Peer medians by hand: same partner type (the methodology's peer group).
    const peers = p.partnerId.map((_, i) => i).filter((i) => p.type[i] === page.profile.type);
    expect(page.peers.size).toBe(peers.length);
    const values = peers
      .map((i) => p.groupScores[0]![i])
      .filter((v): v is number => v !== null)
      .sort((a, b) => a - b);
    const mid = values.length >> 1;
    const median = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
    expect(page.peers.groupMedians[0]).toBeCloseTo(median, 0);

    expect(page.kpiTrends.map((t) => t.key)).toEqual(e.kpis.map((k) => k.key));
    e.kpis.forEach((k, j) => {
      const latest = page.kpiTrends[j]!.values.at(-1);
      if (k.raw === null) expect(latest).toBeNull();
      else
        expect(latest).toBeCloseTo(
          k.raw,
          Math.max(0, 4 - Math.ceil(Math.log10(Math.abs(k.raw) + 1))),
        );
    });

    const stored = ws.sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM measure_values WHERE partner_id = @p AND period_id = @t)
              + (SELECT count(*) FROM targets WHERE partner_id = @p AND period_id = @t) AS n`,
      )
      .get({
        p: page.profile.id,
        t: (
          ws.sqlite.prepare('SELECT id FROM periods WHERE key = ?').get(e.period.key) as {
            id: number;
          }
        ).id,
      }) as {
      n: number;
    };
    expect(page.sources).toHaveLength(stored.n);
    expect(page.sources[0]).toMatchObject({ importKind: 'demo', files: [] });
  });

  it('names the file, rule and rows the importer recorded for a value', async () => {
    const page = await api('views.partner', { partner: 'P-000002' });
    const revenue = page.sources.find((s) => s.measure === 'revenue' && s.kind === 'value')!;
    const db = ws.sqlite;
    const ids = db
      .prepare(
        `SELECT (SELECT id FROM periods WHERE key = ?) AS period, (SELECT id FROM measures WHERE key = 'revenue') AS measure`,
      )
      .get(page.explanation.period.key) as { period: number; measure: number };
    const file = db
      .prepare(
        `INSERT INTO import_files (import_id, position, file_name, content_hash, bytes, kind) VALUES (?, 0, 'sales.csv', 'x', 10, 'transactions')`,
      )
      .run(revenue.importId).lastInsertRowid;
    db.prepare(
      `INSERT INTO value_lineage (import_id, file_id, target, partner_id, period_id, measure_id, rule, row_count, rows)
       VALUES (?, ?, 'value', ?, ?, ?, 'sum', 3, '2-4')`,
    ).run(revenue.importId, file, page.profile.id, ids.period, ids.measure);
    const again = await api('views.partner', { partner: 'P-000002' });
    expect(again.sources.find((s) => s.measure === 'revenue' && s.kind === 'value')!.files).toEqual(
      [{ fileName: 'sales.csv', rule: 'sum', rowCount: 3, rows: '2-4' }],
    );
  });

  it('says when a partner does not exist', async () => {
    const error = await api('views.partner', { partner: 'NOPE' }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('NOT_FOUND');
    expect((error as AppError).message).toContain('NOPE');
  });
});

describe('views.export', () => {
  const request = {
    name: 'Portfolio test',
    columns: [
      { label: 'Partner', kind: 'text' as const },
      { label: 'Score', kind: 'decimal' as const },
    ],
    rows: [
      ['=HYPERLINK("http://x")', 55.5],
      ['+1 Partners', -3],
      ['@SUM(A1)', null],
      ['Plain, "quoted"', 1],
    ],
  };

  it('writes CSV with formula-looking text neutralised and numbers left as numbers', async () => {
    const out = await api('views.export', { ...request, format: 'csv' });
    expect(out.fileName).toBe('Portfolio test.csv');
    const text = Buffer.from(out.base64, 'base64')
      .toString('utf8')
      .replace(/^\ufeff/, '');
    expect(text.split('\r\n')).toEqual([
      'Partner,Score',
      `"'=HYPERLINK(""http://x"")",55.5`,
      `'+1 Partners,-3`,
      `'@SUM(A1),`,
      `"Plain, ""quoted""",1`,
      '',
    ]);
  });

  it('writes XLSX with typed numbers and neutralised text', async () => {
    const out = await api('views.export', { ...request, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(out.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe(`'=HYPERLINK("http://x")`);
    expect(sheet.getCell('A3').value).toBe(`'+1 Partners`);
    expect(sheet.getCell('B2').value).toBe(55.5);
    expect(sheet.getCell('B3').value).toBe(-3);
    expect(sheet.getCell('A2').formula).toBeUndefined();
    // The partner column is as wide as its longest text, the score column fits its numbers.
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(`'=HYPERLINK("http://x")`.length);
    expect(sheet.getColumn(2).width).toBeLessThan(sheet.getColumn(1).width!);
  });
});
