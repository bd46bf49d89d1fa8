import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import type { CliIo } from '../../src/main/cli/io';
import { tempDir } from '../helpers/temp';
import { dataset } from './import-datasets';

const maven = dataset('maven-crm-sales-opportunities');
const mapping = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'import',
  'maven-crm-deal-registrations.json',
);
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), status: () => undefined };
  return { io, out, err };
}

/** Straight from the CSV (no quoting in this file): what the mapping should keep. */
function independent() {
  const [, ...lines] = readFileSync(join(maven.dir, 'sales_pipeline.csv'), 'utf8')
    .trim()
    .split('\n');
  const rows = lines.map((l) => l.split(','));
  const kept = rows.filter((r) => r[3] !== '' && r[5] !== '');
  const won = kept.filter((r) => r[4] === 'Won');
  return {
    kept: kept.length,
    rejected: rows.length - kept.length,
    accounts: new Set(kept.map((r) => r[3])).size,
    won: won.length,
    wonValue: won.reduce((s, r) => s + Number(r[7]), 0),
    value: kept.reduce((s, r) => s + (r[7] ? Number(r[7]) : 0), 0),
  };
}

describe.skipIf(!maven.present)(
  maven.title('Maven CRM pipeline imported as deal registrations through a mapping'),
  () => {
    it('reports the rows it cannot attribute, then imports the rest with --skip-invalid', async () => {
      const t = tempDir();
      cleanups.push(t.cleanup);
      process.env.PARTNERSCOPE_HOME = join(t.dir, 'home');
      const workspace = join(t.dir, 'crm.partnerscope');
      const file = join(maven.dir, 'sales_pipeline.csv');
      const facts = independent();

      const refused = captureIo();
      expect(
        await main(['import', '--workspace', workspace, '--mapping', mapping, file], refused.io),
      ).toBe(1);
      expect(refused.out.join('\n')).toMatch(
        new RegExp(
          `8,800 read, ${facts.kept.toLocaleString('en-US')} accepted, ${facts.rejected.toLocaleString('en-US')} rejected`,
        ),
      );
      expect(refused.out.join('\n')).toMatch(
        /sales_pipeline\.csv row \d+, column account: no partner/,
      );
      expect(refused.err.join('\n')).toMatch(/Nothing was written/);

      const done = captureIo();
      expect(
        await main(
          ['import', '--workspace', workspace, '--mapping', mapping, '--skip-invalid', file],
          done.io,
        ),
      ).toBe(0);
      const db = new Database(workspace, { readonly: true });
      try {
        const one = <T>(sql: string) => db.prepare(sql).get() as T;
        expect(one<{ n: number }>('SELECT count(*) AS n FROM deal_registrations').n).toBe(
          facts.kept,
        );
        expect(one<{ n: number }>('SELECT count(*) AS n FROM partners').n).toBe(facts.accounts);
        expect(
          one<{ n: number }>("SELECT count(*) AS n FROM deal_registrations WHERE status = 'won'").n,
        ).toBe(facts.won);
        const total = (key: string) =>
          one<{ n: number }>(
            `SELECT sum(v.value) AS n FROM measure_values v JOIN measures m ON m.id = v.measure_id WHERE m.key = '${key}'`,
          ).n;
        expect(total('deal_regs_won')).toBe(facts.won);
        expect(total('deal_regs_won')).toBe(4238);
        expect(total('deal_reg_won_value')).toBe(facts.wonValue);
        expect(total('deal_reg_won_value')).toBe(10_005_534);
        expect(total('deal_reg_value')).toBe(facts.value);
        expect(total('deal_regs_submitted')).toBe(facts.kept);
        const days = one<{ n: number }>(
          "SELECT min(v.value) AS n FROM measure_values v JOIN measures m ON m.id = v.measure_id WHERE m.key = 'days_to_close'",
        );
        expect(days.n).toBeGreaterThanOrEqual(0);
      } finally {
        db.close();
      }
    });
  },
);
