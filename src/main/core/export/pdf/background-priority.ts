/**
 * PDFs print in the background: the Chromium that prints them runs at a lower CPU priority than
 * the app, so on a machine with few cores a 100-scorecard batch does not take the CPU from the
 * thread that answers the UI (measured by the scale bench's wait of a cheap call during a batch).
 *
 * Linux: every thread of every process started under this one (the browser, its zygotes and
 * renderers) gets nice +10; threads and processes they start later inherit it. Elsewhere (no
 * /proc) nothing changes. Best effort: a process that ended meanwhile is skipped.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

const BACKGROUND_NICE = 10;

function childrenOf(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses; ppid follows the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // ended meanwhile
    }
  }
  return children;
}

/** Lowers the priority of every process started by this one (with all their threads). */
export function lowerChildPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    const children = childrenOf();
    const queue = [...(children.get(process.pid) ?? [])];
    while (queue.length > 0) {
      const pid = queue.pop()!;
      queue.push(...(children.get(pid) ?? []));
      lowerThreads(pid, BACKGROUND_NICE);
    }
  } catch {
    // no /proc: nothing to do
  }
}

/**
 * Sets every thread of process `pid` (all but thread `except`) to `nice`, never raising one already
 * lower; returns how many threads it went through. Linux (/proc) only; a thread that ended
 * meanwhile, or is not ours to change, is skipped.
 */
export function lowerThreads(pid: number | 'self', nice: number, except = -1): number {
  let threads: string[] = pid === 'self' ? [] : [String(pid)];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    // the main thread only (or nothing, without /proc)
  }
  let seen = 0;
  for (const entry of threads) {
    const tid = Number(entry);
    if (tid === except) continue;
    try {
      if (getPriority(tid) < nice) setPriority(tid, nice);
      seen++;
    } catch {
      // ended meanwhile, or not ours to change
    }
  }
  return seen;
}
