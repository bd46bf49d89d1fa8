/**
 * Methods only a worker started with `testHooks` answers, so tests can stand for a worker stuck in
 * a long synchronous call or one that dies: `__test.block` spins for `ms` milliseconds without
 * yielding; `__test.emit` sends a `progress` event; `__test.crash` throws at the worker's top level (an uncaught error ends the thread).
 */
import type { EventMap } from '../../shared/api';
import type { ApiResult } from '../../shared/errors';
import type { AppContext } from '../core/app/context';

export function runTestHook(
  name: string,
  args: unknown,
  ctx: AppContext,
): Promise<ApiResult<unknown>> | undefined {
  const ms = Number((args as { ms?: unknown } | null)?.ms ?? 0);
  if (name === '__test.block') {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      // busy: nothing else runs on this thread meanwhile
    }
    return Promise.resolve({ ok: true, value: { blockedMs: ms } });
  }
  if (name === '__test.emit') {
    ctx.emit('progress', args as EventMap['progress']);
    return Promise.resolve({ ok: true, value: null });
  }
  if (name === '__test.crash') {
    setTimeout(() => {
      throw new Error('test hook: the worker crashed at its top level');
    }, ms);
    return new Promise(() => undefined); // never answers: the thread dies first
  }
  return undefined;
}
