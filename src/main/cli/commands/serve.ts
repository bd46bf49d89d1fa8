import { spawn } from 'node:child_process';
import type { Command } from '../command';
import { intOption, stringOption } from '../command';
import { startHost } from '../../host/server';
import { installChromiumPrinter } from '../../core/export/pdf/chromium-host-printer';
import { warmUpOnOpen } from '../../core/app/warm-up';
import { ensureRendererBuild } from '../renderer-build';
import { CliSession } from '../session';

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
    const session = new CliSession();
    const stopWarmUp = warmUpOnOpen(session.ctx, session.dispatch);
    const workspace = stringOption(args, 'workspace');
    const info = workspace
      ? await session.call('workspace.open', { path: workspace })
      : await session.call('workspace.openDemo', {});
    const requested = intOption(args, 'port', DEFAULT_PORT);
    const options = { ctx: session.ctx, dispatch: session.dispatch, rendererDir };
    // PDFs print with Chromium (Playwright) on a second, in-process host, started on first use.
    const printer = installChromiumPrinter(session.ctx, { ...options, startHost });
    const host = await startHost({ ...options, port: requested }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE' || args.values.port !== undefined) throw error;
        return startHost({ ...options, port: 0 });
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
    stopWarmUp();
    await printer.close();
    await host.close();
    session.close();
    return 0;
  },
};
