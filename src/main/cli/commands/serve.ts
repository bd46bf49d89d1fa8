import { spawn } from 'node:child_process';
import type { Command } from '../command';
import { intOption, stringOption } from '../command';
import { call } from '../../core/api/call';
import { defaultHomeDir } from '../../core/app/home-dir';
import { startHost } from '../../host/server';
import { CoreClient } from '../../runtime/core-client';
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
    // The workspace, the engine and PDF printing (Chromium, on a second host started on first
    // use) live in the core's own process, below this one's priority; this process only serves
    // files and routes calls.
    const core = new CoreClient({
      homeDir: defaultHomeDir(),
      warmUp: true,
      printer: 'chromium',
      rendererDir,
      isolation: 'process',
    });
    const workspace = stringOption(args, 'workspace');
    const info = await call(
      core.dispatch,
      workspace ? 'workspace.open' : 'workspace.openDemo',
      workspace ? { path: workspace } : {},
    ).catch(async (error: unknown) => {
      await core.close();
      throw error;
    });
    const requested = intOption(args, 'port', DEFAULT_PORT);
    const options = {
      ctx: core,
      dispatch: core.dispatch,
      dispatchJson: core.dispatchParts,
      rendererDir,
    };
    const host = await startHost({ ...options, port: requested }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE' || args.values.port !== undefined) throw error;
        return startHost({ ...options, port: 0 });
      },
    );
    // Listening for Ctrl+C / SIGTERM before the address is printed: a script that stops the host
    // as soon as it reads the address must not find the default handler (killed, status null).
    const stopped = new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    io.out(`Partnerscope is running at ${host.url}`);
    io.out(`Workspace: ${info.path}`);
    io.out('Only this computer can reach it, and only with the link above. Press Ctrl+C to stop.');
    if (args.values.open) openInBrowser(host.url);
    await stopped;
    await host.close();
    await core.close();
    return 0;
  },
};
