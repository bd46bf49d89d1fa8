import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../src/main/core/api/dispatcher';
import { AppContext } from '../../../src/main/core/app/context';
import { warmUpOnOpen } from '../../../src/main/core/app/warm-up';
import { Workspace } from '../../../src/main/core/workspace/workspace';
import { tempDir } from '../../helpers/temp';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('warm-up when a workspace opens', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  function setUp() {
    const temp = tempDir();
    const ctx = new AppContext(join(temp.dir, 'home'));
    cleanup = () => {
      ctx.setWorkspace(null);
      temp.cleanup();
    };
    const calls: string[] = [];
    const dispatch: Dispatch = (name) => {
      calls.push(`${name}:${ctx.workspace?.path ?? 'none'}`);
      return Promise.resolve({ ok: true, value: null });
    };
    return { ctx, dispatch, calls, dir: temp.dir };
  }

  it('asks for the Portfolio page’s default view shortly after a workspace opens', async () => {
    const { ctx, dispatch, calls, dir } = setUp();
    const stop = warmUpOnOpen(ctx, dispatch, 5);
    const path = join(dir, 'a.partnerscope');
    ctx.setWorkspace(Workspace.create(path));
    expect(calls).toEqual([]); // never during the open itself
    await wait(40);
    expect(calls).toEqual([`views.portfolio:${path}`]);
    stop();
  });

  it('then opens the first partner of that Portfolio, so the shared partner-page work is done', async () => {
    const { ctx, dir } = setUp();
    const calls: [string, unknown][] = [];
    const dispatch: Dispatch = (name, args) => {
      calls.push([name, args]);
      return Promise.resolve({
        ok: true,
        value: name === 'views.portfolio' ? { externalId: ['P-7', 'P-9'] } : null,
      });
    };
    const stop = warmUpOnOpen(ctx, dispatch, 5);
    ctx.setWorkspace(Workspace.create(join(dir, 'a.partnerscope')));
    await wait(60);
    expect(calls).toEqual([
      ['views.portfolio', {}],
      ['views.partner', { partner: 'P-7' }],
    ]);
    stop();
  });

  it('skips a workspace that was closed or replaced before the warm-up ran', async () => {
    const { ctx, dispatch, calls, dir } = setUp();
    const stop = warmUpOnOpen(ctx, dispatch, 20);
    ctx.setWorkspace(Workspace.create(join(dir, 'a.partnerscope')));
    const b = join(dir, 'b.partnerscope');
    ctx.setWorkspace(Workspace.create(b));
    await wait(80);
    expect(calls).toEqual([`views.portfolio:${b}`]);
    ctx.setWorkspace(null);
    await wait(40);
    expect(calls).toHaveLength(1);
    stop();
  });

  it('warms a workspace that was already open, and stops listening when told', async () => {
    const { ctx, dispatch, calls, dir } = setUp();
    const a = join(dir, 'a.partnerscope');
    ctx.setWorkspace(Workspace.create(a));
    const stop = warmUpOnOpen(ctx, dispatch, 5);
    await wait(40);
    expect(calls).toEqual([`views.portfolio:${a}`]);
    stop();
    ctx.setWorkspace(Workspace.create(join(dir, 'b.partnerscope')));
    await wait(40);
    expect(calls).toHaveLength(1);
  });
});
