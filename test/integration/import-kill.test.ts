import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportHarness, SALES_MAPPING } from '../unit/import/helpers';

const here = dirname(fileURLToPath(import.meta.url));
let h: ImportHarness | undefined;
afterEach(() => h?.close());

/** Every row of every table, in a stable order: the workspace's whole content. */
function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as { name: string }[];
    const out: Record<string, unknown[]> = {};
    for (const { name } of tables)
      out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
    out.integrity = [db.pragma('integrity_check', { simple: true })];
    return out;
  } finally {
    db.close();
  }
}

describe('an import killed midway', () => {
  it('leaves the workspace exactly as it was (the commit is one transaction)', async () => {
    h = await new ImportHarness().open();
    await h.importFiles(
      { 'first.csv': 'Partner ID,Date,Amount\nP1,2024-01-15,10\nP2,2024-02-15,20\n' },
      SALES_MAPPING,
    );
    const file = h.workspacePath;
    h.ctx.close(); // the child is the only writer
    const before = dump(file);

    const rows = Array.from(
      { length: 60_000 },
      (_, i) =>
        `P${i % 4000},2022-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')},${i}`,
    );
    const csv = join(h.dir, 'big.csv');
    writeFileSync(csv, `Partner ID,Date,Amount\n${rows.join('\n')}\n`);

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(here, 'import-kill-child.ts'), file, csv, join(h.dir, 'child-home')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const killedAt = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        output += d.toString();
        const m = /PROGRESS Writing values (\d+)\/(\d+)\n/.exec(output);
        if (m && Number(m[1]) > 0 && Number(m[1]) < Number(m[2]) && !child.killed) {
          child.kill('SIGKILL');
          resolve(m[0].trim());
        }
      });
      child.on('exit', (code) => {
        if (!child.killed)
          reject(
            new Error(`child ended before it could be killed (${code}): ${output}\n${stderr}`),
          );
      });
    });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(killedAt).toMatch(/^PROGRESS Writing values/);
    expect(output).toContain('COMMIT START');
    expect(output).not.toContain('COMMITTED');

    expect(dump(file)).toEqual(before);
    expect(before.integrity).toEqual(['ok']);
  }, 120_000);
});
