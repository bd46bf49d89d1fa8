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

/**
 * Views asked for right after a workspace opens: the Portfolio page's default request, then one
 * partner page, which computes what every partner page shares once per data revision (the KPI
 * cube, peer statistics, tier histories: about 0.6 s at 100k partners), so the first partner a
 * user opens costs what any other does.
 */
const WARM_CALLS: readonly [string, (previous: unknown) => unknown][] = [
  ['views.portfolio', () => ({})],
  [
    'views.partner',
    (portfolio) => {
      const first = (portfolio as { externalId?: string[] } | undefined)?.externalId?.[0];
      return first === undefined ? undefined : { partner: first };
    },
  ],
];

/** Lets calls that queued meanwhile (a page's own requests) go first. */
const yieldToCalls = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `beforeNext` runs between two warm calls: the core worker waits there until the page it serves
 * has had its first answers (the Portfolio, kept beside the workspace, is read in a fraction of a
 * second; loading the dataset and scoring for the partner page is not, and would hold up the page's
 * own first requests behind it).
 */
export function warmUpOnOpen(
  ctx: AppContext,
  dispatch: Dispatch,
  delayMs = 50,
  beforeNext: () => Promise<void> = yieldToCalls,
): () => void {
  const warm = (path: string) => {
    setTimeout(() => {
      void (async () => {
        let previous: unknown;
        for (const [name, argsFrom] of WARM_CALLS) {
          // Another workspace was opened (or this one closed) meanwhile: nothing to warm.
          if (ctx.workspace?.path !== path) return;
          const args = argsFrom(previous);
          if (args === undefined) return;
          const result = await dispatch(name, args);
          // Errors (e.g. no data yet) are for the page to show.
          if (!result.ok) return;
          previous = result.value;
          await beforeNext();
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
