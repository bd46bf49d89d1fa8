/**
 * Re-scores the weighting on every change — no debounce, at most one call in flight, the latest
 * input sent when the running call returns — and keeps the previous answer on screen meanwhile.
 * The call is sent straight from the store's change (before React renders the moved slider), so
 * the backend works while the page draws.
 */
import { useEffect, useState } from 'react';
import type { MethodInput, WhatIfResult } from '../../../../shared/api';
import { api } from '../../api/client';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';
import { CoalescingRunner } from './coalescing-runner';
import { useWhatIfStore, type WhatIfEdit } from './whatif-store';

export type RunRequest = MethodInput<'whatif.run'>;

/** What the comparison is for besides the edit: the baseline version and the period. */
export interface RunParams {
  methodologyId: number;
  version: number | null;
  period: string | null;
}

export interface RunState {
  result: WhatIfResult | null;
  error: ErrorInfo | null;
  /** The shown answer (or error) is for an earlier input than the one on screen. */
  pending: boolean;
  /** Answers received so far (for tests and the benchmark: `data-result-seq`). */
  seq: number;
}

export const MOVERS_LISTED = 25;

export function runRequest(p: RunParams, edit: WhatIfEdit): RunRequest {
  return {
    baseline: {
      methodologyId: p.methodologyId,
      ...(p.version !== null ? { version: p.version } : {}),
    },
    definition: edit.definition,
    scope: edit.scope,
    ...(p.period !== null ? { period: p.period } : {}),
    movers: MOVERS_LISTED,
  };
}

interface Job {
  key: string;
  body: RunRequest;
}

interface Answer {
  key: string;
  result: WhatIfResult | null;
  error: ErrorInfo | null;
  seq: number;
}

export function useWhatIfRun(params: RunParams): RunState {
  const paramsKey = JSON.stringify(params);
  const inputSeq = useWhatIfStore((s) => s.inputSeq);
  const [answer, setAnswer] = useState<Answer>({ key: '', result: null, error: null, seq: 0 });

  useEffect(() => {
    const p = JSON.parse(paramsKey) as RunParams;
    const runner = new CoalescingRunner<Job, WhatIfResult>(
      (job) => api.call('whatif.run', job.body),
      (outcome) =>
        setAnswer((prev) =>
          outcome.error !== undefined
            ? { ...prev, key: outcome.input.key, error: toErrorInfo(outcome.error) }
            : {
                key: outcome.input.key,
                result: outcome.result ?? null,
                error: null,
                seq: prev.seq + 1,
              },
        ),
    );
    const send = (edit: WhatIfEdit, seq: number) =>
      runner.submit({ key: `${paramsKey}#${seq}`, body: runRequest(p, edit) }, seq);
    const state = useWhatIfStore.getState();
    if (state.history) send(state.history.current, state.inputSeq);
    const unsubscribe = useWhatIfStore.subscribe((s, prev) => {
      if (s.history && s.history.current !== prev.history?.current)
        send(s.history.current, s.inputSeq);
    });
    return () => {
      unsubscribe();
      runner.dispose();
    };
  }, [paramsKey]);

  return {
    result: answer.result,
    error: answer.error,
    pending: answer.key !== `${paramsKey}#${inputSeq}`,
    seq: answer.seq,
  };
}
