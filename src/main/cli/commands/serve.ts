import { spawn } from 'node:child_process';
import type { Command } from '../command';
import { intOption, stringOption } from '../command';
import { startHost } from '../../host/server';
import { installChromiumPrinter } from '../../core/export/pdf/chromium-host-printer';
import { call } from '../../core/api/dispatcher';
import { defaultHomeDir } from '../../core/app/home-dir';
import { CoreRouter } from '../../runtime/core-router';
import { ensureRendererBuild } from '../renderer-build';

const DEFAULT_PORT = 4780;

function openInBrowser(url: string) {
  const opener =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the app to a browser on 127.0.0.1 (browser mode)',
  usage: 'partnerscope serve [--workspace FILE] [--port N] [--open]',
  options: {
    workspace: { type: 'string', short: 'w' },
    port: { type: 'string', short: 'p' },
    open: { type: 'boolean' },
  },
  async run(args, io) {
    const rendererDir = ensureRendererBuild(io.err);
    // The core (SQLite + engine, warm-up included) runs in a worker thread; this thread only
    // serves HTTP and routes calls and events, so it answers while the worker is busy.
    const router = new CoreRouter({ homeDir: defaultHomeDir(), warmUp: true });
    const workspace = stringOption(args, 'workspace');
    const info = workspace
      ? await call(router.dispatch, 'workspace.open', { path: workspace })
      : await call(router.dispatch, 'workspace.openDemo', {});
    const requested = intOption(args, 'port', DEFAULT_PORT);
    const options = { ctx: router, dispatch: router.dispatch, rendererDir };
    // PDFs print with Chromium (Playwright) on a second host, started on first use; the worker
    // asks this thread to print.
    const printer = installChromiumPrinter(router, { ...options, startHost });
    const served = { ...options, dispatchJson: router.dispatchJson };
    const host = await startHost({ ...served, port: requested }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE' || args.values.port !== undefined) throw error;
        return startHost({ ...served, port: 0 });
      },
    );
    io.out(`Partnerscope is running at ${host.url}`);
    io.out(`Workspace: ${info.path}`);
    io.out('Only this computer can reach it, and only with the link above. Press Ctrl+C to stop.');
    if (args.values.open) openInBrowser(host.url);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await printer.close();
    await host.close();
    await router.close();
    return 0;
  },
};
