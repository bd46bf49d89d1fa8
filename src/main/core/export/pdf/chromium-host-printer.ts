/**
 * The Chromium printer wired to an in-process host: the CLI and the browser host install it on
 * their context. The host is started on port 0 on first print, serving the renderer build and
 * the same dispatcher, so the print layout reads the open workspace.
 */
import type { AppContext } from '../../app/context';
import type { Dispatch } from '../../api/dispatcher';
import { launchChromiumPrinter } from './chromium-printer';
import { lazyPrinter } from './printer';

export interface HostStarter {
  (options: {
    ctx: Pick<AppContext, 'onEvent'>;
    dispatch: Dispatch;
    rendererDir: string;
    port: number;
  }): Promise<{
    url: string;
    close(): Promise<void>;
  }>;
}

export interface ChromiumHostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  startHost: HostStarter;
  pages?: number;
}

/** `ctx` is the in-process AppContext (CLI) or the core router (browser host). */
export function installChromiumPrinter(
  ctx: Pick<AppContext, 'onEvent' | 'pdfPrinter'>,
  options: ChromiumHostOptions,
) {
  const source = lazyPrinter(() =>
    launchChromiumPrinter({
      pages: options.pages,
      serve: () =>
        options.startHost({
          ctx,
          dispatch: options.dispatch,
          rendererDir: options.rendererDir,
          port: 0,
        }),
    }),
  );
  ctx.pdfPrinter = source;
  return source;
}
