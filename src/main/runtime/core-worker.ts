/**
 * The core worker: the one thread that owns SQLite and the engine for an interactive app (the
 * browser host, the desktop app). It runs the same AppContext and dispatcher the CLI and tests
 * use in-process, takes calls from the router by id, answers them, relays push events, and asks
 * the router to print PDFs (Electron can only print from its main process; the browser host's
 * Chromium printer lives beside the host it loads pages from).
 *
 * Built by electron-vite as `out/main/core-worker.js`; from sources it is loaded through
 * `core-worker-source.mjs`, which registers tsx first.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { AppContext } from '../core/app/context';
import { createDispatcher, toErrorData } from '../core/api/dispatcher';
import { warmUpOnOpen } from '../core/app/warm-up';
import type { PdfPrinter, PrintRequest } from '../core/export/pdf/printer';
import type { CoreWorkerData, FromWorker, PrintAnswer, ToWorker } from './protocol';
import { runTestHook } from './test-hooks';

const port = parentPort;
if (!port) throw new Error('core-worker runs inside a worker thread only.');
const data = workerData as CoreWorkerData;
const post = (message: FromWorker) => port.postMessage(message);

const ctx = new AppContext(data.homeDir);
const dispatch = createDispatcher(ctx);
ctx.onEvent((event, payload) => post({ type: 'event', event, payload }));
if (data.warmUp) warmUpOnOpen(ctx, dispatch);

// Reverse requests to the router: ids of our own, answered by `print.result` messages.
let nextId = 1;
const waiting = new Map<number, { resolve(v: PrintAnswer): void; reject(e: Error): void }>();
function ask(message: { type: 'printer.open' } | { type: 'print'; request: PrintRequest }) {
  const id = nextId++;
  return new Promise<PrintAnswer>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    post({ ...message, id });
  });
}

const remotePrinter = (concurrency: number): PdfPrinter => ({
  concurrency,
  print: async (request) => {
    const answer = await ask({ type: 'print', request });
    if (!('pdf' in answer)) throw new AppError('INTERNAL', 'The printer answered without a PDF.');
    return answer.pdf;
  },
  // The router owns the printer and closes it when it stops.
  close: async () => undefined,
});

ctx.pdfPrinter = async () => {
  const answer = await ask({ type: 'printer.open' });
  return remotePrinter('concurrency' in answer ? answer.concurrency : 1);
};

port.on('message', (message: ToWorker) => {
  if (message.type === 'call') {
    const { id, name, args, json } = message;
    const hook = data.testHooks ? runTestHook(name, args, ctx) : undefined;
    const pending = hook ?? dispatch(name, args);
    void pending.then(
      (result) =>
        json
          ? post({ type: 'result.json', id, json: JSON.stringify(result) })
          : post({ type: 'result', id, result }),
      (error: unknown) =>
        post({ type: 'result', id, result: { ok: false, error: toErrorData(error) } }),
    );
    return;
  }
  if (message.type === 'shutdown') {
    ctx.close();
    process.exit(0); // in a worker this ends the thread, not the process
  }
  const pending = waiting.get(message.id);
  if (!pending) return;
  waiting.delete(message.id);
  if (message.ok) pending.resolve(message.value);
  else
    pending.reject(new AppError(message.error.code, message.error.message, message.error.details));
});

post({ type: 'ready' });
