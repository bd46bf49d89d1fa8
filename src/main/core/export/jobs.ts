/** Running cancellable exports by job id: `export.cancel` aborts the job's signal. */
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
