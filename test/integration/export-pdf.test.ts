/**
 * PDF scorecards end to end: the print layout served by an in-process host, printed by Chromium
 * through Playwright, read back with poppler (pdftotext, pdfinfo, pdffonts, pdftoppm). Needs the
 * renderer build (`npx electron-vite build`) and Chromium (CHROMIUM_PATH or /usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKpiValue } from '../../src/shared/api/export-format';
import { main } from '../../src/main/cli/main';
import type { CliIo } from '../../src/main/cli/io';
import { exportWorld, pdfFonts, pdfInfo, pdfText, type ExportWorld } from './export-fixtures';

const SHOTS = join(process.cwd(), 'test-results', 'export-pdf');

let world: ExportWorld;
let partners: { id: number; external_id: string; name: string; region: string }[];

beforeAll(() => {
  world = exportWorld({ partners: 60, quarters: 6, seed: 11, printer: true });
  partners = world.ws.sqlite
    .prepare('SELECT id, external_id, name, region FROM partners ORDER BY id')
    .all() as typeof partners;
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => world.close());

async function printOne(
  partner: string,
  file: string,
  extra: { paper?: 'a4' | 'letter'; variant?: 'partner' | 'internal' } = {},
) {
  const out = join(world.dir, file);
  const result = await world.api('export.scorecardPdf', { partner, outFile: out, ...extra });
  expect(result.path).toBe(out);
  return { out, result };
}

describe('PDF scorecards', () => {
  it('print one partner on A4: sections, footer with methodology, data as-of and page numbers, fonts embedded', async () => {
    const me = partners[0]!;
    const { out, result } = await printOne(me.external_id, 'one.pdf');
    const info = pdfInfo(out);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(3);
    expect(result.count).toBe(pages);
    expect(info['Page size']).toMatch(/^59[45](\.\d+)? x 84[12]/);
    const fonts = pdfFonts(out);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);

    const text = pdfText(out);
    expect(text).toContain(me.name);
    for (const heading of [
      'Partner scorecard',
      'Composite score',
      'Category scores against peers',
      'Composite score over time against peers',
      'Highlights',
      'KPIs: results against target and peers',
      'How the main KPIs moved',
      'Agreed actions',
    ]) {
      expect(text.toLowerCase()).toContain(heading.toLowerCase());
    }
    expect(text).toContain('Partner Health v1 · version 1');
    expect(text).toMatch(/Data as of [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Page ${p} of ${pages}`);
    expect(text).not.toContain('League position');

    // Pictures to look at (test-results/export-pdf/one-1.png …).
    execFileSync('pdftoppm', ['-r', '70', '-png', out, join(SHOTS, 'one')]);
    expect(
      readdirSync(SHOTS).filter((f) => f.startsWith('one-') && f.endsWith('.png')).length,
    ).toBe(pages);
  });

  it('print on Letter paper, and the internal variant with league position and notes', async () => {
    const { out } = await printOne(partners[1]!.external_id, 'letter.pdf', {
      paper: 'letter',
      variant: 'internal',
    });
    expect(pdfInfo(out)['Page size']).toMatch(/^612 x 792/);
    const text = pdfText(out);
    expect(text).toContain('INTERNAL');
    expect(text).toContain('League position');
  });

  it("holds no other partner's name, id or exact money value (partner safety)", async () => {
    const me = partners[7]!;
    const { out } = await printOne(me.external_id, 'safe.pdf');
    const text = pdfText(out);
    expect(text).toContain(me.name);
    const card = await world.api('export.scorecard', { partner: me.external_id });
    const table = await world.api('scoring.score', { period: card.period.key, detail: 'values' });
    const style = { locale: 'en-US', currency: card.currency };
    const own = new Set(
      card.kpis.flatMap((k) =>
        [...k.history, ...k.targetHistory].map((v) => formatKpiValue(v, k.unit, style)),
      ),
    );
    let checked = 0;
    table.name.forEach((name, i) => {
      if (table.externalId[i] === me.external_id) return;
      if (!me.name.includes(name)) expect(text).not.toContain(name);
      expect(text).not.toContain(table.externalId[i]!);
      table.kpis.forEach((k, j) => {
        const v = table.kpiRaw![j]![i];
        if (k.unit !== 'currency' || v === null || v === undefined || Math.abs(v) < 1000) return;
        const shown = formatKpiValue(v, 'currency', style);
        if (own.has(shown)) return;
        expect(text).not.toContain(shown);
        checked++;
      });
    });
    expect(checked).toBeGreaterThan(50);
  });

  it('print a region into a folder with safe file names and an index', async () => {
    const region = partners[0]!.region;
    const expected = partners.filter((p) => p.region === region);
    const outDir = join(world.dir, 'region');
    const events: number[] = [];
    const stop = world.ctx.onEvent((event, payload) => {
      if (event === 'progress' && (payload as { task: string }).task === 'export:region-job') {
        events.push((payload as { done: number }).done);
      }
    });
    const result = await world.api('export.scorecardBatch', {
      jobId: 'region-job',
      filter: { region },
      outDir,
    });
    stop();
    expect(result.status).toBe('finished');
    expect(result.total).toBe(expected.length);
    expect(result.written + result.items.filter((i) => i.status === 'skipped').length).toBe(
      expected.length,
    );
    expect(result.failed).toBe(0);
    const files = readdirSync(outDir).filter((f) => f.endsWith('.pdf'));
    expect(files).toHaveLength(result.written);
    for (const f of files) expect(f).toMatch(/^[A-Za-z0-9._-]+\.pdf$/);
    const index = readFileSync(join(outDir, 'index.csv'), 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(index[0]).toBe(
      'external_id,partner,region,program_tier,account_manager,period,composite,tier,file,pages,status,error',
    );
    expect(index).toHaveLength(expected.length + 1);
    expect(events.at(-1)).toBe(expected.length);
  });

  it('cancel a batch between files: what was printed stays, listed in the index', async () => {
    const outDir = join(world.dir, 'cancelled');
    let asked = false;
    const stop = world.ctx.onEvent((event, payload) => {
      const p = payload as { task: string; done: number };
      if (event === 'progress' && p.task === 'export:cancel-job' && p.done >= 1 && !asked) {
        asked = true;
        void world.api('export.cancel', { jobId: 'cancel-job' });
      }
    });
    const result = await world.api('export.scorecardBatch', {
      jobId: 'cancel-job',
      filter: { all: true },
      outDir,
    });
    stop();
    expect(result.status).toBe('cancelled');
    expect(result.written).toBeGreaterThanOrEqual(1);
    expect(result.written).toBeLessThan(partners.length);
    expect(readdirSync(outDir).filter((f) => f.endsWith('.pdf'))).toHaveLength(result.written);
    const index = readFileSync(join(outDir, 'index.csv'), 'utf8').trim().split('\r\n');
    expect(index).toHaveLength(partners.length + 1);
    expect(index.filter((l) => l.includes(',skipped,')).length).toBeGreaterThan(0);
    expect(await world.api('export.cancel', { jobId: 'cancel-job' })).toEqual({ cancelled: false });
  });

  it('npx partnerscope export-pdf --partner writes the PDF and the index', async () => {
    const file = join(world.dir, 'cli.partnerscope');
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), status: () => undefined };
    process.env.PARTNERSCOPE_HOME = join(world.dir, 'home');
    expect(
      await main(['demo', '--out', file, '--partners', '30', '--quarters', '4', '--seed', '3'], io),
    ).toBe(0);
    const dir = join(world.dir, 'cli-out');
    const code = await main(
      [
        'export-pdf',
        '--workspace',
        file,
        '--partner',
        'P-000002',
        '--paper',
        'letter',
        '--out',
        dir,
      ],
      io,
    );
    expect(err.join('\n')).toBe('');
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/Wrote 1 of 1 scorecards/);
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0]).toMatch(/^P-000002-.*-\d{4}-Q\d\.pdf$/);
    expect(existsSync(join(dir, 'index.csv'))).toBe(true);
    expect(await main(['export-pdf', '--workspace', file, '--out', dir], io)).toBe(2);
  });
});
