/**
 * The core on a worker thread (desktop app) or in a process of its own (browser host): calls
 * travel to it, events come back, the routing thread answers `workspace.current` itself, and a
 * core killed in the middle of a call is replaced with a clear error for that call and nothing
 * lost. A core process also ends when the process that started it ends.
 */
import { decodeAnswer } from '../../src/shared/wire/answer-wire';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../src/main/core/api/dispatcher';
import { CoreClient } from '../../src/main/runtime/core-client';
import { tempDir } from '../helpers/temp';

describe.each(['thread', 'process'] as const)('the core worker (%s)', (isolation) => {
  let client: CoreClient | undefined;
  let cleanup: (() => void) | undefined;
  afterEach(async () => {
    await client?.close();
    cleanup?.();
  });

  function start() {
    const temp = tempDir();
    cleanup = temp.cleanup;
    client = new CoreClient({
      homeDir: join(temp.dir, 'home'),
      warmUp: false,
      printer: 'none',
      isolation,
      // Small parts, so that this test's answers cross a core process in several.
      answerPartBytes: 16 * 1024,
    });
    return { client, path: join(temp.dir, 'w.partnerscope') };
  }

  it('runs calls on the worker, relays events and answers workspace.current while it is busy', async () => {
    const { client, path } = start();
    const events: string[] = [];
    client.onEvent((event) => events.push(event));
    const info = await call(client.dispatch, 'workspace.create', {
      path,
      demo: { partners: 1500, quarters: 8, seed: 7 },
    });
    expect(info.path).toBe(path);
    expect(events).toContain('workspace.changed');

    const order: string[] = [];
    // The first portfolio scores every partner synchronously on the worker's thread.
    const portfolio = call(client.dispatch, 'views.portfolio', {}).then((v) => {
      order.push('portfolio');
      return v;
    });
    const current = await call(client.dispatch, 'workspace.current', {});
    order.push('current');
    expect(current?.path).toBe(path);
    expect((await portfolio).partnerId.length).toBe(1500);
    expect(order).toEqual(['current', 'portfolio']);

    // Answers cross as the bytes the worker encoded: the host writes them as they are. The
    // Portfolio's are its columnar frame (Arrow columns), which decode to what JSON would give.
    const bytes = await client.dispatchJson('views.portfolio', {});
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('PSW1');
    const decoded = decodeAnswer(bytes);
    const first = await portfolio;
    const { timings: _t, ...asJson } = JSON.parse(JSON.stringify(first)) as typeof first;
    expect(decoded).toEqual({ ok: true, value: { ...asJson, timings: expect.anything() } });
    // From a core process, a large answer arrives in parts: the same answer once joined.
    const parts = await client.dispatchParts('views.portfolio', {});
    const whole = Buffer.concat(parts);
    expect(parts.length).toBe(isolation === 'process' ? Math.ceil(whole.byteLength / 16384) : 1);
    expect(parts.length).toBeGreaterThan(isolation === 'process' ? 1 : 0);
    expect(decodeAnswer(whole)).toEqual({
      ok: true,
      value: { ...asJson, timings: expect.anything() },
    });
    const refused = JSON.parse(
      new TextDecoder().decode(await client.dispatchJson('views.partner', { partner: 'nobody' })),
    ) as { ok: boolean; error: { code: string } };
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBeTruthy();
  });

  it('answers a call whose worker was killed with a clear error, restarts it and reopens the workspace', async () => {
    const { client, path } = start();
    await call(client.dispatch, 'workspace.create', {
      path,
      demo: { partners: 200, quarters: 4, seed: 1 },
    });
    const before = await call(client.dispatch, 'workspace.overview', {});

    const inFlight = client.dispatch('workspace.create', {
      path: `${path}.big`,
      demo: { partners: 20_000, quarters: 8, seed: 2 },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await client.kill();
    const result = await inFlight;
    expect(result).toMatchObject({ ok: false, error: { code: 'ENGINE_RESTARTED' } });
    expect(!result.ok && result.error.message).toMatch(/workspace\.create.*Try again/);
    expect(client.restarts).toBe(1);

    const after = await call(client.dispatch, 'workspace.overview', {});
    expect(after).toEqual(before);
  });
});
