/**
 * The scored trend is kept beside the workspace by data revision and methodology: opening the
 * workspace again reads it instead of scoring every period, with the same portfolio to the bit; a
 * damaged file is scored again; a data change never reads an old one.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, createDispatcher } from '../../src/main/core/api/dispatcher';
import { AppContext } from '../../src/main/core/app/context';
import { cacheDir } from '../../src/main/core/scoring/dataset-cache';
import { scoringService } from '../../src/main/core/scoring/service/scoring-service';
import { bumpDataRevision } from '../../src/main/core/workspace/data-revision';
import { tempDir } from '../helpers/temp';

describe('the persisted trend', () => {
  const contexts: AppContext[] = [];
  let cleanup: (() => void) | undefined;
  afterEach(() => {
    for (const ctx of contexts.splice(0)) ctx.close();
    cleanup?.();
  });

  function session(home: string) {
    const ctx = new AppContext(home);
    contexts.push(ctx);
    return { ctx, dispatch: createDispatcher(ctx) };
  }

  /**
   * The Portfolio as scored from the trend: the Portfolio answer itself is kept beside the
   * workspace too (portfolio-cache.test.ts), and a kept answer would not read the trend at all.
   */
  async function portfolioOf(s: ReturnType<typeof session>) {
    const path = s.ctx.requireWorkspace().path;
    if (existsSync(cacheDir(path)))
      for (const file of readdirSync(cacheDir(path), { withFileTypes: true }))
        if (file.name.startsWith('portfolio-')) rmSync(join(cacheDir(path), file.name));
    const { timings: _t, ...table } = await call(s.dispatch, 'views.portfolio', {});
    return { table, service: scoringService(s.ctx.requireWorkspace()) };
  }

  const trendFiles = (path: string) =>
    readdirSync(cacheDir(path)).filter((f) => f.startsWith('trend-'));

  it('is read on the next open, scored again when damaged or when the data moved', async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const home = join(temp.dir, 'home');
    const path = join(temp.dir, 'w.partnerscope');

    const first = session(home);
    await call(first.dispatch, 'workspace.create', {
      path,
      demo: { partners: 300, quarters: 6, seed: 3 },
    });
    const scored = await portfolioOf(first);
    expect(scored.service.trendsRead).toBe(0);
    expect(trendFiles(path)).toHaveLength(1);
    first.ctx.close();

    const second = session(home);
    await call(second.dispatch, 'workspace.open', { path });
    const reopened = await portfolioOf(second);
    expect(reopened.service.trendsRead).toBe(1);
    expect(reopened.table).toEqual(scored.table);
    second.ctx.close();

    // A damaged file is not read: scored again, same answer.
    writeFileSync(join(cacheDir(path), trendFiles(path)[0]!), 'PSTREND1 cut short');
    const third = session(home);
    await call(third.dispatch, 'workspace.open', { path });
    const rescored = await portfolioOf(third);
    expect(rescored.service.trendsRead).toBe(0);
    expect(rescored.table).toEqual(scored.table);

    // A data change moves the revision: the old file is neither read nor kept.
    const before = trendFiles(path);
    bumpDataRevision(third.ctx.requireWorkspace().sqlite);
    const moved = await portfolioOf(third);
    expect(moved.service.trendsRead).toBe(0);
    const after = trendFiles(path);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
  });

  /** The portfolio scored from SQL with no cache file read or written: the ground truth. */
  async function freshPortfolio(home: string, path: string) {
    process.env.PARTNERSCOPE_DATASET_CACHE = '0';
    try {
      const s = session(home);
      await call(s.dispatch, 'workspace.open', { path });
      const { table, service } = await portfolioOf(s);
      expect(service.trendsRead).toBe(0);
      s.ctx.close();
      return table;
    } finally {
      delete process.env.PARTNERSCOPE_DATASET_CACHE;
    }
  }

  it('is not read after an approved correction or for another methodology', async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const home = join(temp.dir, 'home');
    const path = join(temp.dir, 'w.partnerscope');
    const first = session(home);
    await call(first.dispatch, 'workspace.create', {
      path,
      demo: { partners: 80, quarters: 4, seed: 5 },
    });
    const before = await portfolioOf(first);
    const ws = first.ctx.requireWorkspace();

    // Another methodology (other weights) is scored, not read from this one's file, and kept
    // beside it under its own name.
    const { definition } = await call(first.dispatch, 'whatif.context', {});
    const other = structuredClone(definition);
    other.kpis[0]!.weight = other.kpis[0]!.weight + 7;
    const service = scoringService(ws);
    const otherTrend = service.trend(service.plan(other));
    expect(service.trendsRead).toBe(0);
    expect(trendFiles(path)).toHaveLength(2);
    expect(otherTrend.composite).not.toEqual(
      before.service.trend(before.service.plan(definition)).composite,
    );

    // An approved correction changes the data in force: the old files are not read.
    const i = before.table.composite.findIndex((c) => c !== null);
    const partner = before.table.externalId[i]!;
    const request = await call(first.dispatch, 'disputes.requestCorrection', {
      partner,
      period: before.table.period.key,
      measure: 'revenue',
      value: 9_999_999,
      reason: 'Booked to the wrong reseller',
      requestedBy: 'Ana Ruiz',
    });
    await call(first.dispatch, 'disputes.approveCorrection', {
      id: request.id,
      approver: 'Bo Lee',
    });
    const corrected = await portfolioOf(first);
    expect(corrected.service.trendsRead).toBe(0);
    expect(corrected.table.composite[i]).not.toBe(before.table.composite[i]);
    first.ctx.close();

    // Reopened: the corrected trend is read, and the portfolio is the one scored from scratch.
    const second = session(home);
    await call(second.dispatch, 'workspace.open', { path });
    const reopened = await portfolioOf(second);
    expect(reopened.service.trendsRead).toBe(1);
    expect(reopened.table).toEqual(corrected.table);
    second.ctx.close();
    expect(await freshPortfolio(home, path)).toEqual(corrected.table);
  });
});
