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
import { autogroupOf, lowerAutogroup, lowerThreads } from '../core/export/pdf/background-priority';

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
 * The core as a process of its own (the browser host): every thread of it goes to `nice` (the
 * engine's, and V8's helpers that collect its garbage), and, where the kernel schedules sessions
 * as groups (Linux autogroup) and this process was started in a session of its own, its group
 * too. Threads it starts later inherit their nice; the processes it starts (Chromium, in sessions of
 * their own) are lowered by background-priority.ts.
 */
export function lowerThisProcessPriority(nice = WORKER_NICE): void {
  if (process.platform !== 'linux') return;
  lowerThreads('self', nice);
  lowerAutogroup(process.pid, autogroupOf(process.ppid), nice);
}
