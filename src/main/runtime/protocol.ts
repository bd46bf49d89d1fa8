/**
 * The messages between a transport's thread (the browser host's request loop, the Electron main
 * process) and the core worker that owns SQLite and the engine. Plain data only.
 */
import type { ApiResult } from '../../shared/errors';
import { decodeAnswer, encodeAnswer } from '../../shared/wire/answer-wire';

/**
 * An API result as the bytes that cross the transports: JSON, or the Portfolio's columnar frame
 * (src/shared/wire/answer-wire.ts). The routing thread passes them on unread.
 */
export function encodeResult(result: ApiResult<unknown>, name = ''): Uint8Array {
  return encodeAnswer(name, result);
}

export function decodeResult(bytes: Uint8Array): ApiResult<unknown> {
  return decodeAnswer(bytes);
}
import type { PrintRequest } from '../core/export/pdf/printer';

/** What the worker needs to start: where the app keeps its files and how PDFs print. */
export interface CoreWorkerOptions {
  homeDir: string;
  /** Score the open workspace in the background when it opens (interactive transports). */
  warmUp: boolean;
  /**
   * `chromium`: print PDFs inside the worker with Chromium (browser mode, needs `rendererDir`);
   * `transport`: ask the transport's thread to print (Electron's printToPDF); `none`: no PDFs.
   */
  printer: 'chromium' | 'transport' | 'none';
  rendererDir?: string;
  /** A core process's answer part size (default ANSWER_PART_BYTES; tests use smaller). */
  answerPartBytes?: number;
}

/**
 * Where the core runs. `thread`: a worker thread of this process (the desktop app, whose main
 * process is Electron's). `process`: a Node child process of its own (the browser host), so the
 * engine's CPU, memory maps and garbage collection are never the routing thread's: on Linux,
 * where the kernel schedules each session as one group (autogroup), a busy core in the host's own
 * process made the whole group look busy and kept its idle routing thread waiting to run.
 */
export type CoreIsolation = 'thread' | 'process';

/** The size of the parts a core process sends a large answer in. */
export const ANSWER_PART_BYTES = 1 << 20;

/** The environment variable that carries a core process's CoreWorkerOptions (JSON). */
export const CORE_OPTIONS_ENV = 'PARTNERSCOPE_CORE_OPTIONS';

export type ToWorker =
  | { type: 'call'; id: number; name: string; args: unknown }
  | { type: 'printed'; id: number; pdf?: Uint8Array; error?: string }
  | { type: 'shutdown' };

export type FromWorker =
  | { type: 'ready' }
  /**
   * A call's answer in the contract's wire format (JSON, or the Portfolio's Arrow columns),
   * encoded on the worker and transferred, not copied: the routing thread never walks or
   * re-encodes a large result (the portfolio at 100k partners is ~20 MB), it hands the bytes on.
   */
  | { type: 'result'; id: number; json: Uint8Array }
  /**
   * A core process (isolation `process`) sends a large answer as parts before its `result`, which
   * carries the last one: a message crosses the IPC pipe copied and is joined into one buffer
   * when complete, and joining a ~40 MB Portfolio at once held the routing thread for 20-60 ms.
   */
  | { type: 'part'; id: number; bytes: Uint8Array }
  | { type: 'event'; event: string; payload: unknown }
  | { type: 'print'; id: number; request: PrintRequest }
  | { type: 'closed' };
