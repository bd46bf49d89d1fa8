/**
 * The core worker runs below the priority of the thread that serves the UI. On a machine with
 * few cores, a busy worker (a batch of scorecards, an import) and the processes it drives would
 * otherwise keep the routing thread waiting in the run queue: measured at 100,000 partners on
 * 2 cores, the host's request loop sat runnable but unscheduled for 50–125 ms at a time during a
 * PDF batch (its own CPU use under 1 ms). At nice +5 the worker still has every idle core; it
 * only yields sooner when the UI's thread wakes.
 *
 * Linux only: there a thread's nice value is its own (setpriority on "process 0" from a thread
 * changes that thread). Elsewhere the same call would lower the whole app, so nothing changes.
 */
import { getPriority, setPriority } from 'node:os';
import { lowerThreads } from '../core/export/pdf/background-priority';

export const WORKER_NICE = 5;

/** Lowers the calling thread's priority to `nice` (never raises it); true when it is now lower. */
export function lowerThisThreadPriority(nice = WORKER_NICE): boolean {
  if (process.platform !== 'linux') return false;
  try {
    if (getPriority(0) >= nice) return true;
    setPriority(0, nice);
    return getPriority(0) === nice;
  } catch {
    return false; // not allowed here: keep the default
  }
}

/**
 * Lowers every thread of this process but the calling one (the browser host's request loop) to
 * `nice`: V8's helper threads, which collect garbage and compile for the core worker too. Only
 * where this process is ours alone (the browser host), never in Electron's main process, whose
 * other threads carry the desktop UI's messages.
 */
export function lowerOtherThreadsPriority(nice = WORKER_NICE): number {
  return process.platform === 'linux' ? lowerThreads('self', nice, process.pid) : 0;
}
