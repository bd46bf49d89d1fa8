import type { ReactNode } from 'react';
import type { WorkspaceInfo } from '../../../shared/api';
import { useWorkspaceStore } from '../stores/workspace-store';
import { LoadingState } from './LoadingState';
import { NoWorkspaceState } from './NoWorkspaceState';

/**
 * Renders a page's content only when a workspace is open; otherwise its loading or empty state.
 * A failure to reach the backend is shown by the shell's banner above every page, not here.
 */
export function WorkspaceGate({ children }: { children: (workspace: WorkspaceInfo) => ReactNode }) {
  const status = useWorkspaceStore((s) => s.status);
  const workspace = useWorkspaceStore((s) => s.workspace);
  if (status === 'error') return null;
  if (workspace) return children(workspace);
  if (status === 'loading') return <LoadingState label="Opening the workspace…" />;
  return <NoWorkspaceState />;
}
