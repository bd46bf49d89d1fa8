/**
 * What the backend's writes touched: one counter per write topic, advanced by the dispatcher's
 * `api.changed` event. A query reads the counters of the topics it depends on and reads again when
 * one of them moves (see `useApiQuery`), so pages need no hand-written reloads after a save.
 */
import { create } from 'zustand';
import { WRITE_TOPICS, type MethodName, type WriteTopic } from '../../../shared/api';
import { api } from '../api/client';

type Counters = Record<WriteTopic, number>;

interface ChangesState {
  counters: Counters;
  record: (topics: readonly WriteTopic[]) => void;
}

export const useChangesStore = create<ChangesState>()((set) => ({
  counters: Object.fromEntries(WRITE_TOPICS.map((t) => [t, 0])) as Counters,
  record: (topics) =>
    set((s) => {
      const counters = { ...s.counters };
      for (const t of topics) counters[t] += 1;
      return { counters };
    }),
}));

/** Follows `api.changed`. Returns a stop function. */
export function startChangesStore(): () => void {
  return api.on('api.changed', ({ topics }) => useChangesStore.getState().record(topics));
}

/**
 * What a read method depends on unless its query says otherwise: its domain's own topic plus
 * the scoring data and methodologies most results are computed from. A new domain adds a line.
 */
const READS_BY_DOMAIN: Record<string, readonly WriteTopic[]> = {
  workspace: ['settings', 'data', 'imports'],
  import: ['imports', 'data'],
  scoring: ['methodology', 'data'],
  methodology: ['methodology', 'data'],
  // Not 'methodology': publishing from the page must not reset the page (it shows the outcome).
  whatif: ['data'],
  scenarios: ['scenarios', 'methodology', 'data'],
  views: ['views', 'methodology', 'data', 'settings'],
  qbr: ['qbr', 'improvement', 'methodology', 'data'],
  export: ['methodology', 'data'],
  benchmark: ['benchmark', 'data'],
  risks: ['risks', 'data'],
  alerts: ['alerts', 'risks', 'methodology', 'data'],
  mdf: ['mdf', 'data'],
  disputes: ['disputes', 'data'],
  digest: ['disputes', 'qbr', 'methodology', 'data'],
  improvement: ['improvement', 'qbr', 'methodology', 'data'],
  diagnostics: ['methodology', 'data'],
  governance: ['governance', 'methodology', 'data', 'mdf'],
  signals: ['signals', 'data'],
  reviews: ['reviews', 'qbr', 'alerts', 'settings', 'methodology', 'data'],
};

export function defaultReads(name: MethodName): readonly WriteTopic[] {
  return READS_BY_DOMAIN[name.slice(0, name.indexOf('.'))] ?? WRITE_TOPICS;
}

/** A number that moves whenever one of `topics` was written. */
export function useTopicsStamp(topics: readonly WriteTopic[]): number {
  return useChangesStore((s) => topics.reduce((sum, t) => sum + s.counters[t], 0));
}
