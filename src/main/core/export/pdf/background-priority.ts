/**
 * PDFs print in the background: the Chromium that prints them runs at a lower CPU priority than
 * the app, so on a machine with few cores a 100-scorecard batch does not take the CPU from the
 * thread that answers the UI (measured by the scale bench's wait of a cheap call during a batch).
 *
 * Linux: every thread of every process started under this one (the browser, its zygotes and
 * renderers) gets nice +10; threads and processes they start later inherit it. Elsewhere (no
 * /proc) nothing changes. Best effort: a process that ended meanwhile is skipped.
 *
 * A nice value only ranks threads of one scheduling group. Where the kernel groups processes by
 * session (autogroup, on by default in most Linux distributions), the browser is started in a
 * session of its own (setsid), so its group competes with the app's as an equal whatever its
 * threads' nice: on two cores that kept the app's routing thread runnable but waiting 20-37 ms at
 * a time during a batch. The group of a child in another session is therefore lowered too.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

const BACKGROUND_NICE = 10;

/** Every process's children, by parent pid (Linux /proc; throws without it). */
export function childProcesses(): Map<number, number[]> {
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
    const children = childProcesses();
    const own = autogroupOf('self');
    const queue = [...(children.get(process.pid) ?? [])];
    while (queue.length > 0) {
      const pid = queue.pop()!;
      queue.push(...(children.get(pid) ?? []));
      lowerThreads(pid, BACKGROUND_NICE);
      lowerAutogroup(pid, own, BACKGROUND_NICE);
    }
  } catch {
    // no /proc: nothing to do
  }
}

export interface Autogroup {
  id: string;
  nice: number;
}

/** "/autogroup-2164 nice 0" from /proc/<pid>/autogroup; null without autogroup scheduling. */
export function autogroupOf(pid: number | 'self'): Autogroup | null {
  try {
    const match = /^(\/autogroup-\d+) nice (-?\d+)/.exec(
      readFileSync(`/proc/${pid}/autogroup`, 'utf8'),
    );
    return match ? { id: match[1]!, nice: Number(match[2]) } : null;
  } catch {
    return null;
  }
}

/**
 * Sets the autogroup of `pid` to `nice` when it is another group than `apart` (the app's own
 * group, never lowered: that would lower the app) and is not already as low. Raising a
 * group's nice needs no privilege; the kernel takes one change a tenth of a second from an
 * unprivileged process and refuses the rest (EAGAIN), which the next check repeats.
 */
export function lowerAutogroup(pid: number, apart: Autogroup | null, nice: number): void {
  const group = autogroupOf(pid);
  if (!apart || !group || group.id === apart.id || group.nice >= nice) return;
  try {
    writeFileSync(`/proc/${pid}/autogroup`, String(nice));
  } catch {
    // not ours to change, ended meanwhile, or changed too recently: the next check tries again
  }
}

/**
 * Sets every thread of process `pid` to `nice`, never raising one already lower. Linux (/proc)
 * only; a thread that ended meanwhile, or is not ours to change, is skipped.
 */
export function lowerThreads(pid: number | 'self', nice: number): void {
  let threads: string[] = pid === 'self' ? [] : [String(pid)];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    // the main thread only (or nothing, without /proc)
  }
  for (const entry of threads) {
    const tid = Number(entry);
    try {
      if (getPriority(tid) < nice) setPriority(tid, nice);
    } catch {
      // ended meanwhile, or not ours to change
    }
  }
}
