/** Saved Portfolio views through the dispatcher, kept in a real workspace file. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createDispatcher, type Dispatch } from '../../../src/main/core/api/dispatcher';
import { AppContext } from '../../../src/main/core/app/context';
import { Workspace } from '../../../src/main/core/workspace/workspace';
import type { PortfolioViewState } from '../../../src/shared/api';
import { tempDir } from '../../helpers/temp';

const VIEW: PortfolioViewState = {
  search: 'acme',
  filters: { type: ['MSP'], tier: [], region: ['EMEA'], manager: [], segment: [] },
  sort: [{ id: 'composite', desc: true }],
  columns: null,
  brush: { x: [0.5, 1.2], y: [40, 100] },
};

let ctx: AppContext;
let dispatch: Dispatch;
let file: string;
let cleanup: () => void;

beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  ctx = new AppContext(join(t.dir, 'home'));
  file = join(t.dir, 'views.partnerscope');
  ctx.setWorkspace(Workspace.create(file));
  dispatch = createDispatcher(ctx);
});
afterEach(() => {
  ctx.setWorkspace(null);
  cleanup();
});

describe('saved Portfolio views', () => {
  it('saves, replaces by name (any case), lists newest first and deletes', async () => {
    expect(await call(dispatch, 'views.savedViews', {})).toEqual([]);
    await call(dispatch, 'views.saveView', { name: 'EMEA MSPs', view: VIEW });
    const two = await call(dispatch, 'views.saveView', {
      name: 'Top',
      view: { ...VIEW, search: '' },
    });
    expect(two.map((v) => v.name)).toEqual(['Top', 'EMEA MSPs']);
    const replaced = await call(dispatch, 'views.saveView', {
      name: 'emea msps',
      view: { ...VIEW, search: 'beta' },
    });
    expect(replaced.map((v) => v.name)).toEqual(['emea msps', 'Top']);
    expect(replaced[0]!.view.search).toBe('beta');
    expect(replaced[0]!.view.brush).toEqual(VIEW.brush);
    const rest = await call(dispatch, 'views.deleteView', { name: 'TOP' });
    expect(rest.map((v) => v.name)).toEqual(['emea msps']);
  });

  it('keeps the views in the workspace file', async () => {
    await call(dispatch, 'views.saveView', { name: 'EMEA MSPs', view: VIEW });
    ctx.setWorkspace(null);
    ctx.setWorkspace(Workspace.open(file));
    const views = await call(dispatch, 'views.savedViews', {});
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ name: 'EMEA MSPs', view: VIEW });
  });

  it('refuses a view without a name or with a malformed state, naming the field', async () => {
    const empty = await dispatch('views.saveView', { name: '  ', view: VIEW });
    expect(empty.ok).toBe(false);
    const bad = await dispatch('views.saveView', {
      name: 'x',
      view: { ...VIEW, brush: { x: [0], y: [1, 2] } },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('INVALID_ARGUMENT');
      expect(bad.error.message).toMatch(/view\.brush\.x/);
    }
    expect(await call(dispatch, 'views.savedViews', {})).toEqual([]);
  });
});
