/**
 * The Chromium that prints PDFs runs at background priority: every thread of every process this
 * one started gets nice +10 (Linux), so a batch does not take the CPU from the app's UI thread.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  autogroupOf,
  lowerChildPriority,
} from '../../../src/main/core/export/pdf/background-priority';

/** Field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value. */
function niceOf(pid: number, tid = pid): number {
  const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

describe.runIf(process.platform === 'linux')('background priority of the PDF printer', () => {
  it('lowers every child process and its grandchildren, leaving this process as it is', async () => {
    // A child that starts a grandchild, both alive until killed.
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const { spawn } = require('node:child_process');
         const g = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
         console.log(g.pid);
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    try {
      const grandchild = await new Promise<number>((resolve) =>
        child.stdout!.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim()))),
      );
      const own = niceOf(process.pid);
      expect(niceOf(child.pid!)).toBe(own);
      lowerChildPriority();
      expect(niceOf(child.pid!)).toBe(10);
      expect(niceOf(grandchild)).toBe(10);
      expect(niceOf(process.pid)).toBe(own);
      process.kill(grandchild);
    } finally {
      child.kill();
    }
  });

  // Autogroup scheduling (most Linux kernels) ranks the nice of threads only inside a session's
  // group; the printing browser starts its own session, as this detached child does.
  it.runIf(autogroupOf('self') !== null)(
    "lowers the scheduling group of a child in its own session, never this process's group",
    async () => {
      const own = autogroupOf('self')!;
      const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
        stdio: 'ignore',
        detached: true,
      });
      try {
        await new Promise((resolve) => child.once('spawn', resolve));
        // The child's own session has its own group, at the default nice.
        const before = autogroupOf(child.pid!)!;
        expect(before.id).not.toBe(own.id);
        expect(before.nice).toBe(0);
        lowerChildPriority();
        expect(autogroupOf(child.pid!)).toEqual({ id: before.id, nice: 10 });
        expect(autogroupOf('self')).toEqual(own);
      } finally {
        child.kill();
      }
    },
  );
});
