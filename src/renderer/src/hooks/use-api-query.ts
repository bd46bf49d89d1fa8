/**
 * Reads one API method for a page and reads it again whenever the workspace changes, a write
 * touched a topic the query reads (the dispatcher's `api.changed` event; `options.reads`, by
 * default its domain's topics, see `changes-store.ts`), or the page asks. Loading is derived from whether the last answer belongs to the current request, so no
 * state is set synchronously inside the effect. A reload the page asked for keeps showing the
 * previous answer (with `refreshing`) instead of flashing a loading state.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput, WriteTopic } from '../../../shared/api';
import { api } from '../api/client';
import { defaultReads, useTopicsStamp } from '../stores/changes-store';
import { toErrorInfo, type ErrorInfo } from '../stores/error-info';
import { useWorkspaceStore } from '../stores/workspace-store';

export type QueryState<T> =
  | { status: 'loading'; data: undefined; error: null }
  | { status: 'error'; data: undefined; error: ErrorInfo }
  | { status: 'success'; data: T; error: null };

export type QueryResult<T> = QueryState<T> & { refreshing: boolean; reload: () => void };

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

  useEffect(() => {
    let live = true;
    api.call(name, JSON.parse(inputJson) as MethodInput<K>).then(
      (data) => live && setAnswer({ scope, key, ok: true, data }),
      (error: unknown) => live && setAnswer({ scope, key, ok: false, error: toErrorInfo(error) }),
    );
    return () => {
      live = false;
    };
  }, [scope, key, name, inputJson]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  const current = answer?.key === key;
  if (answer?.ok && (current || answer.scope === scope)) {
    return { status: 'success', data: answer.data, error: null, refreshing: !current, reload };
  }
  if (answer && !answer.ok && current) {
    return { status: 'error', data: undefined, error: answer.error, refreshing: false, reload };
  }
  return { status: 'loading', data: undefined, error: null, refreshing: false, reload };
}
