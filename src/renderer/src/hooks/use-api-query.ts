/**
 * Reads one API method for a page and reads it again whenever the workspace changes, a write
 * touched a topic the query reads (the dispatcher's `api.changed` event; `options.reads`, by
 * default its domain's topics, see `changes-store.ts`), or the page asks. Loading is derived from whether the last answer belongs to the current request, so no
 * state is set synchronously inside the effect. A reload the page asked for keeps showing the
 * previous answer (with `refreshing`) instead of flashing a loading state.
 *
 * Answers are also kept for a short while by the exact request they answer (method, input,
 * workspace, a stamp of every write): a page opened again — back to the Portfolio from
 * a partner — shows its answer at once and asks nothing, as long as no write (of any topic)
 * happened since. After 30 s it asks again (something outside the app, such as a CLI import, may have
 * changed the data).
 */
import { useCallback, useEffect, useState } from 'react';
import {
  WRITE_TOPICS,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type WriteTopic,
} from '../../../shared/api';
import { api } from '../api/client';
import { KeptAnswers } from './kept-answers';
import { defaultReads, useChangesStore, useTopicsStamp } from '../stores/changes-store';
import { toErrorInfo, type ErrorInfo } from '../stores/error-info';
import { useWorkspaceStore } from '../stores/workspace-store';

export type QueryState<T> =
  | { status: 'loading'; data: undefined; error: null }
  | { status: 'error'; data: undefined; error: ErrorInfo }
  | { status: 'success'; data: T; error: null };

export type QueryResult<T> = QueryState<T> & { refreshing: boolean; reload: () => void };

/** How long a read caused by a change waits for the change's other events (ms). */
const REREAD_PAUSE_MS = 40;

/** Up to a dozen answers, each for 30 s. */
const kept = new KeptAnswers(30_000, 12);

/** Every write so far, of any topic (read where a hook cannot subscribe). */
function writesSoFar(): number {
  const { counters } = useChangesStore.getState();
  return WRITE_TOPICS.reduce((sum, t) => sum + counters[t], 0);
}

type Answer<T> = { scope: string; key: string } & (
  { ok: true; data: T } | { ok: false; error: ErrorInfo }
);

export function useApiQuery<K extends MethodName>(
  name: K,
  input: MethodInput<K>,
  options: { reads?: readonly WriteTopic[] } = {},
): QueryResult<MethodOutput<K>> {
  const revision = useWorkspaceStore((s) => s.revision);
  const written = useTopicsStamp(options.reads ?? defaultReads(name));
  const [reloads, setReloads] = useState(0);
  const [answer, setAnswer] = useState<Answer<MethodOutput<K>> | null>(null);
  const inputJson = JSON.stringify(input);
  const scope = `${name}|${inputJson}|${revision}`;
  const key = `${scope}|${reloads}|${written}`;
  // Kept answers are found by the request without the page's own reload count, and count only
  // while no write at all happened since they were kept (a page's reads may be wider than it
  // declares). A write this query does not read makes its kept answer stale without asking again.
  const keptKey = `${scope}|${written}`;
  const anyWrite = useTopicsStamp(WRITE_TOPICS);
  const fresh =
    reloads === 0
      ? (kept.get(keptKey, anyWrite) as { data: MethodOutput<K> } | undefined)
      : undefined;

  // Reading again because something changed (this query has answered before): a write usually
  // says so twice in a row (an import's `workspace.changed`, then its `api.changed`), and each
  // changes the key; asking after a short pause asks once, not once per event (at 100,000
  // partners the Portfolio's answer is ~40 MB, read, sent and decoded for nothing).
  const again = answer !== null;
  useEffect(() => {
    if (reloads === 0 && kept.get(keptKey, writesSoFar())) return undefined;
    let live = true;
    const ask = () => {
      // Stamped as of the question: a write while it is answered leaves the answer not kept.
      const asked = writesSoFar();
      api.call(name, JSON.parse(inputJson) as MethodInput<K>).then(
        (data) => {
          kept.put(keptKey, data, asked);
          if (live) setAnswer({ scope, key, ok: true, data });
        },
        (error: unknown) => live && setAnswer({ scope, key, ok: false, error: toErrorInfo(error) }),
      );
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (again) timer = setTimeout(ask, REREAD_PAUSE_MS);
    else ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `again` is read when the key changes, not a reason to ask by itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scope, key, keptKey, reloads, name, inputJson]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  const current = answer?.key === key;
  if (!current && fresh) {
    return { status: 'success', data: fresh.data, error: null, refreshing: false, reload };
  }
  if (answer?.ok && (current || answer.scope === scope)) {
    return { status: 'success', data: answer.data, error: null, refreshing: !current, reload };
  }
  if (answer && !answer.ok && current) {
    return { status: 'error', data: undefined, error: answer.error, refreshing: false, reload };
  }
  return { status: 'loading', data: undefined, error: null, refreshing: false, reload };
}
