/**
 * Running cancellable jobs by id (PDF exports, sensitivity analyses): a `*.cancel` method aborts
 * the job's signal; starting a job under an id that is still running aborts the older one.
 */
const running = new Map<string, AbortController>();

export function startJob(jobId: string): AbortSignal {
  running.get(jobId)?.abort();
  const controller = new AbortController();
  running.set(jobId, controller);
  return controller.signal;
}

export function finishJob(jobId: string, signal: AbortSignal): void {
  if (running.get(jobId)?.signal === signal) running.delete(jobId);
}

export function cancelJob(jobId: string): boolean {
  const controller = running.get(jobId);
  if (!controller) return false;
  controller.abort();
  return true;
}
