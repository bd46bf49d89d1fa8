import type { WorkspaceInfo } from './workspace';

/** Push events from the backend to the renderer (and the CLI's progress bar). */
export interface EventMap {
  progress: {
    task: string;
    label: string;
    done: number;
    total: number;
    /** Rows (or items) per second, when the task measures it. */
    rate?: number;
    finished?: boolean;
  };
  'workspace.changed': { workspace: WorkspaceInfo | null };
}

export type EventName = keyof EventMap;
export const EVENT_NAMES: readonly EventName[] = ['progress', 'workspace.changed'];
