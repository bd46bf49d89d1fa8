/**
 * The router: what the thread that serves the UI (the browser host's request loop, Electron's
 * main process) holds instead of the core. It starts the core worker, routes each call to it by
 * id and relays its push events, so an import, a warm-up or a sensitivity run never blocks menus,
 * windows or HTTP. A few cheap calls are answered here without waiting for the worker:
 *
 * - `workspace.current` from a mirror of the worker's `workspace.changed` events (a call answered
 *   by the worker always arrives after the events it emitted before answering, so the mirror is
 *   never behind a result the caller has seen);
 * - `workspace.recent` from the recent list file;
 * - `*.cancel` of a job whose call is in flight: answered at once, and passed on to the worker,
 *   whose long jobs yield every ~40 ms and then see the cancellation.
 *
 * If the worker dies (killed, or an uncaught error), every call in flight gets a
 * `WORKER_RESTARTED` error, a new worker starts and reopens the workspace, and later calls go to
 * it. SQLite transactions guarantee that the interrupted call left nothing half-written.
 *
 * Never imports electron: the desktop shell passes its printer in through `pdfPrinter`.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { EventMap, EventName, WorkspaceInfo } from '../../shared/api';
import { AppError, type ApiErrorData, type ApiResult } from '../../shared/errors';
import type { EventSink } from '../core/app/context';
import { RecentList } from '../core/app/recent';
import type { Dispatch } from '../core/api/dispatcher';
import type { PdfPrinterSource } from '../core/export/pdf/printer';
import type { CoreWorkerData, FromWorker, PrintAnswer, ToWorker } from './protocol';

export interface CoreRouterOptions {
  homeDir: string;
  /** Score a workspace in the background as soon as it opens (interactive transports). */
  warmUp?: boolean;
  /** Let the worker answer the `__test.*` methods (tests only). */
  testHooks?: boolean;
  /** The worker's entry file; by default the built one beside this module, else the sources. */
  entry?: URL;
}

interface Call {
  name: string;
  jobId: string | undefined;
  /** Called with the result, or its JSON text when the worker serialised it. */
  settle(answer: ApiResult<unknown> | string): void;
}

const CLOSING: ApiErrorData = { code: 'INTERNAL', message: 'The app is closing.' };

/** More restarts than this within RESTART_WINDOW_MS and the router stops trying. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 30_000;

/** The worker's entry: `core-worker.js` when built (out/main), else the TypeScript sources. */
export function coreWorkerEntry(): URL {
  // Beside this module (out/main/index.js), above it (a chunk), or from another built entry
  // (out/<name>/… or out/<name>/chunks/…).
  const candidates = [
    './core-worker.js',
    '../core-worker.js',
    '../main/core-worker.js',
    '../../main/core-worker.js',
  ];
  for (const candidate of candidates) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return url;
  }
  return new URL('./core-worker-source.mjs', import.meta.url);
}

function jobIdOf(args: unknown): string | undefined {
  const jobId = (args as { jobId?: unknown } | null | undefined)?.jobId;
  return typeof jobId === 'string' ? jobId : undefined;
}

