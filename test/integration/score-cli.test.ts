import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import type { CliIo } from '../../src/main/cli/io';
import { neutralise } from '../../src/main/cli/score-writers';
import { parseMethodologyArg } from '../../src/main/cli/commands/score';
import { tempDir } from '../helpers/temp';
import { bumpDataRevision } from '../../src/main/core/workspace/data-revision';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), status: () => undefined };
  return { io, out, err };
}

async function demoWorkspace(): Promise<string> {
  const t = tempDir();
  cleanups.push(t.cleanup);
  process.env.PARTNERSCOPE_HOME = join(t.dir, 'home');
  const file = join(t.dir, 'w.db');
  expect(
    await main(
      ['demo', '--out', file, '--partners', '40', '--quarters', '5', '--seed', '5'],
      captureIo().io,
    ),
  ).toBe(0);
  return file;
}

/** Minimal RFC 4180 reader for the test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

describe('partnerscope score', () => {
  it('writes one CSV row per partner with scores, tiers, segments and every KPI, formulas neutralised', async () => {
    const file = await demoWorkspace();
    const db = new Database(file);
    db.prepare('UPDATE partners SET name = \'=HYPERLINK("http://x","a, b")\' WHERE id = 1').run();
    db.prepare("UPDATE partners SET name = '@SUM(1)' , external_id = '-P2' WHERE id = 2").run();
    bumpDataRevision(db); // as every data-changing write of the app does
    db.close();
    const run = captureIo();
    expect(await main(['score', '--workspace', file], run.io)).toBe(0);
    const [header, ...rows] = parseCsv(run.out.join('\n'));
    expect(header!.slice(0, 13)).toEqual([
      'partner_id',
      'external_id',
      'name',
      'composite',
      'revenue_score',
      'pipeline_score',
      'enablement_score',
      'engagement_score',
      'tier',
      'segment',
      'rank',
      'percentile',
      'coverage',
    ]);
    expect(header).toContain('quota_attainment_raw');
    expect(header).toContain('csat_score');
    expect(rows).toHaveLength(40);
    const col = (name: string) => header!.indexOf(name);
    expect(rows[0]![col('name')]).toBe('\'=HYPERLINK("http://x","a, b")');
    expect(rows[1]![col('name')]).toBe("'@SUM(1)");
    expect(rows[1]![col('external_id')]).toBe("'-P2");
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      expect(['Registered', 'Silver', 'Gold', 'Platinum']).toContain(row[col('tier')]);
      expect(['Grow', 'Intervene', 'Exit review', 'Maintain']).toContain(row[col('segment')]);
      expect(Number(row[col('composite')])).toBeGreaterThanOrEqual(0);
    }
    expect(run.err.join('\n')).toMatch(
      /Scored 40 partners for 2026 Q3 with Partner Health v1 · version 1 \(published\)/,
    );
  });

  it('writes JSON and Arrow, for a named version and period', async () => {
    const file = await demoWorkspace();
    const json = captureIo();
    expect(
      await main(
        [
          'score',
          '-w',
          file,
          '--methodology',
          'Partner Health v1@1',
          '--period',
          '2026-Q1',
          '--format',
          'json',
        ],
        json.io,
      ),
    ).toBe(0);
    const parsed = JSON.parse(json.out.join('\n')) as {
      methodology: { version: number };
      period: { key: string };
      rows: Record<string, unknown>[];
    };
    expect(parsed.methodology.version).toBe(1);
    expect(parsed.period.key).toBe('2026-Q1');
    expect(parsed.rows[0]).toHaveProperty('win_rate_score');

    const out = join(file, '..', 'scores.arrow');
    expect(
      await main(['score', '-w', file, '--format', 'arrow', '--out', out], captureIo().io),
    ).toBe(0);
    const table = tableFromIPC(readFileSync(out));
    expect(table.numRows).toBe(40);
    expect(table.schema.fields.map((f) => f.name).slice(0, 4)).toEqual([
      'partner_id',
      'external_id',
      'name',
      'composite',
    ]);
  });

  it('explains usage mistakes and unknown methodologies', async () => {
    const file = await demoWorkspace();
    const bad = captureIo();
    expect(await main(['score', '-w', file, '--format', 'xlsx'], bad.io)).toBe(2);
    expect(bad.err.join('\n')).toMatch(/--format must be one of csv, json, arrow/);
    const arrow = captureIo();
    expect(await main(['score', '-w', file, '--format', 'arrow'], arrow.io)).toBe(2);
    const unknown = captureIo();
    expect(await main(['score', '-w', file, '-m', 'Nope@2'], unknown.io)).toBe(1);
    expect(unknown.err.join('\n')).toMatch(
      /No methodology named "Nope"; there are: Partner Health v1/,
    );
    expect(parseMethodologyArg('EMEA @ 2026@3')).toEqual({
      methodology: 'EMEA @ 2026',
      version: 3,
    });
    expect(neutralise('+1')).toBe("'+1");
    expect(neutralise('Acme')).toBe('Acme');
  });

  it('lists methodologies, diffs versions and verifies snapshots', async () => {
    const file = await demoWorkspace();
    const list = captureIo();
    expect(await main(['methodology', 'list', '-w', file], list.io)).toBe(0);
    expect(list.out.join('\n')).toMatch(/Partner Health v1\s+published version 1/);
    const verify = captureIo();
    expect(await main(['methodology', 'verify', '-w', file], verify.io)).toBe(0);
    expect(verify.out.join('\n')).toMatch(
      /snapshot 1: Partner Health v1 v1 2026-Q3, 40 partners: reproduced identically/,
    );
    const diff = captureIo();
    expect(
      await main(['methodology', 'diff', '-w', file, '--from', '1', '--to', '1'], diff.io),
    ).toBe(0);
    expect(diff.out.join('\n')).toMatch(/no changes/);
    expect(await main(['methodology', 'rename', '-w', file], captureIo().io)).toBe(2);
  });
});
