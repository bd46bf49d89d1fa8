/**
 * Interface state shared across the shell: preferences that outlive a session (persisted; the
 * colour scheme is kept by Mantine's own manager) and which overlay is open (not persisted).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ErrorInfo } from './error-info';

export type WorkspaceDialog = 'open' | 'new-empty' | 'new-demo';

interface UiState {
  /** The section navigation collapsed to give tables more room. */
  navCollapsed: boolean;
  helpOpen: boolean;
  workspaceDialog: WorkspaceDialog | null;
  /** A failed action started from a menu or shortcut, shown above the page until dismissed. */
  actionError: { action: string; error: ErrorInfo } | null;
  toggleNav: () => void;
  setHelpOpen: (open: boolean) => void;
  openWorkspaceDialog: (dialog: WorkspaceDialog | null) => void;
  setActionError: (actionError: UiState['actionError']) => void;
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      navCollapsed: false,
      helpOpen: false,
      workspaceDialog: null,
      actionError: null,
      toggleNav: () => set((s) => ({ navCollapsed: !s.navCollapsed })),
      setHelpOpen: (helpOpen) => set({ helpOpen }),
      openWorkspaceDialog: (workspaceDialog) => set({ workspaceDialog }),
      setActionError: (actionError) => set({ actionError }),
    }),
    {
      name: 'partnerscope.ui-prefs',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ navCollapsed: s.navCollapsed }),
    },
  ),
);
