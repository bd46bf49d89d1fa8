import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import type { CliIo } from '../../src/main/cli/io';
import { tempDir } from '../helpers/temp';
import { dataset } from './import-datasets';

const aw = dataset('adventureworks-dw-reseller');

/** Figures computed straight from the raw files, without the importer: money in 1/10,000. */
function independent() {
  const lines = readFileSync(join(aw.dir, 'FactResellerSales.csv'), 'utf8').trim().split('\n');
  const byQuarter = new Map<string, bigint>();
  const resellersByQuarter = new Map<string, Set<string>>();
  const resellers = new Set<string>();
  const orders = new Set<string>();
  let total = 0n;
  for (const line of lines) {
    const f = line.split('|');
    const date = f[1]!;
    const quarter = `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(4, 6)) / 3)}`;
    const cents =
      BigInt(f[19]!.replace('.', '').padEnd(1, '0')) *
      10n ** BigInt(4 - (f[19]!.split('.')[1]?.length ?? 0));
    total += cents;
    byQuarter.set(quarter, (byQuarter.get(quarter) ?? 0n) + cents);
    resellers.add(f[4]!);
    orders.add(f[9]!);
    if (!resellersByQuarter.has(quarter)) resellersByQuarter.set(quarter, new Set());
    resellersByQuarter.get(quarter)!.add(f[4]!);
  }
  return { lines: lines.length, total, byQuarter, resellers, orders, resellersByQuarter };
}

/** PROVENANCE.md: revenue per calendar quarter in millions. */
const PROVENANCE_QUARTERS: Record<string, number> = {
  '2010-Q4': 0.49,
  '2011-Q1': 3.55,
  '2011-Q2': 4.03,
  '2011-Q3': 4.95,
  '2011-Q4': 5.66,
  '2012-Q1': 8.29,
  '2012-Q2': 6.56,
  '2012-Q3': 5.81,
  '2012-Q4': 7.53,
  '2013-Q1': 10.54,
  '2013-Q2': 8.66,
  '2013-Q3': 7.64,
  '2013-Q4': 6.73,
};

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), status: () => undefined };
  return { io, out, err };
}

