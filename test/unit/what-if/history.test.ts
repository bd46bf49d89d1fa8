import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  commit,
  edit,
  preview,
  redo,
  startHistory,
  undo,
  UNDO_DEPTH,
} from '../../../src/renderer/src/pages/what-if/history';

describe('undo/redo history', () => {
  it('records a slider drag as one step: previews are not steps, the commit is', () => {
    let h = startHistory({ w: 40 });
    for (const w of [41, 45, 52, 60, 70]) h = preview(h, { w });
    expect(h.current).toEqual({ w: 70 });
    expect(h.past).toEqual([]);
    h = commit(h);
    expect(h.past).toEqual([{ w: 40 }]);
    expect(h.present).toEqual({ w: 70 });
    h = undo(h);
    expect(h.current).toEqual({ w: 40 });
    h = redo(h);
    expect(h.current).toEqual({ w: 70 });
  });

  it('undoes an uncommitted preview back to the last step', () => {
    let h = edit(startHistory({ w: 1 }), () => ({ w: 2 }));
    h = preview(h, { w: 3 });
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.current).toEqual({ w: 2 });
    expect(h.future).toEqual([{ w: 3 }]);
  });

  it('does not record a step that changes nothing', () => {
    const h = commit(preview(startHistory({ w: 1 }), { w: 1 }));
    expect(h.past).toEqual([]);
    expect(canUndo(h)).toBe(false);
  });

  it('drops the redo steps on a new edit', () => {
    let h = edit(startHistory({ w: 1 }), () => ({ w: 2 }));
    h = edit(h, () => ({ w: 3 }));
    h = undo(undo(h));
    expect(h.current).toEqual({ w: 1 });
    expect(canRedo(h)).toBe(true);
    h = edit(h, () => ({ w: 9 }));
    expect(canRedo(h)).toBe(false);
    expect(h.past).toEqual([{ w: 1 }]);
  });

  it('undo and redo at the ends change nothing', () => {
    const h = startHistory({ w: 1 });
    expect(undo(h)).toEqual(h);
    expect(redo(h)).toEqual(h);
  });

  it('keeps at most UNDO_DEPTH steps', () => {
    let h = startHistory({ w: 0 });
    for (let i = 1; i <= UNDO_DEPTH + 20; i++) h = edit(h, () => ({ w: i }));
    expect(h.past).toHaveLength(UNDO_DEPTH);
    expect(h.past[0]).toEqual({ w: 20 });
  });
});
