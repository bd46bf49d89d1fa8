import { afterEach, describe, expect, it } from 'vitest';
import { AppContext } from '../../../src/main/core/app/context';
import { createDispatcher } from '../../../src/main/core/api/dispatcher';
import { tempDir } from '../../helpers/temp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup() {
  const t = tempDir();
  const ctx = new AppContext(t.dir);
  cleanups.push(() => ctx.close(), t.cleanup);
  return { ctx, dispatch: createDispatcher(ctx), dir: t.dir };
}

describe('dispatcher', () => {
  it('refuses an unknown method as data, not as a throw', async () => {
    const { dispatch } = setup();
    const result = await dispatch('workspace.dropEverything', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'UNKNOWN_METHOD',
        message: 'There is no API method named "workspace.dropEverything".',
      },
    });
  });

  it('validates arguments against the contract before a handler runs', async () => {
    const { dispatch } = setup();
    const result = await dispatch('workspace.open', { path: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_ARGUMENT');
      expect(result.error.message).toContain('path');
    }
    const missing = await dispatch('workspace.updateSettings', { fiscalYearStartMonth: 13 });
    expect(missing.ok).toBe(false);
  });

  it('says that no workspace is open', async () => {
    const { dispatch } = setup();
    const result = await dispatch('workspace.overview', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
  });

  it('creates, reopens and lists recent workspaces, emitting workspace.changed', async () => {
    const { ctx, dispatch, dir } = setup();
    const seen: [string, unknown][] = [];
    ctx.onEvent((event, payload) => seen.push([event, payload]));
    const created = await dispatch('workspace.create', { path: `${dir}/a.partnerscope` });
    expect(created).toMatchObject({ ok: true, value: { name: 'a', isDemo: false } });
    const overview = await dispatch('workspace.overview', {});
    expect(overview).toMatchObject({ ok: true, value: { counts: { partners: 0, values: 0 } } });
    const settings = await dispatch('workspace.updateSettings', {
      fiscalYearStartMonth: 7,
      name: 'Acme EMEA',
    });
    expect(settings).toMatchObject({
      ok: true,
      value: { fiscalYearStartMonth: 7, name: 'Acme EMEA' },
    });
    await dispatch('workspace.close', {});
    const reopened = await dispatch('workspace.open', { path: `${dir}/a.partnerscope` });
    expect(reopened).toMatchObject({
      ok: true,
      value: { name: 'Acme EMEA', fiscalYearStartMonth: 7 },
    });
    const recent = await dispatch('workspace.recent', {});
    expect(recent).toMatchObject({
      ok: true,
      value: [{ path: `${dir}/a.partnerscope`, exists: true }],
    });
    expect(seen.filter(([e]) => e === 'workspace.changed').length).toBeGreaterThanOrEqual(3);
  });

  it('turns an unexpected exception into an INTERNAL error', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const ctx = new AppContext(t.dir);
    const dispatch = createDispatcher(ctx, {
      ...(await import('../../../src/main/core/api/handlers')).handlers,
      'workspace.current': () => {
        throw new TypeError('boom');
      },
    });
    expect(await dispatch('workspace.current', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Unexpected error: boom' },
    });
  });
});
