/**
 * Which workspace is open. Loaded with `workspace.current` at start and kept up to date by the
 * `workspace.changed` event; `revision` grows on every change so pages know to read again.
 */
import { create } from 'zustand';
import type { WorkspaceInfo } from '../../../shared/api';
import { api } from '../api/client';
import { startChangesStore } from './changes-store';
import { toErrorInfo, type ErrorInfo } from './error-info';

export type WorkspaceStatus = 'loading' | 'ready' | 'error';

interface WorkspaceState {
  status: WorkspaceStatus;
  workspace: WorkspaceInfo | null;
  error: ErrorInfo | null;
  revision: number;
  /** Reads the open workspace from the backend again. */
  load: () => Promise<void>;
  /** Records a workspace the backend reported (an API result or an event). */
  setWorkspace: (workspace: WorkspaceInfo | null) => void;
}

export const useWorkspaceStore = create<WorkspaceState>()((set) => ({
  status: 'loading',
  workspace: null,
  error: null,
  revision: 0,
  load: async () => {
    set({ status: 'loading' });
    try {
      const workspace = await api.call('workspace.current', {});
      set((s) => ({ status: 'ready', workspace, error: null, revision: s.revision + 1 }));
    } catch (error) {
      set({ status: 'error', error: toErrorInfo(error) });
    }
  },
  setWorkspace: (workspace) =>
    set((s) => ({ status: 'ready', workspace, error: null, revision: s.revision + 1 })),
}));

/**
 * Starts the store: first read, then follow the backend's events (the workspace, and what each
 * write touched). Returns a stop function.
 */
export function startWorkspaceStore(): () => void {
  const stopWorkspace = api.on('workspace.changed', ({ workspace }) =>
    useWorkspaceStore.getState().setWorkspace(workspace),
  );
  const stopChanges = startChangesStore();
  void useWorkspaceStore.getState().load();
  return () => {
    stopWorkspace();
    stopChanges();
  };
}
