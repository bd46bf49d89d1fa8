/**
 * The methodology being edited: a working copy of one version's definition, compared with the
 * saved one to know whether there are unsaved changes. Edits go through `update`, which keeps
 * the last states for undo (Ctrl+Z).
 */
import { create } from 'zustand';
import type { MethodologyDefinition } from '../../../../shared/api';

interface EditorState {
  methodologyId: number | null;
  saved: string;
  definition: MethodologyDefinition | null;
  history: MethodologyDefinition[];
  load: (methodologyId: number, definition: MethodologyDefinition) => void;
  update: (change: (def: MethodologyDefinition) => MethodologyDefinition) => void;
  undo: () => void;
  markSaved: (definition: MethodologyDefinition) => void;
}

const UNDO_DEPTH = 50;

export const useEditorStore = create<EditorState>()((set) => ({
  methodologyId: null,
  saved: '',
  definition: null,
  history: [],
  load: (methodologyId, definition) =>
    set({ methodologyId, definition, saved: JSON.stringify(definition), history: [] }),
  update: (change) =>
    set((s) =>
      s.definition
        ? {
            definition: change(s.definition),
            history: [...s.history.slice(-UNDO_DEPTH + 1), s.definition],
          }
        : s,
    ),
  undo: () =>
    set((s) =>
      s.history.length
        ? { definition: s.history[s.history.length - 1]!, history: s.history.slice(0, -1) }
        : s,
    ),
  markSaved: (definition) => set({ definition, saved: JSON.stringify(definition) }),
}));

export function useDirty(): boolean {
  return useEditorStore((s) => s.definition !== null && JSON.stringify(s.definition) !== s.saved);
}