describe.skipIf(!aw.present)(
  aw.title('AdventureWorks reseller data through the built-in preset'),
  () => {
    let dir: string;
    let cleanup: () => void;
    let db: Database.Database;
    const run = { out: [] as string[], err: [] as string[], code: -1 };

    beforeAll(async () => {
      ({ dir, cleanup } = tempDir());
      process.env.PARTNERSCOPE_HOME = join(dir, 'home');
      const io = captureIo();
      // The documented form: the preset and the two files (DimGeography/DimSalesTerritory are found next to them).
      run.code = await main(
        [
          'import',
          '--workspace',
          join(dir, 'aw.partnerscope'),
          '--preset',
          'adventureworks',
          join(aw.dir, 'DimReseller.csv'),
          join(aw.dir, 'FactResellerSales.csv'),
        ],
        io.io,
      );
      run.out = io.out;
      run.err = io.err;
      db = new Database(join(dir, 'aw.partnerscope'), { readonly: true });
    }, 120_000);

    afterAll(() => {
      db?.close();
      cleanup?.();
    });

    const revenue = () =>
      db
        .prepare(
          `SELECT pe.key AS quarter, sum(v.value) AS total, count(DISTINCT v.partner_id) AS resellers FROM measure_values v
         JOIN measures m ON m.id = v.measure_id JOIN periods pe ON pe.id = v.period_id
         WHERE m.key = 'revenue' GROUP BY pe.key ORDER BY pe.key`,
        )
        .all() as { quarter: string; total: number; resellers: number }[];

    it('imports cleanly, reporting every row accepted', () => {
      expect(run.code, run.err.join('\n')).toBe(0);
      expect(run.out.join('\n')).toMatch(/Rows: 61,556 read, 61,556 accepted, 0 rejected/);
      expect(run.out.join('\n')).toMatch(/Imported as #1/);
    });

    it('has the 701 resellers, typed by business type and placed in territory and country', () => {
      const count = (sql: string) =>
        Object.fromEntries(
          (db.prepare(sql).all() as { k: string; n: number }[]).map((r) => [r.k, r.n]),
        );
      expect(count('SELECT type AS k, count(*) AS n FROM partners GROUP BY type')).toEqual({
        'Value Added Reseller': 238,
        Warehouse: 232,
        'Specialty Bike Shop': 231,
      });
      expect(count('SELECT country AS k, count(*) AS n FROM partners GROUP BY country')).toEqual({
        'United States': 427,
        Canada: 114,
        Australia: 40,
        France: 40,
        Germany: 40,
        'United Kingdom': 40,
      });
      const first = db
        .prepare("SELECT name, region, attributes FROM partners WHERE external_id = 'AW00000001'")
        .get() as { name: string; region: string; attributes: string };
      // Independently: reseller 1 → geography 637 → territory key → region.
      const geo = readFileSync(join(aw.dir, 'DimGeography.csv'), 'utf8')
        .split('\n')
        .find((l) => l.startsWith('637|'))!
        .split('|');
      const territory = readFileSync(join(aw.dir, 'DimSalesTerritory.csv'), 'utf8')
        .split('\n')
        .find((l) => l.startsWith(`${geo[9]}|`))!
        .split('|');
      expect(first.name).toBe('A Bike Store');
      expect(first.region).toBe(territory[2]);
      expect(JSON.parse(first.attributes)).toMatchObject({
        reseller_key: 1,
        city: geo[1],
        territory_group: territory[4],
      });
    });

    it('matches figures computed independently from the raw files', () => {
      const facts = independent();
      expect(facts.lines).toBe(60_855);
      expect(facts.total).toBe(804_505_969_823n); // 80,450,596.9823
      const quarters = revenue();
      const sum = quarters.reduce((s, q) => s + q.total, 0);
      expect(sum).toBeCloseTo(80_450_596.9823, 3);
      const resellersWithSales = db
        .prepare(
          "SELECT count(DISTINCT v.partner_id) AS n FROM measure_values v JOIN measures m ON m.id = v.measure_id WHERE m.key = 'revenue'",
        )
        .get() as { n: number };
      expect(resellersWithSales.n).toBe(635);
      expect(facts.resellers.size).toBe(635);
      for (const q of quarters) {
        expect(q.total).toBeCloseTo(Number(facts.byQuarter.get(q.quarter)!) / 10_000, 3);
        expect(q.resellers).toBe(facts.resellersByQuarter.get(q.quarter)!.size);
      }
      const orders = db
        .prepare(
          "SELECT sum(v.value) AS n FROM measure_values v JOIN measures m ON m.id = v.measure_id WHERE m.key = 'orders'",
        )
        .get() as { n: number };
      expect(orders.n).toBe(facts.orders.size);
      expect(orders.n).toBe(3796);
    });

    it('gives the per-quarter totals of PROVENANCE.md', () => {
      const quarters = revenue();
      expect(quarters.map((q) => q.quarter)).toEqual(Object.keys(PROVENANCE_QUARTERS));
      for (const q of quarters)
        expect(Math.round(q.total / 10_000) / 100).toBe(PROVENANCE_QUARTERS[q.quarter]);
      expect(quarters.find((q) => q.quarter === '2013-Q1')!.resellers).toBe(453);
      expect(quarters.find((q) => q.quarter === '2010-Q4')!.resellers).toBe(38);
    });

    it('derives cost, margin, discount and units per quarter', () => {
      const total = (key: string) =>
        (
          db
            .prepare(
              'SELECT sum(v.value) AS n FROM measure_values v JOIN measures m ON m.id = v.measure_id WHERE m.key = ?',
            )
            .get(key) as { n: number }
        ).n;
      expect(total('cost')).toBeCloseTo(79_980_114.38, 1);
      expect(total('margin')).toBeCloseTo(80_450_596.9823 - total('cost'), 2);
      expect(total('discount')).toBeCloseTo(527_507.93, 1);
      expect(total('units')).toBeGreaterThan(0);
    });

    it('accepts the folder form too, and detects that it was already imported', async () => {
      const io = captureIo();
      const code = await main(
        [
          'import',
          '--workspace',
          join(dir, 'aw.partnerscope'),
          '--preset',
          'adventureworks',
          aw.dir,
        ],
        io.io,
      );
      expect(code).toBe(1);
      expect(io.err.join('\n')).toMatch(/DimReseller\.csv was already imported \(import #1/);
    });
  },
);
