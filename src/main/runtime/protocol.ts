/**
 * The messages between a transport's thread (the browser host's request loop, the Electron main
 * process) and the core worker that owns SQLite and the engine. Plain data only.
 */
import type { ApiResult } from '../../shared/errors';
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
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { type: 'event'; event: string; payload: unknown }
  | { type: 'print'; id: number; request: PrintRequest }
  | { type: 'closed' };
