import { describe, expect, it } from 'vitest';
import {
  CoalescingRunner,
  type RunOutcome,
} from '../../../src/renderer/src/pages/what-if/coalescing-runner';

/** A call whose answers the test releases one by one. */
function controlledCall() {
  const calls: { input: number; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const call = (input: number) =>
    new Promise<string>((resolve, reject) => calls.push({ input, resolve, reject }));
  return { calls, call };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('CoalescingRunner', () => {
  it('sends at once when idle, keeps one call in flight and then sends only the latest input', async () => {
    const { calls, call } = controlledCall();
    const done: RunOutcome<number, string>[] = [];
    const runner = new CoalescingRunner(call, (o) => done.push(o));
    runner.submit(1, 1);
    runner.submit(2, 2);
    runner.submit(3, 3);
    runner.submit(4, 4);
    expect(calls.map((c) => c.input)).toEqual([1]);
    calls[0]!.resolve('one');
    await tick();
    expect(calls.map((c) => c.input)).toEqual([1, 4]);
    expect(done.map((d) => d.result)).toEqual(['one']);
    calls[1]!.resolve('four');
    await tick();
    expect(done.map((d) => [d.seq, d.result])).toEqual([
      [1, 'one'],
      [4, 'four'],
    ]);
    expect(runner.running).toBe(false);
  });

  it('reports errors and carries on with the queued input', async () => {
    const { calls, call } = controlledCall();
    const done: RunOutcome<number, string>[] = [];
    const runner = new CoalescingRunner(call, (o) => done.push(o));
    runner.submit(1, 1);
    runner.submit(2, 2);
    calls[0]!.reject(new Error('bad weights'));
    await tick();
    expect(done[0]!.error).toBeInstanceOf(Error);
    expect(calls).toHaveLength(2);
  });

  it('stops reporting once disposed', async () => {
    const { calls, call } = controlledCall();
    const done: unknown[] = [];
    const runner = new CoalescingRunner(call, (o) => done.push(o));
    runner.submit(1, 1);
    runner.submit(2, 2);
    runner.dispose();
    calls[0]!.resolve('late');
    await tick();
    expect(done).toEqual([]);
    expect(calls).toHaveLength(1);
  });
});
