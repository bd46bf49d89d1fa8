/**
 * Interactive transports (the browser host, the desktop shell) score a workspace in the
 * background as soon as it opens, the way the Portfolio page first asks for it, so that the first
 * visit finds the dataset loaded and the scores cached instead of waiting for both (4.6 s at 10k
 * partners). The CLI and tests do not warm up: they ask for what they need.
 * It runs inside the core worker (src/main/runtime), so the thread that serves the UI keeps
 * answering while it works.
 */
import type { Dispatch } from '../api/dispatcher';
import type { AppContext } from './context';

/** Views asked for right after a workspace opens: the Portfolio page's default request. */
const WARM_CALLS: readonly [string, unknown][] = [['views.portfolio', {}]];

export function warmUpOnOpen(ctx: AppContext, dispatch: Dispatch, delayMs = 50): () => void {
  const warm = (path: string) => {
    setTimeout(() => {
      void (async () => {
        for (const [name, args] of WARM_CALLS) {
          // Another workspace was opened (or this one closed) meanwhile: nothing to warm.
          if (ctx.workspace?.path !== path) return;
          await dispatch(name, args); // errors (e.g. no data yet) are for the page to show
        }
      })();
    }, delayMs);
  };
  if (ctx.workspace) warm(ctx.workspace.path);
  return ctx.onEvent((event, payload) => {
    if (event === 'workspace.changed' && 'workspace' in payload && payload.workspace) {
      warm(payload.workspace.path);
    }
  });
}
