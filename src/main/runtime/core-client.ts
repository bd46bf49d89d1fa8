/**
 * The transport's side of the core worker: `dispatch` has the dispatcher's signature, so the HTTP
 * host and the Electron IPC adapter use it as they would the in-process one, but every call runs
 * on the worker's thread. The routing thread itself answers only what it can from its mirror of
 * the open workspace (`workspace.current`), so that call returns at once even while the worker
 * scores 100,000 partners. A worker that dies is started again, the open workspace reopened, and
 * the calls it was working on answer with a clear error.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EventMap, EventName, WorkspaceInfo } from '../../shared/api';
import type { Dispatch } from '../core/api/dispatcher';
import type { EventSink } from '../core/app/context';
import type { PrintRequest } from '../core/export/pdf/printer';
import {
  CORE_OPTIONS_ENV,
  decodeResult,
  encodeResult,
  type CoreIsolation,
  type CoreWorkerOptions,
  type FromWorker,
  type ToWorker,
} from './protocol';

export interface CoreClientOptions extends CoreWorkerOptions {
  /** Prints for the worker when `printer` is `transport` (Electron's printToPDF). */
  print?: (request: PrintRequest) => Promise<Uint8Array>;
  /** A worker thread (default) or a child process: see CoreIsolation. */
  isolation?: CoreIsolation;
}

/** What the client needs of the core's thread or process: a Worker has exactly this. */
interface CoreHandle {
  postMessage(message: ToWorker): void;
  on(event: 'message', listener: (message: FromWorker) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: () => void): unknown;
  once(event: 'exit', listener: () => void): unknown;
  off(event: 'message', listener: (message: FromWorker) => void): unknown;
  off(event: 'exit', listener: () => void): unknown;
  terminate(): Promise<unknown>;
}

/**
 * The core in a Node child process, behind a Worker's surface. Messages cross the IPC channel
 * with V8's serialization (byte arrays as bytes, copied once, not as JSON). On Linux it starts a
 * session of its own, so the kernel schedules it as a group apart from the routing thread's; it
 * ends itself when this process goes (its channel closes), however this one ends.
 */
class CoreProcess extends EventEmitter implements CoreHandle {
  private readonly child: ChildProcess;

  constructor(entry: string, options: CoreWorkerOptions) {
    super();
    this.child = fork(entry, [], {
      serialization: 'advanced',
      // The entry registers what it needs itself; a test runner's loader flags are not ours.
      execArgv: [],
      env: { ...process.env, [CORE_OPTIONS_ENV]: JSON.stringify(options) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      detached: process.platform === 'linux',
    });
    this.child.on('message', (message) => this.emit('message', message as FromWorker));
    this.child.on('error', (error) => {
      this.emit('error', error);
      // Never started: no 'exit' follows on its own.
      if (this.child.pid === undefined) this.emit('exit');
    });
    this.child.once('exit', () => this.emit('exit'));
  }

  postMessage(message: ToWorker) {
    if (!this.child.connected) return; // gone: its 'exit' answers what was waiting
    this.child.send(message, (error) => {
      if (error) this.emit('error', error);
    });
  }

  async terminate() {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }
}

interface Pending {
  name: string;
  /** The call's `jobId` argument, if any: its `*.cancel` is answered without waiting. */
  jobId?: string;
  /** The answer's parts so far (a core process sends a large answer in parts). */
  parts: Uint8Array[];
  resolve: (parts: Uint8Array[]) => void;
}

/** One buffer of an answer's parts (a copy only when there is more than one). */
function joined(parts: Uint8Array[]): Uint8Array {
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

/** The worker's entry: built next to the bundle (out/main/core-worker.js), else the source. */
function workerEntry(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, '..')]) {
    const built = join(dir, 'core-worker.js');
    if (existsSync(built)) return built;
  }
  // Running from the TypeScript sources (tests, `npx partnerscope` without a build).
  return join(here, 'core-worker-sources.mjs');
}

function isWorkspaceInfo(value: unknown): value is WorkspaceInfo {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as WorkspaceInfo).path === 'string' &&
    typeof (value as WorkspaceInfo).schemaVersion === 'number'
  );
}

function jobIdOf(args: unknown): string | undefined {
  const jobId = (args as { jobId?: unknown } | null | undefined)?.jobId;
  return typeof jobId === 'string' ? jobId : undefined;
}

export class CoreClient {
  private worker!: CoreHandle;
  private ready!: Promise<void>;
  private readonly pending = new Map<number, Pending>();
  private readonly sinks = new Set<EventSink>();
  private nextId = 1;
  /** The open workspace as the worker last said; undefined until it has said anything. */
  private mirror: WorkspaceInfo | null | undefined;
  private closing: Promise<void> | null = null;
  /** How many times the worker was started again after it died (for tests and diagnostics). */
  restarts = 0;
  /** True once a worker has been ready: only a worker that worked is started again. */
  private started = false;

  constructor(private readonly options: CoreClientOptions) {
    this.start();
  }

