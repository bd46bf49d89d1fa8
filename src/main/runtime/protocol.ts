/**
 * The messages between a transport's thread (the browser host's request loop, the Electron main
 * process) and the core worker that owns SQLite and the engine. Plain data only.
 */
import type { ApiResult } from '../../shared/errors';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** An API result as JSON bytes, as the worker sends it. */
export function encodeResult(result: ApiResult<unknown>): Uint8Array {
  let text: string;
  try {
    text = JSON.stringify(result);
  } catch (error) {
    text = JSON.stringify({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `The answer could not be encoded: ${(error as Error).message}`,
      },
    } satisfies ApiResult<unknown>);
  }
  return encoder.encode(text);
}

export function decodeResult(json: Uint8Array): ApiResult<unknown> {
  return JSON.parse(decoder.decode(json)) as ApiResult<unknown>;
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
   * A call's answer as the UTF-8 bytes of its JSON (the contract's wire format), encoded on the
   * worker and transferred, not copied: the routing thread never walks or re-encodes a large
   * result (the portfolio at 100k partners is ~30 MB), it hands the bytes on.
   */
  | { type: 'result'; id: number; json: Uint8Array }
  | { type: 'event'; event: string; payload: unknown }
  | { type: 'print'; id: number; request: PrintRequest }
  | { type: 'closed' };
