/**
 * The messages between the router (the thread that serves the UI: the browser host's request
 * loop or Electron's main process) and the core worker (SQLite + the engine). Everything is plain
 * data, so it crosses `postMessage` as is; requests carry ids, answers name the id they answer.
 */
import type { EventMap, EventName } from '../../shared/api';
import type { ApiErrorData, ApiResult } from '../../shared/errors';
import type { PrintRequest } from '../core/export/pdf/printer';

/** What the router hands the worker when it starts it. */
export interface CoreWorkerData {
  /** The app's own folder (recent list, demo workspace). */
  homeDir: string;
  /** Score a workspace in the background as soon as it opens (interactive transports). */
  warmUp: boolean;
  /** Answer the `__test.*` methods (tests only; see test-hooks.ts). */
  testHooks?: boolean;
}

/** Router → worker. */
export type ToWorker =
  /** `json`: answer with the result serialised as JSON text (the HTTP host sends it as is). */
  | { type: 'call'; id: number; name: string; args: unknown; json?: boolean }
  /** Close the workspace cleanly (WAL checkpoint) and end the thread. */
  | { type: 'shutdown' }
  /** Answers a worker's `printer.open` or `print` request. */
  | { type: 'print.result'; id: number; ok: true; value: PrintAnswer }
  | { type: 'print.result'; id: number; ok: false; error: ApiErrorData };

/** Worker → router. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { type: 'result.json'; id: number; json: string }
  | { type: 'event'; event: EventName; payload: EventMap[EventName] }
  /** Reverse requests: PDFs print where the transport can print (Chromium or Electron). */
  | { type: 'printer.open'; id: number }
  | { type: 'print'; id: number; request: PrintRequest };

export type PrintAnswer = { concurrency: number } | { pdf: Uint8Array };
