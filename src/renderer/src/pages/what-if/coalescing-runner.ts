/**
 * At most one request in flight, and no debounce: the first input is sent at once; inputs that
 * arrive meanwhile replace each other, and when the answer comes back the latest one (only) is
 * sent. A slider drag thus re-scores as fast as the backend answers, never queueing stale work.
 */

export interface RunOutcome<I, O> {
  input: I;
  seq: number;
  result?: O;
  error?: unknown;
}

export class CoalescingRunner<I, O> {
  private busy = false;
  private queued: { input: I; seq: number } | null = null;
  private disposed = false;
  private readonly call: (input: I) => Promise<O>;
  private readonly onDone: (outcome: RunOutcome<I, O>) => void;

  constructor(call: (input: I) => Promise<O>, onDone: (outcome: RunOutcome<I, O>) => void) {
    this.call = call;
    this.onDone = onDone;
  }

  /** Asks for `input` (numbered `seq`); sent now when idle, else after the running one. */
  submit(input: I, seq: number) {
    if (this.disposed) return;
    if (this.busy) this.queued = { input, seq };
    else this.start({ input, seq });
  }

  get running(): boolean {
    return this.busy;
  }

  /** Stops reporting; a running request is left to finish unheard. */
  dispose() {
    this.disposed = true;
    this.queued = null;
  }

  private start(job: { input: I; seq: number }) {
    this.busy = true;
    const finish = (outcome: RunOutcome<I, O>) => {
      this.busy = false;
      if (this.disposed) return;
      const next = this.queued;
      this.queued = null;
      // The next request goes out before the answer is rendered: the backend works meanwhile.
      if (next) this.start(next);
      this.onDone(outcome);
    };
    this.call(job.input).then(
      (result) => finish({ ...job, result }),
      (error: unknown) => finish({ ...job, error }),
    );
  }
}
