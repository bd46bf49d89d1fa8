import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppContext } from '../../src/main/core/app/context';
import { createDispatcher } from '../../src/main/core/api/dispatcher';
import { startHost, type RunningHost } from '../../src/main/host/server';
import { tempDir } from './temp';

export interface TestHost {
  host: RunningHost;
  ctx: AppContext;
  close(): Promise<void>;
}

/** A real HTTP host on a free port over a fresh workspace `w.partnerscope` in a temp folder. */
export async function startTestHost(indexHtml = '<!doctype html>'): Promise<TestHost> {
  const t = tempDir();
  writeFileSync(join(t.dir, 'index.html'), indexHtml);
  const ctx = new AppContext(t.dir);
  const dispatch = createDispatcher(ctx);
  await dispatch('workspace.create', { path: join(t.dir, 'w.partnerscope') });
  const host = await startHost({ ctx, dispatch, rendererDir: t.dir, port: 0 });
  return {
    host,
    ctx,
    close: async () => {
      await host.close();
      ctx.close();
      t.cleanup();
    },
  };
}
