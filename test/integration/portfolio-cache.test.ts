/**
 * The Portfolio answer is kept beside the workspace in its wire form (Arrow columns): a cold open
 * answers the Portfolio, the period selector and the alert count without loading the dataset;
 * anything the table depends on (the data, the methodology, the currency) gives another file; a
 * damaged file is computed again.
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

describe('the kept Portfolio', () => {
  const contexts: AppContext[] = [];
  let cleanup: (() => void) | undefined;
  afterEach(() => {
    for (const ctx of contexts.splice(0)) ctx.close();
    cleanup?.();
  });

  async function open(home: string, path: string) {
    const ctx = new AppContext(home);
    contexts.push(ctx);
    const dispatch = createDispatcher(ctx);
    await call(dispatch, 'workspace.open', { path });
    return { ctx, dispatch, service: () => scoringService(ctx.requireWorkspace()) };
  }

  async function portfolio(dispatch: ReturnType<typeof createDispatcher>) {
    const { timings, ...table } = await call(dispatch, 'views.portfolio', {});
    return { table, cached: timings.cached };
  }

  const kept = (path: string) =>
    readdirSync(cacheDir(path)).filter((f) => f.startsWith('portfolio-'));

  it('is read on the next open without loading the dataset, and equals the scored table', async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const home = join(temp.dir, 'home');
    const path = join(temp.dir, 'w.partnerscope');
    const ctx = new AppContext(home);
    contexts.push(ctx);
    const dispatch = createDispatcher(ctx);
    await call(dispatch, 'workspace.create', {
      path,
      demo: { partners: 250, quarters: 5, seed: 11 },
    });
    const scored = await portfolio(dispatch);
    expect(scored.cached).toBe(false);
    const options = await call(dispatch, 'views.options', {});
    const count = await call(dispatch, 'alerts.count', {});
    expect(kept(path)).toHaveLength(1);
    ctx.close();

    const second = await open(home, path);
    expect(second.service().reloads).toBe(0);
    const read = await portfolio(second.dispatch);
    expect(second.service().reloads).toBe(0);
    expect(read.cached).toBe(true);
    // What JSON would have carried, to the bit (nulls, names, every column).
    expect(read.table).toEqual(JSON.parse(JSON.stringify(scored.table)));
    expect(await call(second.dispatch, 'views.options', {})).toEqual(options);
    expect(second.service().reloads).toBe(0);
    expect(await call(second.dispatch, 'alerts.count', {})).toEqual(count);
    expect(second.service().reloads).toBe(0);

    // A partner page needs the dataset: loaded then, once.
    await call(second.dispatch, 'views.partner', { partner: read.table.externalId[0]! });
    expect(second.service().reloads).toBe(1);
  });

  it('is not read after a data change, for another currency or when damaged', async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const home = join(temp.dir, 'home');
    const path = join(temp.dir, 'w.partnerscope');
    const ctx = new AppContext(home);
    contexts.push(ctx);
    const first = { ctx, dispatch: createDispatcher(ctx) };
    await call(first.dispatch, 'workspace.create', {
      path,
      demo: { partners: 120, quarters: 4, seed: 4 },
    });
    const before = await portfolio(first.dispatch);
    const fileBefore = kept(path);

    // The currency is part of the key: another file, the table says EUR.
    first.ctx.requireWorkspace().setSetting('currency', 'EUR');
    const euros = await portfolio(first.dispatch);
    expect(euros.cached).toBe(false);
    expect(euros.table.currency).toBe('EUR');
    expect(kept(path)).toHaveLength(2);

    // A data change: computed again, and the old revision's files are gone.
    bumpDataRevision(first.ctx.requireWorkspace().sqlite);
    const moved = await portfolio(first.dispatch);
    expect(moved.cached).toBe(false);
    expect(kept(path)).toHaveLength(1);
    expect(kept(path)).not.toContain(fileBefore[0]);
    first.ctx.close();

    // Damaged: computed again, the same table.
    writeFileSync(join(cacheDir(path), kept(path)[0]!), 'PSW1 cut short');
    const second = await open(home, path);
    const again = await portfolio(second.dispatch);
    expect(again.cached).toBe(false);
    expect(again.table).toEqual(JSON.parse(JSON.stringify(moved.table)));
    expect(before.table.partnerId).toEqual(again.table.partnerId);
  });
});
