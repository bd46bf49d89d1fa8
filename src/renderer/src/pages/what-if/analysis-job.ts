/**
 * The job plumbing shared by the What-if analyses (sensitivity, uncertainty): a running job with
 * progress from the backend's `progress` events of its task, cancel through `whatif.cancel`, and
 * a cancelled run that ends without an error.
 */
import type { MethodName, MethodOutput } from '../../../../shared/api';
import { api } from '../../api/client';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';

export interface RunningJob {
  jobId: string;
  done: number;
  total: number;
  cancelling: boolean;
}

interface JobState {
  running: RunningJob | null;
  error: ErrorInfo | null;
}

type Get = () => JobState;
type Set = (patch: Partial<JobState>) => void;

let jobCounter = 0;

/**
 * Runs `call` as job `task` with `total` steps, following its progress; resolves with its result,
 * or null when it failed (the error is set) or was cancelled.
 */
export async function runAnalysisJob<K extends MethodName>(
  task: string,
  total: number,
  get: Get,
  set: Set,
  call: (jobId: string) => Promise<MethodOutput<K>>,
): Promise<MethodOutput<K> | null> {
  const jobId = `${task}-${Date.now().toString(36)}-${(jobCounter += 1)}`;
  set({ running: { jobId, done: 0, total, cancelling: false }, error: null });
  const stop = api.on('progress', (e) => {
    const running = get().running;
    if (e.task !== task || running?.jobId !== jobId) return;
    set({ running: { ...running, done: e.done, total: e.total || running.total } });
  });
  try {
    return await call(jobId);
  } catch (error) {
    const info = toErrorInfo(error);
    set({ running: null, error: info.code === 'CANCELLED' ? null : info });
    return null;
  } finally {
    stop();
  }
}

/** Asks the backend to stop the running job (it answers CANCELLED, which ends the run quietly). */
export async function cancelAnalysisJob(get: Get, set: Set): Promise<void> {
  const running = get().running;
  if (!running) return;
  set({ running: { ...running, cancelling: true } });
  try {
    await api.call('whatif.cancel', { jobId: running.jobId });
  } catch (error) {
    set({ error: toErrorInfo(error) });
  }
}
