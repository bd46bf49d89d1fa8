import type { WriteTopic } from './define';
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
  /**
   * Emitted once by the dispatcher after a write succeeded: the method and the topics its
   * contract declares it wrote (see `writes` in `define.ts`). Queries that read those topics
   * refetch.
   */
  'api.changed': { method: string; topics: WriteTopic[] };
}

export type EventName = keyof EventMap;
export const EVENT_NAMES: readonly EventName[] = ['progress', 'workspace.changed', 'api.changed'];
