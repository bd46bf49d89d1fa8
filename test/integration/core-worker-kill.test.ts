/**
 * The cancel of a running commit answers at once (the router knows the job) and rolls it back.
 * A core worker killed in the middle of an import commit: the caller gets ENGINE_RESTARTED, the
 * worker comes back with the workspace reopened, and the workspace holds exactly what it held
 * before the commit (SQLite's transaction), including an earlier import.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportHistoryEntry } from '../../src/shared/api';
import type { ApiResult } from '../../src/shared/errors';
import { CoreClient } from '../../src/main/runtime/core-client';
import type { CoreIsolation } from '../../src/main/runtime/protocol';
import { tempDir } from '../helpers/temp';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openRouter(isolation: CoreIsolation) {
  const t = tempDir();
  const router = new CoreClient({ homeDir: t.dir, warmUp: false, printer: 'none', isolation });
  cleanups.push(t.cleanup, () => router.close());
  const path = join(t.dir, 'w.partnerscope');
  const created = await router.dispatch('workspace.create', { path });
  expect(created.ok).toBe(true);
  return { router, dir: t.dir, path };
}

function value<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const MAPPING = {
  files: [
    {
      kind: 'transactions',
      partner: 'Partner ID',
      date: 'Date',
      measures: [{ measure: 'revenue', rule: 'sum', value: 'Amount' }],
    },
  ],
  options: { grains: ['month', 'quarter', 'year'], unknownPartners: 'create' },
};

async function analyse(router: CoreClient, file: string) {
  const staged = value<{ fileId: string }>(
    await router.dispatch('import.stagePath', { path: file }),
  );
  return value<{ analysisId: string }>(
    await router.dispatch('import.analyse', { fileIds: [staged.fileId], mapping: MAPPING }),
  );
}

/** Every row of every table, read through a connection of our own. */
function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as { name: string }[];
    const out: Record<string, unknown[]> = {};
    for (const { name } of tables)
      out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
    return out;
  } finally {
    db.close();
  }
}

describe.each(['thread', 'process'] as const)('the core worker (%s)', (isolation) => {
  it('answers the cancel of a running job at once and the job sees it', async () => {
    const { router, dir } = await openRouter(isolation);
    const rows = Array.from(
      { length: 200_000 },
      (_, i) => `P${i % 5000},2023-0${(i % 9) + 1}-1${i % 10},${i}`,
    );
    const csv = join(dir, 'big.csv');
    writeFileSync(csv, `Partner ID,Date,Amount\n${rows.join('\n')}\n`);
    const report = await analyse(router, csv);
    const order: string[] = [];
    const started = new Promise<void>((resolve) =>
      router.onEvent((event, payload) => {
        const p = payload as { task: string; label: string };
        if (event === 'progress' && p.task === 'import:c1' && p.label === 'Writing values') {
          resolve();
        }
      }),
    );
    const commit = router
      .dispatch('import.commit', { analysisId: report.analysisId, jobId: 'c1' })
      .then((result) => {
        order.push('commit answered');
        return result;
      });
    await started;
    const cancel = await router.dispatch('import.cancel', { jobId: 'c1' });
    order.push('cancel answered');
    expect(value(cancel)).toEqual({ cancelled: true });
    const result = await commit;
    expect(order).toEqual(['cancel answered', 'commit answered']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('CANCELLED');
    expect(value<ImportHistoryEntry[]>(await router.dispatch('import.history', {}))).toEqual([]);
  });

  it('a worker killed mid-commit: a clear error, the workspace reopened, nothing half-written', async () => {
    const { router, dir, path } = await openRouter(isolation);
    // A first import that must survive.
    const small = join(dir, 'small.csv');
    writeFileSync(small, 'Partner ID,Date,Amount\nP1,2024-01-15,10\nP2,2024-02-15,20\n');
    const first = await analyse(router, small);
    value(await router.dispatch('import.commit', { analysisId: first.analysisId }));
    const before = dump(path);

    const rows = Array.from(
      { length: 300_000 },
      (_, i) => `Q${i % 6000},2022-0${(i % 9) + 1}-2${i % 8},${i}`,
    );
    const big = join(dir, 'big.csv');
    writeFileSync(big, `Partner ID,Date,Amount\n${rows.join('\n')}\n`);
    const report = await analyse(router, big);
    let killed: Promise<void> | undefined;
    const unsubscribe = router.onEvent((event, payload) => {
      const p = payload as { task: string; label: string; done: number; total: number };
      if (event !== 'progress' || p.task !== 'import:big' || p.label !== 'Writing values') return;
      if (killed) return;
      if (p.done > 0 && p.done < p.total) killed = router.kill();
    });
    const result = await router.dispatch('import.commit', {
      analysisId: report.analysisId,
      jobId: 'big',
    });
    unsubscribe();
    expect(killed).toBeDefined();
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'ENGINE_RESTARTED',
        message:
          'The background engine stopped while working on import.commit and was restarted; nothing was saved from that call. Try again.',
      },
    });
    expect(router.restarts).toBe(1);

    // The next call works, on the reopened workspace, which holds exactly what it held before.
    const history = value<ImportHistoryEntry[]>(await router.dispatch('import.history', {}));
    expect(history.map((h) => h.fileNames)).toEqual([['small.csv']]);
    expect(value<{ path: string }>(await router.dispatch('workspace.current', {})).path).toBe(path);
    expect(dump(path)).toEqual(before);
  });
});
