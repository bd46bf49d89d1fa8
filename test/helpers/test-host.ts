import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHost, type RunningHost } from '../../src/main/host/server';
import { CoreRouter } from '../../src/main/runtime/core-router';
import { tempDir } from './temp';

export interface TestHost {
  host: RunningHost;
  /** The router the host carries calls through to the core worker, as in the app. */
  router: CoreRouter;
  /** The temp folder (home of the app) holding `w.partnerscope`. */
  dir: string;
  close(): Promise<void>;
}

/**
 * A real HTTP host on a free port over a fresh workspace `w.partnerscope` in a temp folder, with
 * the core in a worker thread exactly as `partnerscope serve` runs it (test hooks enabled).
 */
export async function startTestHost(indexHtml = '<!doctype html>'): Promise<TestHost> {
  const t = tempDir();
  writeFileSync(join(t.dir, 'index.html'), indexHtml);
  const router = new CoreRouter({ homeDir: t.dir, testHooks: true });
  const created = await router.dispatch('workspace.create', {
    path: join(t.dir, 'w.partnerscope'),
  });
  if (!created.ok) throw new Error(created.error.message);
  const host = await startHost({
    ctx: router,
    dispatch: router.dispatch,
    dispatchJson: router.dispatchJson,
    rendererDir: t.dir,
    port: 0,
  });
  return {
    host,
    router,
    dir: t.dir,
    close: async () => {
      await host.close();
      await router.close();
      t.cleanup();
    },
  };
}
