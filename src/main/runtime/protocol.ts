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
}

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
  | { type: 'event'; event: string; payload: unknown }
  | { type: 'print'; id: number; request: PrintRequest }
  | { type: 'closed' };
