/**
 * `partnerscope disputes list` and `partnerscope digest --out FILE.md` on a demo workspace written
 * by `partnerscope demo` (which carries a resolved revenue dispute and an open tier dispute).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    await main(['demo', '--out', file, '--partners', '80', '--quarters', '4', '--seed', '9'], c.io),
  ).toBe(0);
});
afterAll(() => temp.cleanup());

describe('partnerscope disputes list', () => {
  it('lists open, resolved or all disputes with their waiting time and corrections', async () => {
    const open = capture();
    expect(await main(['disputes', 'list', '--workspace', file], open.io)).toBe(0);
    const openText = open.out.join('\n');
    expect(openText).toMatch(/tier\s+\S+\s+open\s+\d+ d \d+ h/);
    expect(openText).not.toContain('upheld');

    const resolved = capture();
    expect(
      await main(
        ['disputes', 'list', '--workspace', file, '--status', 'resolved', '--format', 'json'],
        resolved.io,
      ),
    ).toBe(0);
    const list = JSON.parse(resolved.out.join('\n')) as {
      status: string;
      corrections: {
        status: string;
        requestedBy: string;
        approvedBy: string;
        scoreBefore: number;
        scoreAfter: number;
      }[];
    }[];
    expect(list).toHaveLength(1);
    expect(list[0]!.status).toBe('resolved_upheld');
    const [c] = list[0]!.corrections;
    expect(c!.status).toBe('approved');
    expect(c!.approvedBy).not.toBe(c!.requestedBy);
    expect(c!.scoreAfter).not.toBe(c!.scoreBefore);

    const all = capture();
    expect(
      await main(
        ['disputes', 'list', '--workspace', file, '--status', 'all', '--format', 'csv'],
        all.io,
      ),
    ).toBe(0);
    expect(all.out.join('\n').trim().split('\n')).toHaveLength(3);

    const bad = capture();
    expect(
      await main(['disputes', 'list', '--workspace', file, '--status', 'closed'], bad.io),
    ).not.toBe(0);
    expect(bad.err.join('\n')).toContain('--status must be one of open, resolved, all');
  });
});

describe('partnerscope digest', () => {
  it('writes the Markdown digest and refuses two scopes or another extension', async () => {
    const out = join(temp.dir, 'digest.md');
    const c = capture();
    expect(await main(['digest', '--workspace', file, '--out', out], c.io)).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# Partner program digest: Whole program — /);
    for (const heading of [
      '## Tier moves',
      '## KPIs against',
      '## Actions overdue',
      '## Methodology changes',
      '## Disputes and corrections',
    ])
      expect(md).toContain(heading);
    expect(md).toContain('**Corrections approved**');

    const bad = capture();
    expect(
      await main(
        ['digest', '--workspace', file, '--region', 'X', '--manager', 'Y', '--out', out],
        bad.io,
      ),
    ).not.toBe(0);
    expect(bad.err.join('\n')).toContain('at most one of --region, --manager or --partner');
    const txt = capture();
    expect(
      await main(['digest', '--workspace', file, '--out', join(temp.dir, 'd.txt')], txt.io),
    ).not.toBe(0);
    expect(txt.err.join('\n')).toContain('--out must end with .pdf or .md');
  });
});
