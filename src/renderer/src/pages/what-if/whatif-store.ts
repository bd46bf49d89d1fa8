/**
 * The weighting being tried on the What-if page: the baseline it started from, the edits with
 * their undo/redo history, the saved scenario it came from (if any) and the weight locks. Kept
 * while the user visits a partner and comes back. Every change of what is on screen sets the
 * `whatif:input` performance mark and bumps `inputSeq`, which the scoring run answers to.
 */
import { create } from 'zustand';
import type { MethodologyDefinition, ScenarioDetail, ScenarioScope } from '../../../../shared/api';
import * as h from './history';

/** What a scenario changes: the definition and whom it applies to. */
export interface WhatIfEdit {
  definition: MethodologyDefinition;
  scope: ScenarioScope | null;
}

export interface LoadedScenario {
  id: number;
  name: string;
  note: string;
  /** The scenario as saved (JSON), to tell unsaved changes. */
  saved: string;
}

export interface PageNotice {
  title: string;
  message: string;
  link: { label: string; to: string };
}

interface WhatIfState {
  /** Which workspace, methodology and version the baseline is. */
  key: string | null;
  baseline: WhatIfEdit | null;
  history: h.History<WhatIfEdit> | null;
  loaded: LoadedScenario | null;
  /** Locked weights: `group:<key>` and `kpi:<key>`. */
  locks: Record<string, boolean>;
  inputSeq: number;
  /** Grows whenever saved scenarios change (the list reads them again). */
  listRevision: number;
  bumpList: () => void;
  /** A notice shown over the page (a scenario was published). */
  notice: PageNotice | null;
  setNotice: (notice: PageNotice | null) => void;
  load: (key: string, definition: MethodologyDefinition) => void;
  /** Shows a change computed from the last recorded state, without recording it (slider drags). */
  preview: (change: (s: WhatIfEdit) => WhatIfEdit) => void;
  /** Records what is on screen as one undo step. */
  commit: () => void;
  /** One recorded edit of what is on screen. */
  edit: (change: (s: WhatIfEdit) => WhatIfEdit) => void;
  undo: () => void;
  redo: () => void;
  resetToBaseline: () => void;
  loadScenario: (scenario: ScenarioDetail) => void;
  /** The scenario on screen was saved under this id and name. */
  markSaved: (scenario: Pick<ScenarioDetail, 'id' | 'name' | 'note'>) => void;
  toggleLock: (id: string) => void;
  /** A saved scenario was deleted: what is on screen stays, unsaved. */
  forgetScenario: (id: number) => void;
}

export const serialiseEdit = (e: WhatIfEdit) => JSON.stringify([e.definition, e.scope]);

function markInput() {
  if (typeof performance !== 'undefined') performance.mark('whatif:input');
}

type Setter = (s: WhatIfState) => Partial<WhatIfState>;

/** Applies a history change; a new `current` counts as a new input. */
function step(
  next: (hist: h.History<WhatIfEdit>) => h.History<WhatIfEdit>,
): (s: WhatIfState) => Partial<WhatIfState> {
  return (s) => {
    if (!s.history) return {};
    const history = next(s.history);
    if (history === s.history) return {};
    if (history.current === s.history.current) return { history };
    markInput();
    return { history, inputSeq: s.inputSeq + 1 };
  };
}

export const useWhatIfStore = create<WhatIfState>()((set) => {
  const apply = (f: Setter) => set((s) => f(s));
  return {
    key: null,
    baseline: null,
    history: null,
    loaded: null,
    locks: {},
    inputSeq: 0,
    listRevision: 0,
    bumpList: () => set((s) => ({ listRevision: s.listRevision + 1 })),
    notice: null,
    setNotice: (notice) => set({ notice }),
    load: (key, definition) =>
      set((s) => {
        if (s.key === key) return {};
        const baseline = { definition, scope: null };
        markInput();
        return {
          key,
          baseline,
          history: h.startHistory(baseline),
          loaded: null,
          locks: {},
          inputSeq: s.inputSeq + 1,
        };
      }),
    preview: (change) => apply(step((hist) => h.preview(hist, change(hist.present)))),
    commit: () => apply(step(h.commit)),
    edit: (change) => apply(step((hist) => h.edit(hist, change))),
    undo: () => apply(step(h.undo)),
    redo: () => apply(step(h.redo)),
    resetToBaseline: () =>
      apply((s) => (s.baseline ? step((hist) => h.edit(hist, () => s.baseline!))(s) : {})),
    loadScenario: (scenario) =>
      apply((s) => {
        const loaded = { definition: scenario.definition, scope: scenario.scope };
        return {
          ...step((hist) => h.edit(hist, () => loaded))(s),
          loaded: {
            id: scenario.id,
            name: scenario.name,
            note: scenario.note,
            saved: serialiseEdit(loaded),
          },
        };
      }),
    markSaved: (scenario) =>
      apply((s) => {
        const hist = s.history && h.commit(s.history);
        if (!hist) return {};
        return {
          history: hist,
          loaded: {
            id: scenario.id,
            name: scenario.name,
            note: scenario.note,
            saved: serialiseEdit(hist.current),
          },
        };
      }),
    toggleLock: (id) => set((s) => ({ locks: { ...s.locks, [id]: !s.locks[id] } })),
    forgetScenario: (id) => set((s) => (s.loaded?.id === id ? { loaded: null } : {})),
  };
});

/** What is on screen (null before the baseline is loaded). */
export function useCurrentEdit(): WhatIfEdit | null {
  return useWhatIfStore((s) => s.history?.current ?? null);
}

/** Whom the weighting on screen applies to (re-renders only when that changes). */
export function useCurrentScope(): ScenarioScope | null {
  return useWhatIfStore((s) => s.history?.current.scope ?? null);
}

/** Whether what is on screen differs from the loaded scenario (or from the baseline). */
export function useUnsaved(): boolean {
  return useWhatIfStore((s) => {
    const current = s.history?.current;
    if (!current) return false;
    const reference = s.loaded?.saved ?? (s.baseline ? serialiseEdit(s.baseline) : '');
    return serialiseEdit(current) !== reference;
  });
}

/** Whether what is on screen differs from the baseline at all. */
export function useChanged(): boolean {
  return useWhatIfStore(
    (s) =>
      !!s.history && !!s.baseline && serialiseEdit(s.history.current) !== serialiseEdit(s.baseline),
  );
}
