/**
 * Data exports of scores and KPIs: CSV and XLSX with spreadsheet formula injection neutralised
 * (text starting with = + - @ gets a leading apostrophe; numbers stay numbers), Arrow typed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import type { CliIo } from '../../src/main/cli/io';
import { exportWorld, type ExportWorld } from './export-fixtures';

let world: ExportWorld;
let count: number;

const HOSTILE = ['=HYPERLINK("http://evil","click, me")', '@SUM(A1:A9)', '+1+1', '-2+3'];

beforeAll(() => {
  world = exportWorld({ partners: 40, quarters: 5, seed: 8 });
  const rename = world.ws.sqlite.prepare('UPDATE partners SET name = ? WHERE id = ?');
  HOSTILE.forEach((name, i) => rename.run(name, i + 1));
  count = (world.ws.sqlite.prepare('SELECT count(*) AS n FROM partners').get() as { n: number }).n;
});
afterAll(() => world.close());

/** Minimal RFC 4180 reader. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted || (ch !== ',' && ch !== '\n' && ch !== '\r')) {
      cell += ch;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    }
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

async function exportTo(table: 'scores' | 'kpis', format: 'csv' | 'xlsx' | 'arrow') {
  const file = join(world.dir, `${table}.${format}`);
  const result = await world.api('export.data', { table, format, outFile: file });
  return { file, result };
}

describe('data exports', () => {
  it('write scores as CSV with formulas neutralised and numbers as numbers', async () => {
    const { file, result } = await exportTo('scores', 'csv');
    const [header, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
    expect(result.count).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(30);
    const name = header!.indexOf('partner');
    const composite = header!.indexOf('composite');
    const names = rows.map((r) => r[name]!);
    for (const hostile of HOSTILE) {
      if (names.some((n) => n.endsWith(hostile))) expect(names).toContain(`'${hostile}`);
      expect(names).not.toContain(hostile);
    }
    for (const r of rows)
      expect(r[composite] === '' || Number.isFinite(Number(r[composite]))).toBe(true);
    expect(names.every((n) => !/^[=+\-@]/.test(n))).toBe(true);
  });

  it('write KPIs as XLSX: typed numbers, neutralised text, one row per partner and KPI', async () => {
    const { file, result } = await exportTo('kpis', 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'external_id',
      'partner',
      'period',
      'kpi',
      'kpi_name',
      'category',
      'unit',
      'value',
      'target',
      'attainment',
      'score',
      'contribution',
    ]);
    expect(sheet.rowCount - 1).toBe(result.count);
    expect(result.count % 15).toBe(0);
    const partnerCells: string[] = [];
    let numbers = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      partnerCells.push(String(row.getCell(2).value));
      const value = row.getCell(8).value;
      if (value !== null && value !== undefined) {
        expect(typeof value).toBe('number');
        numbers++;
      }
      // No cell is a formula.
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
    });
    expect(numbers).toBeGreaterThan(100);
    expect(partnerCells.some((c) => c === `'${HOSTILE[1]}` || c === `'${HOSTILE[0]}`)).toBe(true);
    expect(partnerCells.every((c) => !/^[=+\-@]/.test(c))).toBe(true);
  });

  it('write Arrow with typed columns (text as it is: Arrow is read by code, not a spreadsheet)', async () => {
    const { file, result } = await exportTo('scores', 'arrow');
    const table = tableFromIPC(readFileSync(file));
    expect(table.numRows).toBe(result.count);
    expect(String(table.schema.fields.find((f) => f.name === 'composite')!.type)).toBe('Float64');
    expect(String(table.schema.fields.find((f) => f.name === 'rank')!.type)).toBe('Int32');
    const names = table.getChild('partner')!.toArray() as string[];
    expect(names.some((n) => HOSTILE.includes(n))).toBe(true);
  });

  it('restrict to a filter, and return the file inline when no path is given', async () => {
    const region = (
      world.ws.sqlite.prepare('SELECT region FROM partners WHERE id = 5').get() as {
        region: string;
      }
    ).region;
    const inRegion = (
      world.ws.sqlite
        .prepare('SELECT count(*) AS n FROM partners WHERE region = ?')
        .get(region) as { n: number }
    ).n;
    const result = await world.api('export.data', {
      table: 'scores',
      format: 'csv',
      filter: { region },
    });
    expect(result.path).toBeNull();
    const rows = parseCsv(Buffer.from(result.base64!, 'base64').toString('utf8')).slice(1);
    expect(rows.length).toBeLessThanOrEqual(inRegion);
    expect(rows.length).toBeLessThan(count);
    expect(result.fileName).toMatch(/^partnerscope-scores-\d{4}-Q\d\.csv$/);
  });

  it('npx partnerscope export-scores and export-pptx write their files', async () => {
    const out: string[] = [];
    const io: CliIo = { out: (l) => out.push(l), err: (l) => out.push(l), status: () => undefined };
    process.env.PARTNERSCOPE_HOME = join(world.dir, 'home');
    const file = join(world.dir, 'cli.partnerscope');
    expect(await main(['demo', '--out', file, '--partners', '20', '--quarters', '4'], io)).toBe(0);
    const arrow = join(world.dir, 'cli-kpis.arrow');
    expect(
      await main(['export-scores', '--workspace', file, '--table', 'kpis', '--out', arrow], io),
    ).toBe(0);
    expect(tableFromIPC(readFileSync(arrow)).numRows).toBe(20 * 15);
    const deck = join(world.dir, 'cli-deck.pptx');
    expect(
      await main(['export-pptx', '--workspace', file, '--partner', 'P-000001', '--out', deck], io),
    ).toBe(0);
    expect(readFileSync(deck).subarray(0, 2).toString()).toBe('PK');
    expect(
      await main(['export-scores', '--workspace', file, '--out', join(world.dir, 'x.txt')], io),
    ).toBe(2);
  });
});
