/**
 * Undo and redo over edits, where a slider drag (or typing a number) is one step: `preview` shows
 * each intermediate value without recording it, `commit` records the step once the drag ends.
 * `current` is what is on screen; `present` is the last recorded state.
 */

export interface History<S> {
  past: S[];
  present: S;
  current: S;
  future: S[];
}

export const UNDO_DEPTH = 100;

export function startHistory<S>(state: S): History<S> {
  return { past: [], present: state, current: state, future: [] };
}

const same = <S>(a: S, b: S) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Shows `state` without recording a step (yet). */
export function preview<S>(h: History<S>, state: S): History<S> {
  return { ...h, current: state };
}

/** Records what is on screen as one step (nothing when it did not change). */
export function commit<S>(h: History<S>): History<S> {
  if (h.current === h.present) return h;
  if (same(h.current, h.present)) return { ...h, current: h.present };
  return {
    past: [...h.past, h.present].slice(-UNDO_DEPTH),
    present: h.current,
    current: h.current,
    future: [],
  };
}

/** One recorded edit: `change` applies to what is on screen. */
export function edit<S>(h: History<S>, change: (s: S) => S): History<S> {
  const base = commit(h);
  return commit(preview(base, change(base.current)));
}

export function undo<S>(h: History<S>): History<S> {
  const base = commit(h);
  const previous = base.past.at(-1);
  if (previous === undefined) return base;
  return {
    past: base.past.slice(0, -1),
    present: previous,
    current: previous,
    future: [base.present, ...base.future],
  };
}

export function redo<S>(h: History<S>): History<S> {
  const base = commit(h);
  const next = base.future[0];
  if (next === undefined) return base;
  return {
    past: [...base.past, base.present].slice(-UNDO_DEPTH),
    present: next,
    current: next,
    future: base.future.slice(1),
  };
}

export const canUndo = <S>(h: History<S>) => h.past.length > 0 || h.current !== h.present;
export const canRedo = <S>(h: History<S>) => h.future.length > 0 && h.current === h.present;
