/** Long-running backend tasks (demo generation, imports, exports), fed by `progress` events. */
import { create } from 'zustand';
import type { EventMap } from '../../../shared/api';
import { api } from '../api/client';

export type ProgressEvent = EventMap['progress'];

export interface TaskProgress {
  task: string;
  label: string;
  /** 0…1, or null when the total is unknown. */
  fraction: number | null;
  finished: boolean;
}

interface ProgressState {
  tasks: Record<string, TaskProgress>;
  report: (event: ProgressEvent) => void;
  dismiss: (task: string) => void;
}

/** How long a finished task stays visible, so a fast task still shows it has completed. */
const FINISHED_LINGER_MS = 1500;

export const useProgressStore = create<ProgressState>()((set, get) => ({
  tasks: {},
  report: (event) => {
    const fraction = event.total > 0 ? Math.min(1, Math.max(0, event.done / event.total)) : null;
    const finished = event.finished === true;
    const entry: TaskProgress = { task: event.task, label: event.label, fraction, finished };
    set((s) => ({ tasks: { ...s.tasks, [event.task]: entry } }));
    if (finished) {
      setTimeout(() => {
        if (get().tasks[event.task] === entry) get().dismiss(event.task);
      }, FINISHED_LINGER_MS);
    }
  },
  dismiss: (task) =>
    set((s) => {
      const { [task]: _removed, ...rest } = s.tasks;
      return { tasks: rest };
    }),
}));

export function startProgressStore(): () => void {
  return api.on('progress', (event) => useProgressStore.getState().report(event));
}
