/**
 * The one dispatcher every transport calls (Electron IPC, the HTTP host, the CLI, tests): it
 * checks the method name and validates the arguments against the contract's schema before a
 * handler runs, and turns every failure into plain data `{ code, message, details }`.
 */
import { api, isMethodName, type MethodName, writtenTopics } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../app/context';
import { anotherWriterError, isSqliteBusy } from '../workspace/busy';
import type { Handler, Handlers } from './handler-types';
import { handlers as allHandlers } from './handlers';

export type { Dispatch } from './call';
import type { Dispatch } from './call';

export function createDispatcher(ctx: AppContext, handlers: Handlers = allHandlers): Dispatch {
  return async (name, args) => {
    try {
      if (!isMethodName(name)) {
        throw new AppError('UNKNOWN_METHOD', `There is no API method named "${name}".`);
      }
      const parsed = api[name].input.safeParse(args ?? {});
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({
          path: i.path.join('.'),
          message: i.message,
        }));
        const first = issues[0];
        throw new AppError(
          'INVALID_ARGUMENT',
          `Invalid arguments for ${name}: ${first ? `${first.path || '(root)'}: ${first.message}` : 'rejected'}`,
          { issues },
        );
      }
      const handler = handlers[name] as Handler<MethodName>;
      const value = await runWaitingForWriteJobs(ctx, () => handler(parsed.data as never, ctx));
      const topics = writtenTopics(api[name], parsed.data);
      if (topics.length > 0) ctx.emit('api.changed', { method: name, topics: [...topics] });
      return { ok: true, value: value ?? null };
    } catch (error) {
      return { ok: false, error: toErrorData(error) };
    }
  };
}

/**
 * A write made while an import's write job holds the workspace's write lock fails at once with
 * SQLITE_BUSY (before it changed anything: the lock is taken by its first write). It waits for the
 * job to end and runs again, so a save made during an import succeeds instead of joining or
 * losing to it. SQLITE_BUSY with no job of ours running means another process is writing.
 */
async function runWaitingForWriteJobs<T>(ctx: AppContext, run: () => T | Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!isSqliteBusy(error)) throw error;
      const job = ctx.workspace?.writeJob;
      if (!job) throw anotherWriterError();
      await job;
    }
  }
}

export function toErrorData(error: unknown) {
  if (error instanceof AppError) return error.toData();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL' as const, message: `Unexpected error: ${message}` };
}

export { call } from './call';