/** Like the dispatcher's, without importing it (and with it the whole core) into this thread. */
function toErrorData(error: unknown): ApiErrorData {
  if (error instanceof AppError) return error.toData();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Unexpected error: ${message}` };
}

export function workerRestartedError(method: string, reason: string): ApiErrorData {
  return {
    code: 'WORKER_RESTARTED',
    message: `The background engine stopped while working on ${method} and was restarted; nothing was saved from that call. Try again.`,
    details: { method, reason },
  };
}

export class CoreRouter {
  /** Prints PDFs for the worker (Chromium in browser mode, printToPDF in Electron). */
  pdfPrinter: PdfPrinterSource | null = null;
  /** How many times the worker was restarted after stopping unexpectedly. */
  restarts = 0;
  readonly dispatch: Dispatch = (name, args) => this.route(name, args);
  /**
   * The same call answered as JSON text, serialised in the worker: the HTTP host sends it as is,
   * so a large result (a 10k-partner portfolio) costs this thread a copy, not a parse + stringify.
   */
  readonly dispatchJson = (name: string, args: unknown): Promise<string> =>
    this.local(name, args) ?? this.sendJson(name, args);

  private readonly options: CoreRouterOptions;
  private readonly entry: URL;
  private readonly recent: RecentList;
  private worker!: Worker;
  private readonly calls = new Map<number, Call>();
  private nextId = 1;
  private readonly sinks = new Set<EventSink>();
  private mirror: WorkspaceInfo | null = null;
  private closing = false;
  private lastError = '';
  private restartTimes: number[] = [];
  private stopped: ApiErrorData | null = null;

  constructor(options: CoreRouterOptions) {
    this.options = options;
    this.entry = options.entry ?? coreWorkerEntry();
    this.recent = new RecentList(options.homeDir);
    this.start();
  }

  /** The open workspace as the worker last announced it. */
  get workspace(): WorkspaceInfo | null {
    return this.mirror;
  }

  onEvent(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  /** Ends the worker as if it had crashed (tests; a hung worker). It is restarted. */
  async killWorker(): Promise<void> {
    await this.worker.terminate();
  }

  /** Closes the workspace in the worker (WAL checkpointed) and ends the worker. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const worker = this.worker;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ type: 'shutdown' } satisfies ToWorker);
    const timer = setTimeout(() => void worker.terminate(), 5_000);
    await exited;
    clearTimeout(timer);
    this.failAll(CLOSING);
  }

  private route(name: string, args: unknown): Promise<ApiResult<unknown>> {
    const local = this.local(name, args);
    return local
      ? local.then((json) => JSON.parse(json) as ApiResult<unknown>)
      : this.send(name, args);
  }

  /** The cheap calls this thread answers itself (as JSON text), else undefined. */
  private local(name: string, args: unknown): Promise<string> | undefined {
    const answer = (value: unknown) => Promise.resolve(JSON.stringify({ ok: true, value }));
    if (name === 'workspace.current') return answer(this.mirror);
    if (name === 'workspace.recent') return answer(this.recent.list());
    const jobId = jobIdOf(args);
    if (name.endsWith('.cancel') && jobId !== undefined && this.isRunning(jobId)) {
      void this.send(name, args);
      return answer({ cancelled: true });
    }
    return undefined;
  }

  private isRunning(jobId: string): boolean {
    for (const call of this.calls.values()) if (call.jobId === jobId) return true;
    return false;
  }

  private send(name: string, args: unknown): Promise<ApiResult<unknown>> {
    return new Promise((resolve) =>
      this.enqueue(name, args, false, (answer) =>
        resolve(typeof answer === 'string' ? (JSON.parse(answer) as ApiResult<unknown>) : answer),
      ),
    );
  }

  private sendJson(name: string, args: unknown): Promise<string> {
    return new Promise((resolve) =>
      this.enqueue(name, args, true, (answer) =>
        resolve(typeof answer === 'string' ? answer : JSON.stringify(answer)),
      ),
    );
  }

  private enqueue(name: string, args: unknown, json: boolean, settle: Call['settle']) {
    const refused = this.stopped ?? (this.closing ? CLOSING : null);
    if (refused) return settle({ ok: false, error: refused });
    const id = this.nextId++;
    this.calls.set(id, { name, jobId: jobIdOf(args), settle });
    this.post({ type: 'call', id, name, args, json });
  }

  private post(message: ToWorker, transfer?: ArrayBuffer[]) {
    this.worker.postMessage(message, transfer);
  }

  private start() {
    const workerData: CoreWorkerData = {
      homeDir: this.options.homeDir,
      warmUp: this.options.warmUp ?? false,
      testHooks: this.options.testHooks ?? false,
    };
    const worker = new Worker(this.entry, { workerData });
    this.worker = worker;
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) => (this.lastError = error.message));
    worker.on('exit', (code) => {
      if (worker !== this.worker || this.closing) return;
      this.restart(this.lastError || `the worker exited with code ${code}`);
    });
  }

  private restart(reason: string) {
    this.lastError = '';
    const now = Date.now();
    this.restartTimes = [...this.restartTimes.filter((t) => now - t < RESTART_WINDOW_MS), now];
    for (const [id, call] of this.calls) {
      this.calls.delete(id);
      call.settle({ ok: false, error: workerRestartedError(call.name, reason) });
    }
    if (this.restartTimes.length > MAX_RESTARTS) {
      this.stopped = {
        code: 'INTERNAL',
        message: `The background engine keeps stopping (${reason}); restart the app.`,
      };
      return;
    }
    this.restarts++;
    this.start();
    // Reopen what was open; the calls that follow queue behind it on the same port.
    const open = this.mirror;
    if (open) {
      void this.send('workspace.open', { path: open.path }).then((result) => {
        if (!result.ok && this.mirror?.path === open.path) {
          this.emitToSinks('workspace.changed', { workspace: null });
        }
      });
    }
  }

  private failAll(error: ApiErrorData) {
    for (const [id, call] of this.calls) {
      this.calls.delete(id);
      call.settle({ ok: false, error });
    }
  }

  private receive(message: FromWorker) {
    switch (message.type) {
      case 'ready':
        return;
      case 'result':
      case 'result.json': {
        const call = this.calls.get(message.id);
        if (!call) return;
        this.calls.delete(message.id);
        call.settle(message.type === 'result' ? message.result : message.json);
        return;
      }
      case 'event':
        this.emitToSinks(message.event, message.payload);
        return;
      case 'printer.open':
      case 'print':
        void this.print(message).then(
          (value) => {
            const transfer = 'pdf' in value ? [value.pdf.buffer as ArrayBuffer] : undefined;
            this.post({ type: 'print.result', id: message.id, ok: true, value }, transfer);
          },
          (error: unknown) =>
            this.post({
              type: 'print.result',
              id: message.id,
              ok: false,
              error: toErrorData(error),
            }),
        );
        return;
    }
  }

  private async print(
    message: Extract<FromWorker, { type: 'printer.open' | 'print' }>,
  ): Promise<PrintAnswer> {
    if (!this.pdfPrinter) {
      throw new AppError(
        'INTERNAL',
        'PDF printing is not available in this mode. Use the desktop app, `npx partnerscope serve` or `npx partnerscope export-pdf`.',
      );
    }
    const printer = await this.pdfPrinter();
    if (message.type === 'printer.open') return { concurrency: printer.concurrency };
    const pdf = await printer.print(message.request);
    // A copy of our own to hand over (the printer may reuse its buffer).
    return { pdf: new Uint8Array(pdf) };
  }

  private emitToSinks<E extends EventName>(event: E, payload: EventMap[E]) {
    if (event === 'workspace.changed') {
      this.mirror = (payload as EventMap['workspace.changed']).workspace;
    }
    for (const sink of this.sinks) sink(event, payload);
  }
}
