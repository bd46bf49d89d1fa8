/**
 * The Arrow dataset cache beside a workspace: a cold load reads it and gives the same dataset
 * (and so the same scores) as SQL; after an import the cache is stale, is not read, and is replaced.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, createDispatcher } from '../../src/main/core/api/dispatcher';
import { AppContext } from '../../src/main/core/app/context';
import { generateDemo } from '../../src/main/core/demo/generate-demo';
import { cacheDir, loadDatasetCached } from '../../src/main/core/scoring/dataset-cache';
import { loadDataset } from '../../src/main/core/scoring/load-dataset';
import { Workspace } from '../../src/main/core/workspace/workspace';
import { tempDir } from '../helpers/temp';
import { ImportHarness, SALES_MAPPING } from '../unit/import/helpers';

const cacheFiles = (path: string) =>
  existsSync(cacheDir(path))
    ? readdirSync(cacheDir(path)).filter((f) => f.startsWith('dataset-'))
    : [];

describe('dataset cache', () => {
  let h: ImportHarness | undefined;
  let cleanup: (() => void) | undefined;
  afterEach(() => {
    h?.close();
    h = undefined;
    cleanup?.();
    cleanup = undefined;
  });

  it('scores a reopened demo workspace from the cache exactly as from SQL', async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'demo.partnerscope');
    let firstPeriod = '';
    const scores = async () => {
      const ctx = new AppContext(join(temp.dir, 'home'));
      ctx.setWorkspace(Workspace.open(path));
      const dispatch = createDispatcher(ctx);
      const periods = [firstPeriod, undefined];
      const out = [];
      for (const period of periods) {
        const { timings: _timings, ...table } = await call(dispatch, 'scoring.score', {
          ...(period ? { period } : {}),
          detail: 'full',
        });
        out.push(table);
      }
      ctx.close();
      return out;
    };
    const ws = Workspace.create(path);
    generateDemo(ws, { partners: 120, quarters: 6, seed: 11 });
    const fromSql = loadDataset(ws.sqlite);
    firstPeriod = fromSql.periods[0]!.key;
    expect(loadDatasetCached(ws.sqlite, path).source).toBe('sql');
    const cached = loadDatasetCached(ws.sqlite, path);
    expect(cached.source).toBe('cache');
    expect(cached.dataset).toEqual(fromSql);
    // The cubes are views of the file's bytes (one buffer for both), not copies out of them.
    expect(cached.dataset.values.buffer).toBe(cached.dataset.targets.buffer);
    expect(cached.dataset.values.buffer.byteLength).toBe(
      statSync(join(cacheDir(path), cacheFiles(path)[0]!)).size,
    );
    // A file cut short (a crash mid-copy) is not read: the dataset comes from SQL again.
    const file = join(cacheDir(path), cacheFiles(path)[0]!);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 100));
    const recovered = loadDatasetCached(ws.sqlite, path);
    expect(recovered.source).toBe('sql');
    expect(recovered.dataset).toEqual(fromSql);
    expect(loadDatasetCached(ws.sqlite, path).source).toBe('cache');
    ws.close();
    expect(cacheFiles(path)).toHaveLength(1);

    const first = await scores();
    const again = await scores();
    expect(again).toEqual(first);
    expect(first[1]!.partnerId).toHaveLength(120);
    expect(first[1]!.composite.some((c) => c !== null)).toBe(true);
    expect(cacheFiles(path)).toHaveLength(1);
  });

  it('rebuilds a stale cache after an import', async () => {
    h = await new ImportHarness().open();
    await h.importFiles(
      { 'sales.csv': 'Partner ID,Date,Amount\nAcme,2024-01-05,10\nBolt,2024-04-02,7\n' },
      SALES_MAPPING,
    );
    const db = h.ctx.requireWorkspace().sqlite;
    const before = loadDatasetCached(db, h.workspacePath);
    expect(loadDatasetCached(db, h.workspacePath).source).toBe('cache');
    const oldFiles = cacheFiles(h.workspacePath);

    await h.importFiles(
      { 'more.csv': 'Partner ID,Date,Amount\nAcme,2024-02-05,5\nCrux,2024-05-01,3\n' },
      SALES_MAPPING,
    );
    const after = loadDatasetCached(db, h.workspacePath);
    expect(after.source).toBe('sql');
    expect(after.dataset).toEqual(loadDataset(db));
    expect(after.dataset).not.toEqual(before.dataset);
    expect(after.dataset.partners.externalId).toContain('Crux');
    expect(loadDatasetCached(db, h.workspacePath)).toMatchObject({ source: 'cache' });
    const files = cacheFiles(h.workspacePath);
    expect(files).toHaveLength(1);
    expect(files).not.toEqual(oldFiles);
  });
});
