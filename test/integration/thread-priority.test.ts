/**
 * The core worker lowers its own thread's priority, not the process's: the thread that serves
 * the UI keeps its own. Linux only (elsewhere the call changes nothing, by design).
 */
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

describe.skipIf(process.platform !== 'linux')('thread priority', () => {
  it('lowers only the calling thread (a worker), and never raises it', async () => {
    const before = getPriority(0);
    const worker = new Worker(new URL('../helpers/thread-priority-worker.mjs', import.meta.url));
    const answer = await new Promise<{
      lowered: boolean;
      again: boolean;
      nice: number;
      expected: number;
    }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(answer).toEqual({
      lowered: true,
      again: true,
      nice: Math.max(before, answer.expected),
      expected: answer.expected,
    });
    // This thread (the one that would serve the UI) is untouched.
    expect(getPriority(0)).toBe(before);
  });
});
