/** `npx partnerscope benchmark …` and `npx partnerscope risks …` on a seeded demo workspace. */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import type { CliIo } from '../../src/main/cli/io';
import type { PartnerBenchmark } from '../../src/shared/api/benchmark';
import type { AlertInbox } from '../../src/shared/api/alerts';
import type { RiskReport } from '../../src/shared/api/risks';
import { tempDir } from '../helpers/temp';
import { bumpDataRevision } from '../../src/main/core/workspace/data-revision';

let file: string;
let cleanup: () => void;

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), status: () => undefined };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  process.env.PARTNERSCOPE_HOME = join(t.dir, 'home');
  file = join(t.dir, 'w.partnerscope');
  expect(
    (await run('demo', '--out', file, '--partners', '120', '--quarters', '6', '--seed', '7')).code,
  ).toBe(0);
});
afterAll(() => cleanup());

describe('partnerscope benchmark', () => {
  it('prints statistics per group and KPI as a table or CSV', async () => {
    const table = await run(
      'benchmark',
      '--workspace',
      file,
      '--group',
      'type',
      '--kpi',
      'score,win_rate',
    );
    expect(table.code).toBe(0);
    expect(table.out.split('\n')[0]).toMatch(
      /^kpi\s+group\s+partners\s+count\s+min\s+p25\s+median\s+p75\s+p90\s+max\s+mean$/,
    );
    const csv = await run(
      'benchmark',
      '-w',
      file,
      '--group',
      'type',
      '--kpi',
      'score',
      '--format',
      'csv',
    );
    const lines = csv.out.split('\r\n');
    expect(lines[0]).toBe('kpi,group,partners,count,min,p25,median,p75,p90,max,mean');
    expect(lines).toHaveLength(6); // header + 5 types
  });

  it('gives one partner its partner-safe benchmark as JSON, with no other partner in it', async () => {
    const r = await run(
      'benchmark',
      '-w',
      file,
      '--partner',
      'P-000003',
      '--group',
      'type,region',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const b = JSON.parse(r.out) as PartnerBenchmark;
    expect(b.partner.externalId).toBe('P-000003');
    expect(b.comparisons.length).toBeGreaterThan(5);
    const db = new Database(file, { readonly: true });
    const others = db
      .prepare(`SELECT external_id, name FROM partners WHERE external_id <> 'P-000003'`)
      .all() as {
      external_id: string;
      name: string;
    }[];
    db.close();
    for (const o of others) {
      expect(r.out).not.toContain(o.external_id);
      expect(r.out).not.toContain(JSON.stringify(o.name).slice(1, -1));
    }
  });

  it('ranks partners in a league, and imports reference benchmarks', async () => {
    const league = await run(
      'benchmark',
      '-w',
      file,
      '--league',
      '--kpi',
      'revenue',
      '--format',
      'csv',
    );
    const rows = league.out.split('\r\n');
    expect(rows[0]).toBe('rank,partner_id,name,group,revenue,percentile_in_group,rank_in_group');
    expect(rows[1]).toMatch(/^1,P-\d{6},/);
    const refs = join(process.env.PARTNERSCOPE_HOME!, 'refs.csv');
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(process.env.PARTNERSCOPE_HOME!, { recursive: true });
    writeFileSync(refs, 'kpi,value\nwin_rate,0.3\ncsat,80\n');
    const imported = await run(
      'benchmark',
      '-w',
      file,
      '--import-references',
      refs,
      '--source',
      'Survey',
    );
    expect(imported.out).toBe('Imported 2 reference values as "Survey".');
    expect((await run('benchmark', '-w', file, '--references', '--format', 'csv')).out).toBe(
      'source,kpi,value,note\r\nSurvey,csat,80,\r\nSurvey,win_rate,0.3,',
    );
  });

  it('refuses two modes at once and an unknown format', async () => {
    expect((await run('benchmark', '-w', file, '--league', '--partner', 'P-000001')).code).toBe(2);
    expect((await run('benchmark', '-w', file, '--format', 'xml')).code).toBe(2);
  });
});

describe('partnerscope risks', () => {
  it('lists flags, and neutralises formula-like cells in CSV', async () => {
    const json = JSON.parse((await run('risks', '-w', file, '--format', 'json')).out) as RiskReport;
    expect(json.flags.length).toBeGreaterThan(0);
    const target = json.flags[0]!;
    const db = new Database(file);
    db.prepare('UPDATE partners SET name = ? WHERE id = ?').run(
      '=HYPERLINK("http://x","a")',
      target.partnerId,
    );
    bumpDataRevision(db); // as every data-changing write of the app does
    db.close();
    const csv = await run('risks', '-w', file, '--format', 'csv', '--partner', target.externalId);
    const lines = csv.out.split('\r\n');
    expect(lines[0]).toBe(
      'severity,rule,partner_id,name,type,region,value,threshold,unit,explanation',
    );
    expect(lines[1]).toContain(`,${target.externalId},"'=HYPERLINK(""http://x"",""a"")",`);
  });

  it('changes thresholds with --set', async () => {
    const r = await run(
      'risks',
      '-w',
      file,
      '--set',
      'revenue_concentration.maxShare=5%',
      '--set',
      'inactive_partner.periods=3',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as {
      revenue_concentration: { maxShare: number };
      inactive_partner: { periods: number };
    };
    expect(s.revenue_concentration.maxShare).toBe(0.05);
    expect(s.inactive_partner.periods).toBe(3);
    expect((await run('risks', '-w', file, '--set', 'nope.x=1')).code).toBe(2);
  });

  it('shows the alerts inbox and marks alerts done', async () => {
    const inbox = JSON.parse(
      (await run('risks', '-w', file, '--alerts', '--format', 'json')).out,
    ) as AlertInbox;
    expect(inbox.open).toBeGreaterThan(0);
    const id = inbox.alerts[0]!.id;
    expect((await run('risks', '-w', file, '--done', String(id))).out).toBe(
      `1 alert marked done; ${inbox.open - 1} open.`,
    );
    const done = JSON.parse(
      (await run('risks', '-w', file, '--alerts', '--status', 'done', '--format', 'json')).out,
    ) as AlertInbox;
    expect(done.alerts.map((a) => a.id)).toEqual([id]);
  });
});
