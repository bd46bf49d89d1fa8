/**
 * What the user can do with workspaces. Each action records the backend's answer in the store at
 * once (the `workspace.changed` event follows and says the same), so the shell never waits on it.
 */
import type { DemoOptions, WorkspaceInfo } from '../../../shared/api';
import { api } from '../api/client';
import { useWorkspaceStore } from '../stores/workspace-store';

function opened(info: WorkspaceInfo | null): WorkspaceInfo | null {
  useWorkspaceStore.getState().setWorkspace(info);
  return info;
}

export async function openWorkspace(path: string) {
  return opened(await api.call('workspace.open', { path }));
}

export async function createWorkspace(path: string, overwrite: boolean, demo?: DemoOptions) {
  return opened(
    await api.call('workspace.create', demo ? { path, overwrite, demo } : { path, overwrite }),
  );
}

export async function openDemoWorkspace() {
  return opened(await api.call('workspace.openDemo', {}));
}

export async function closeWorkspace() {
  return opened(await api.call('workspace.close', {}));
}

export async function updateWorkspaceSettings(settings: {
  name?: string;
  fiscalYearStartMonth?: number;
}) {
  return opened(await api.call('workspace.updateSettings', settings));
}