  private start() {
    const { print: _print, isolation, ...workerData } = this.options;
    const worker: CoreHandle =
      isolation === 'process'
        ? new CoreProcess(workerEntry(), workerData)
        : new Worker(workerEntry(), { workerData });
    this.worker = worker;
    let failure: Error | undefined;
    let wasReady = false;
    this.ready = new Promise((resolve, reject) => {
      const onReady = (message: FromWorker) => {
        if (message.type !== 'ready') return;
        wasReady = true;
        worker.off('message', onReady);
        worker.off('exit', onEarlyExit);
        resolve();
      };
      // A worker that cannot even start is not started again: that would only fail again, in
      // a loop. Calls then answer that the engine could not start.
      const onEarlyExit = () =>
        reject(
          new Error(`The background engine could not start: ${failure?.message ?? 'it exited'}`),
        );
      worker.on('message', onReady);
      worker.once('exit', onEarlyExit);
    });
    this.ready.catch(() => undefined);
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) => (failure = error)); // 'exit' follows and does the work
    worker.on('exit', () => {
      if (this.worker === worker) this.died(wasReady);
    });
  }

  private receive(message: FromWorker) {
    if (message.type === 'part') {
      this.pending.get(message.id)?.parts.push(message.bytes);
    } else if (message.type === 'result') {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (waiting) {
        waiting.parts.push(message.json);
        if (waiting.parts.length === 1) this.remember(waiting.name, message.json);
        waiting.resolve(waiting.parts);
      }
    } else if (message.type === 'event') {
      if (message.event === 'workspace.changed') {
        this.mirror = (message.payload as EventMap['workspace.changed']).workspace;
      }
      for (const sink of this.sinks) sink(message.event as EventName, message.payload as never);
    } else if (message.type === 'print') {
      void this.printFor(message.id, message.request);
    }
  }

  private async printFor(id: number, request: PrintRequest) {
    let reply: ToWorker;
    try {
      if (!this.options.print) throw new Error('This app cannot print PDFs.');
      reply = { type: 'printed', id, pdf: await this.options.print(request) };
    } catch (error) {
      reply = { type: 'printed', id, error: (error as Error).message };
    }
    this.worker.postMessage(reply);
  }

  /** Keeps the mirror of the open workspace in step with what calls answered. */
  private remember(name: string, json: Uint8Array) {
    // Only workspace.* answers are read here; they are small.
    if (!name.startsWith('workspace.')) return;
    const result = decodeResult(json);
    if (!result.ok) return;
    if (name === 'workspace.close') this.mirror = null;
    else if (isWorkspaceInfo(result.value)) this.mirror = result.value;
    else if (name === 'workspace.current') this.mirror = result.value as null;
  }

  /** The worker died: fail what it was doing, start a new one and reopen the workspace. */
  private died(wasReady: boolean) {
    const lost = [...this.pending.values()];
    this.pending.clear();
    for (const { name, resolve } of lost) {
      resolve([
        encodeResult({
          ok: false,
          error: {
            code: 'ENGINE_RESTARTED',
            message: `The background engine stopped while working on ${name} and was restarted; nothing was saved from that call. Try again.`,
          },
        }),
      ]);
    }
    if (this.closing || !this.started || !wasReady) return;
    this.restarts += 1;
    const reopen = this.mirror?.path;
    this.start();
    if (reopen) void this.dispatch('workspace.open', { path: reopen });
  }

  /** The dispatcher's signature: the answer decoded (small answers, the CLI, tests). */
  readonly dispatch: Dispatch = async (name, args) =>
    decodeResult(await this.dispatchJson(name, args));

  /**
   * The answer as the JSON bytes the worker encoded, for transports that pass it on as it is
   * (the HTTP host's response body, Electron IPC to the preload): nothing on this thread walks it.
   */
  readonly dispatchJson = async (name: string, args: unknown): Promise<Uint8Array> =>
    joined(await this.dispatchParts(name, args));

  /**
   * The same bytes as the parts they arrived in, for a transport that writes them one after
   * another (the HTTP host): a large answer from a core process is never joined on this thread.
   */
  readonly dispatchParts = async (name: string, args: unknown): Promise<Uint8Array[]> => {
    if (name === 'workspace.current' && this.mirror !== undefined) {
      return [encodeResult({ ok: true, value: this.mirror })];
    }
    if (this.closing) {
      return [
        encodeResult({
          ok: false,
          error: { code: 'INTERNAL', message: 'The app is shutting down.' },
        }),
      ];
    }
    // Cancelling a job that is running here answers at once: the worker may be busy inside that
    // very job, which sees the cancellation at its next yield (long jobs yield every ~40 ms).
    const jobId = jobIdOf(args);
    if (name.endsWith('.cancel') && jobId !== undefined) {
      for (const call of this.pending.values()) {
        if (call.jobId !== jobId) continue;
        void this.send(name, args);
        return [encodeResult({ ok: true, value: { cancelled: true } })];
      }
    }
    return this.send(name, args);
  };

  private async send(name: string, args: unknown): Promise<Uint8Array[]> {
    const jobId = jobIdOf(args);
    try {
      await this.ready;
    } catch (error) {
      return [
        encodeResult({
          ok: false,
          error: { code: 'INTERNAL', message: (error as Error).message },
        }),
      ];
    }
    this.started = true;
    const id = this.nextId++;
    return new Promise<Uint8Array[]>((resolve) => {
      this.pending.set(id, {
        name,
        jobId: name.endsWith('.cancel') ? undefined : jobId,
        parts: [],
        resolve,
      });
      const message: ToWorker = { type: 'call', id, name, args };
      this.worker.postMessage(message);
    });
  }

  onEvent(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  /** Kills the worker as a crash would (tests). */
  async kill(): Promise<void> {
    await this.worker.terminate();
  }

  /** Closes the workspace and Chromium in the worker, then ends it. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      const worker = this.worker;
      const closed = new Promise<void>((resolve) => {
        worker.on('message', (message: FromWorker) => {
          if (message.type === 'closed') resolve();
        });
        worker.once('exit', () => resolve());
      });
      worker.postMessage({ type: 'shutdown' } satisfies ToWorker);
      // At most 5 s for the worker to close its files and Chromium; the timer never outlives
      // the wait (it kept a stopped host's process alive for 5 s).
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([closed, new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
      clearTimeout(timer);
      await worker.terminate();
    })();
    return this.closing;
  }
}
