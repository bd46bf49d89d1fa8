/**
 * Item 9 of the methodology-depth work: a workspace written before hierarchies, aggregations,
 * imputation, treatment and denominators existed (fixture made by the previous release) keeps
 * every score bit for bit, its snapshot still verifies, and its stored definition keeps its
 * exact canonical JSON (so its hash and every cache key stay the same).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import type { CliIo } from '../../src/main/cli/io';
import { methodologyDefinitionSchema } from '../../src/shared/api/scoring-methodology';
import { canonicalJson, definitionHash } from '../../src/main/core/scoring/versions/canonical-json';
import { compileMethodology } from '../../src/main/core/scoring/compile-methodology';
import { tempDir } from '../helpers/temp';

const fixtures = join(__dirname, '../fixtures/methodology-depth');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), status: () => undefined };
  return { cli, out, err };
}

function copyFixture(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  process.env.PARTNERSCOPE_HOME = join(t.dir, 'home');
  const file = join(t.dir, 'old.partnerscope');
  copyFileSync(join(fixtures, 'before-hierarchies.partnerscope'), file);
  return file;
}

describe('a workspace from before methodology depth', () => {
  it('keeps every score of every scored period bit for bit', async () => {
    const file = copyFixture();
    for (const period of ['2026-Q2', '2026-Q3']) {
      const out = join(file, '..', `${period}.json`);
      const { cli } = io();
      expect(
        await main(
          ['score', '--workspace', file, '--period', period, '--format', 'json', '--out', out],
          cli,
        ),
      ).toBe(0);
      const now = JSON.parse(readFileSync(out, 'utf8')) as { rows: unknown[] };
      const before = JSON.parse(readFileSync(join(fixtures, `old-${period}.json`), 'utf8')) as {
        rows: unknown[];
      };
      expect(now.rows.length).toBeGreaterThan(0);
      expect(now.rows).toStrictEqual(before.rows);
    }
  });

  it('verifies its published snapshot identically', async () => {
    const file = copyFixture();
    const { cli, out } = io();
    expect(await main(['methodology', 'verify', '--workspace', file], cli)).toBe(0);
    expect(out.join('\n')).toMatch(/reproduced identically/);
  });

  it('keeps the exact canonical JSON of its stored definitions, compiled without a tree', () => {
    const db = new Database(join(fixtures, 'before-hierarchies.partnerscope'), { readonly: true });
    const rows = db.prepare('SELECT definition FROM methodology_versions').all() as {
      definition: string;
    }[];
    db.close();
    expect(rows.length).toBeGreaterThan(0);
    for (const { definition } of rows) {
      const stored = JSON.parse(definition) as unknown;
      const parsed = methodologyDefinitionSchema.parse(stored);
      expect(canonicalJson(parsed)).toBe(canonicalJson(stored));
      expect(definitionHash(parsed)).toBe(definitionHash(stored));
      for (const key of ['groups', 'aggregation']) expect(parsed).not.toHaveProperty(key);
      for (const k of parsed.kpis) {
        for (const key of ['group', 'imputation', 'treatment', 'denominator'])
          expect(k).not.toHaveProperty(key);
      }
      expect(compileMethodology(parsed).tree).toBeNull();
    }
  });
});
