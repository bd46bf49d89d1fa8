import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import type { CliIo } from '../../src/main/cli/io';
import { tempDir } from '../helpers/temp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), status: () => undefined };
  return { io, out, err };
}

function temp() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  process.env.PARTNERSCOPE_HOME = join(t.dir, 'home');
  return t.dir;
}

describe('partnerscope CLI', () => {
  it('demo writes a workspace whose partner count info reports, equal to the database', async () => {
    const dir = temp();
    const file = join(dir, 'x.db');
    const demo = captureIo();
    expect(
      await main(
        ['demo', '--out', file, '--partners', '150', '--quarters', '4', '--seed', '3'],
        demo.io,
      ),
    ).toBe(0);
    expect(demo.out.join('\n')).toMatch(/Wrote .*x\.db: 150 partners/);
    const info = captureIo();
    expect(await main(['info', '--workspace', file, '--json'], info.io)).toBe(0);
    const parsed = JSON.parse(info.out.join('\n')) as {
      counts: { partners: number; values: number };
    };
    const db = new Database(file, { readonly: true });
    const partners = (db.prepare('SELECT count(*) AS n FROM partners').get() as { n: number }).n;
    const values = (db.prepare('SELECT count(*) AS n FROM measure_values').get() as { n: number })
      .n;
    db.close();
    expect(parsed.counts.partners).toBe(150);
    expect(partners).toBe(150);
    expect(parsed.counts.values).toBe(values);
  });

  it('refuses to overwrite an existing workspace without --force', async () => {
    const dir = temp();
    const file = join(dir, 'x.db');
    expect(await main(['demo', '--out', file, '--partners', '5'], captureIo().io)).toBe(0);
    const again = captureIo();
    expect(await main(['demo', '--out', file, '--partners', '5'], again.io)).toBe(1);
    expect(again.err.join('\n')).toMatch(/already exists/);
    expect(await main(['demo', '--out', file, '--partners', '5', '--force'], captureIo().io)).toBe(
      0,
    );
  });

  it('explains usage mistakes in one line with the usage, exit code 2', async () => {
    temp();
    const bad = captureIo();
    expect(await main(['demo', '--partners', 'many', '--out', 'x.db'], bad.io)).toBe(2);
    expect(bad.err[0]).toContain('--partners needs a whole number');
    const unknown = captureIo();
    expect(await main(['frobnicate'], unknown.io)).toBe(2);
    expect(unknown.err[0]).toContain('unknown command "frobnicate"');
    const flag = captureIo();
    expect(await main(['info', '--wrkspace', 'x'], flag.io)).toBe(2);
  });

  it('reports a missing workspace clearly, without a stack trace', async () => {
    const dir = temp();
    const res = captureIo();
    expect(await main(['info', '--workspace', join(dir, 'nope.db')], res.io)).toBe(1);
    expect(res.err.join('\n')).toMatch(/No workspace at .*nope\.db/);
    expect(res.err.join('\n')).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'nope.db'))).toBe(false);
  });

  it('lists its commands', async () => {
    const res = captureIo();
    expect(await main(['help'], res.io)).toBe(0);
    expect(res.out.join('\n')).toMatch(/demo/);
    expect(res.out.join('\n')).toMatch(/serve/);
  });
});
