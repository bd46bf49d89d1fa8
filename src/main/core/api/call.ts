/**
 * The typed call helper on its own, without the dispatcher's handlers: a transport's thread (the
 * browser host's) imports it without loading the whole core, which runs on the core worker.
 */
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import { AppError, type ApiResult } from '../../../shared/errors';

export type Dispatch = (name: string, args: unknown) => Promise<ApiResult<unknown>>;

/** Typed call for in-process callers (CLI, tests): throws AppError on failure. */
export async function call<K extends MethodName>(
  dispatch: Dispatch,
  name: K,
  args: MethodInput<K>,
): Promise<MethodOutput<K>> {
  const result = await dispatch(name, args);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value as MethodOutput<K>;
}
