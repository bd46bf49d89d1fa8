/**
 * The scored trend is kept beside the workspace by data revision and methodology: opening the
 * workspace again reads it instead of scoring every period, with the same portfolio to the bit; a
 * damaged file is scored again; a data change never reads an old one.
 */
import { readdirSync, writeFileSync } from 'node:fs';
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

  async function portfolioOf(s: ReturnType<typeof session>) {
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
});
