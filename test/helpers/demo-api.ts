/**
 * The API over a seeded in-memory demo workspace, for tests that drive the dispatcher like a
 * transport does: `api(name, args)` resolves with the method's output or throws its AppError.
 */
import { expect } from 'vitest';
import { call, createDispatcher, type Dispatch } from '../../src/main/core/api/dispatcher';
import { AppContext } from '../../src/main/core/app/context';
import { generateDemo } from '../../src/main/core/demo/generate-demo';
import { Workspace } from '../../src/main/core/workspace/workspace';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api';
import type { DemoOptions } from '../../src/shared/api/workspace';
import { AppError } from '../../src/shared/errors';
import { tempDir } from './temp';

export interface DemoApi {
  ctx: AppContext;
  dispatch: Dispatch;
  ws: Workspace;
  api: <K extends MethodName>(name: K, args: MethodInput<K>) => Promise<MethodOutput<K>>;
  /** Closes the workspace and removes the app's temporary home folder. */
  close: () => void;
}

export function openDemoApi(demo: DemoOptions): DemoApi {
  const temp = tempDir();
  const ctx = new AppContext(temp.dir);
  const ws = Workspace.open(':memory:');
  generateDemo(ws, demo);
  ctx.setWorkspace(ws);
  const dispatch = createDispatcher(ctx);
  return {
    ctx,
    dispatch,
    ws,
    api: (name, args) => call(dispatch, name, args),
    close: () => {
      ctx.close();
      temp.cleanup();
    },
  };
}

/** The AppError a call failed with (the test fails when it succeeded or threw something else). */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Expects the call to fail with `code` (and a message matching `message`). */
export async function rejects(promise: Promise<unknown>, code: string, message?: RegExp) {
  const error = await failure(promise);
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
}
