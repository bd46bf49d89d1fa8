/**
 * The core worker's entry: one AppContext and dispatcher (SQLite, the engine, imports, exports)
 * on a thread of its own (a worker thread, or a child process's main thread), so that no heavy
 * call ever runs on the thread that serves the UI. The transport's thread sends calls and
 * receives results and push events (see core-client.ts).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { AppContext } from '../core/app/context';
import { createDispatcher } from '../core/api/dispatcher';
import { warmUpOnOpen } from '../core/app/warm-up';
import type { PdfPrinter, PrintRequest } from '../core/export/pdf/printer';
import {
  ANSWER_PART_BYTES,
  CORE_OPTIONS_ENV,
  encodeResult,
  type CoreWorkerOptions,
  type FromWorker,
  type ToWorker,
} from './protocol';
import { lowerThisProcessPriority, lowerThisThreadPriority } from './thread-priority';

interface Channel {
  options: CoreWorkerOptions;
  post(message: FromWorker): void;
  /** A call's answer: its buffer moved to a worker thread's parent; in parts to a parent process. */
  answer(id: number, json: Uint8Array): void;
  onMessage(listener: (message: ToWorker) => void): void;
  /** After `closed` was posted: a child process ends; a worker thread is ended by its parent. */
  done(): void;
}

function threadChannel(): Channel | null {
  const port = parentPort;
  if (!port) return null;
  // Below the UI's thread: see thread-priority.ts (Chromium printers started here inherit it).
  lowerThisThreadPriority();
  return {
    options: workerData as CoreWorkerOptions,
    post: (message) => port.postMessage(message),
    answer: (id, json) =>
      port.postMessage({ type: 'result', id, json } satisfies FromWorker, [
        json.buffer as ArrayBuffer,
      ]),
    onMessage: (listener) => port.on('message', listener),
    done: () => undefined,
  };
}

function processChannel(): Channel {
  const send = process.send?.bind(process);
  const json = process.env[CORE_OPTIONS_ENV];
  if (!send || !json) throw new Error('core-worker runs as a worker thread or a forked process');
  // Not passed on to the processes this one starts (Chromium).
  delete process.env[CORE_OPTIONS_ENV];
  lowerThisProcessPriority();
  // The app that started this process is gone (closed or crashed): close the workspace and end.
  process.once('disconnect', () => {
    void shutdown().finally(() => process.exit(0));
  });
  const post = (message: FromWorker) => {
    if (process.connected) send(message);
  };
  const options = JSON.parse(json) as CoreWorkerOptions;
  const size = options.answerPartBytes ?? ANSWER_PART_BYTES;
  return {
    options,
    post,
    answer: (id, bytes) => {
      let at = 0;
      for (; bytes.byteLength - at > size; at += size)
        post({ type: 'part', id, bytes: bytes.subarray(at, at + size) });
      post({ type: 'result', id, json: bytes.subarray(at) });
    },
    onMessage: (listener) => process.on('message', listener as (message: unknown) => void),
    done: () => {
      if (process.connected) process.disconnect();
      else process.exit(0);
    },
  };
}

const channel = threadChannel() ?? processChannel();
const options = channel.options;
const post = channel.post;

const ctx = new AppContext(options.homeDir);
const dispatch = createDispatcher(ctx);
ctx.onEvent((event, payload) => post({ type: 'event', event, payload }));

/**
 * Calls from the transport: running now, when the last one ended, whether a page has asked for
 * its data yet (any call but workspace.*) since the workspace opened.
 */
const calls = { running: 0, lastEnded: 0, pageAsked: false };
const QUIET_MS = 1000;
const PAGE_WAIT_MS = 10_000;
/**
 * The warm-up's next step waits until a page has asked for its data (or 10 s passed without a
 * page) and no call has run for a second: a page that loads while the host is still starting is
 * never queued behind the dataset load.
 */
function pageServed(): Promise<void> {
  const since = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      const asked = calls.pageAsked || now - since >= PAGE_WAIT_MS;
      if (asked && calls.running === 0 && now - calls.lastEnded >= QUIET_MS) resolve();
      else setTimeout(check, 50);
    };
    check();
  });
}
ctx.onEvent((event) => {
  if (event === 'workspace.changed') calls.pageAsked = false;
});
if (options.warmUp) warmUpOnOpen(ctx, dispatch, 50, pageServed);

/**
 * A full garbage collection right after a call that leaves hundreds of megabytes behind (an
 * import's parsed rows once committed, the previous data's caches once the data moved), before
 * the next call loads the new dataset on top of them: the process's peak memory is then what it
 * holds, not that plus uncollected garbage. V8 is asked for its collector once, at start.
 */
const collect = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : () => undefined;
  } catch {
    return () => undefined;
  }
})();
const LEAVES_GARBAGE = new Set([
  'import.commit',
  'import.undo',
  'workspace.create',
  'demo.generate',
]);

/** PDFs printed by the transport's thread (Electron's printToPDF), one request at a time each. */
const prints = new Map<
  number,
  { resolve: (pdf: Uint8Array) => void; reject: (e: Error) => void }
>();
let nextPrint = 1;
function transportPrinter(): PdfPrinter {
  return {
    concurrency: 1,
    print: (request: PrintRequest) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const id = nextPrint++;
        prints.set(id, { resolve, reject });
        post({ type: 'print', id, request });
      }),
    close: async () => undefined,
  };
}

let closePrinter: () => Promise<void> = async () => undefined;

async function installPrinter() {
  if (options.printer === 'transport') {
    const printer = transportPrinter();
    ctx.pdfPrinter = async () => printer;
  } else if (options.printer === 'chromium' && options.rendererDir) {
    const [{ installChromiumPrinter }, { startHost }] = await Promise.all([
      import('../core/export/pdf/chromium-host-printer'),
      import('../host/server'),
    ]);
    const source = installChromiumPrinter(ctx, {
      dispatch,
      rendererDir: options.rendererDir,
      startHost,
    });
    closePrinter = () => source.close();
  }
}

/** Closes what lives outside this thread (Chromium) and the workspace, then says so (once). */
let closing: Promise<void> | null = null;
function shutdown(): Promise<void> {
  closing ??= (async () => {
    await closePrinter().catch(() => undefined);
    ctx.close();
    post({ type: 'closed' });
  })();
  return closing;
}

channel.onMessage((message: ToWorker) => {
  if (message.type === 'call') {
    calls.running++;
    if (!message.name.startsWith('workspace.')) calls.pageAsked = true;
    void dispatch(message.name, message.args).then((result) => {
      calls.running--;
      calls.lastEnded = performance.now();
      if (LEAVES_GARBAGE.has(message.name)) setImmediate(collect);
      // Encoded here, on the core, and handed on as bytes: see protocol.ts.
      const json = encodeResult(result, message.name);
      channel.answer(message.id, json);
    });
  } else if (message.type === 'shutdown') {
    void shutdown().then(() => channel.done());
  } else if (message.type === 'printed') {
    const waiting = prints.get(message.id);
    prints.delete(message.id);
    if (message.pdf) waiting?.resolve(message.pdf);
    else waiting?.reject(new Error(message.error ?? 'Printing failed.'));
  }
});

await installPrinter();
post({ type: 'ready' });
