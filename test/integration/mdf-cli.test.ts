/** `partnerscope mdf plan|claims` on a demo workspace written by `partnerscope demo`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/main/cli/io';
import { main } from '../../src/main/cli/main';
import { tempDir } from '../helpers/temp';

const temp = tempDir();
const file = join(temp.dir, 'demo.partnerscope');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), status: () => undefined };
  return { io, out, err };
}

beforeAll(async () => {
  process.env.PARTNERSCOPE_HOME = join(temp.dir, 'home');
  const c = capture();
  expect(
    await main(
      ['demo', '--out', file, '--partners', '150', '--quarters', '8', '--seed', '5'],
      c.io,
    ),
  ).toBe(0);
});
afterAll(() => temp.cleanup());

describe('partnerscope mdf', () => {
  it('plan writes an XLSX whose amounts add up to the budget minus the reserve', async () => {
    const out = join(temp.dir, 'plan.xlsx');
    const c = capture();
    const code = await main(
      [
        'mdf',
        'plan',
        '--workspace',
        file,
        '--budget',
        '250,000',
        '--period',
        '2026-Q2',
        '--region',
        'EMEA',
        '--out',
        out,
      ],
      c.io,
    );
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    expect(c.out.join('\n')).toMatch(
      /2026 Q2.*: 225,000\.00 allocated to \d+ of \d+ eligible partners \(reserve 25,000\.00\)/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let cents = 0;
    const regions = new Set<unknown>();
    wb.getWorksheet('Allocation')!.eachRow((row, n) => {
      if (n === 1 || row.getCell(1).value === 'Total') return;
      regions.add(row.getCell(3).value);
      cents += Math.round((row.getCell(7).value as number) * 100);
    });
    expect(cents).toBe(22_500_000);
    expect([...regions]).toEqual(['EMEA']);
  });

  it('plan writes CSV and refuses a budget it cannot read', async () => {
    const out = join(temp.dir, 'plan.csv');
    expect(
      await main(['mdf', 'plan', '-w', file, '--budget', '40k', '--out', out], capture().io),
    ).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(10);
    const bad = capture();
    expect(
      await main(['mdf', 'plan', '-w', file, '--budget', 'lots', '--out', out], bad.io),
    ).not.toBe(0);
    expect(bad.err.join('\n')).toMatch(/--budget needs an amount/);
  });

  it('plan --save stores the plan whose claims can then be listed', async () => {
    const out = join(temp.dir, 'saved.csv');
    const c = capture();
    expect(
      await main(
        [
          'mdf',
          'plan',
          '-w',
          file,
          '--budget',
          '80k',
          '--max',
          '5k',
          '--save',
          'CLI plan',
          '--out',
          out,
        ],
        c.io,
      ),
    ).toBe(0);
    expect(c.err.join('\n')).toMatch(/saved as plan "CLI plan"; claims close on \d{4}-\d{2}-\d{2}/);
    const list = capture();
    expect(await main(['mdf', 'claims', '-w', file, '--plan', 'CLI plan'], list.io)).toBe(0);
    expect(list.err.join('\n')).toMatch(/^0 claims, 0\.00 in total\.$/);
    const amounts = readFileSync(out, 'utf8').trim().split(/\r?\n/).slice(1);
    expect(amounts.length).toBeGreaterThan(5);
  });

  it('claims --import reads a Windows-1252 file, and names file, row and column of a wrong row', async () => {
    const plan = join(temp.dir, 'p.csv');
    expect(
      await main(
        ['mdf', 'plan', '-w', file, '--budget', '90k', '--save', 'Import plan', '--out', plan],
        capture().io,
      ),
    ).toBe(0);
    const partner = readFileSync(plan, 'utf8')
      .replace(/^\ufeff/, '')
      .split(/\r?\n/)[1]!
      .split(',')[0]!;
    const bad = join(temp.dir, 'bad.csv');
    writeFileSync(
      bad,
      Buffer.from(`plan,partner,reference,amount\nImport plan,${partner},K-1,12O\n`, 'latin1'),
    );
    const b = capture();
    expect(await main(['mdf', 'claims', '-w', file, '--import', bad], b.io)).toBe(1);
    expect(b.err.join('\n')).toMatch(/bad\.csv, row 2, column amount: "12O" is not an amount/);
    const good = join(temp.dir, 'good.csv');
    writeFileSync(
      good,
      Buffer.from(
        `plan;partner;reference;amount;activity\r\nImport plan;${partner};K-1;120;Séminaire à Lyon\r\n`,
        'latin1',
      ),
    );
    const g = capture();
    expect(await main(['mdf', 'claims', '-w', file, '--import', good], g.io)).toBe(0);
    expect(g.out.join('\n')).toBe('Imported 1 claim from good.csv.');
    const list = capture();
    expect(
      await main(
        ['mdf', 'claims', '-w', file, '--plan', 'Import plan', '--format', 'json'],
        list.io,
      ),
    ).toBe(0);
    expect(JSON.parse(list.out.join('\n'))[0].activity).toBe('Séminaire à Lyon');
  });

  it('claims lists the demo claims, filtered by status', async () => {
    const all = capture();
    expect(await main(['mdf', 'claims', '--workspace', file, '--format', 'json'], all.io)).toBe(0);
    const claims = JSON.parse(all.out.join('\n')) as { status: string; reference: string }[];
    expect(claims.length).toBeGreaterThan(20);
    const paid = capture();
    expect(
      await main(
        ['mdf', 'claims', '--workspace', file, '--status', 'paid', '--format', 'csv'],
        paid.io,
      ),
    ).toBe(0);
    const rows = paid.out.join('\n').trim().split(/\r?\n/);
    expect(rows[0]).toMatch(/^reference,plan,period,partner_id,partner,activity,amount,status/);
    expect(rows.length - 1).toBe(claims.filter((c) => c.status === 'paid').length);
    expect(rows.slice(1).every((r) => r.includes(',paid,'))).toBe(true);
    const wrong = capture();
    expect(
      await main(['mdf', 'claims', '--workspace', file, '--status', 'lost'], wrong.io),
    ).not.toBe(0);
  });
});
