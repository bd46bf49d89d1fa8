/**
 * A bound on how long a read may stall. Damaged workbooks can leave the zip and XML parsers
 * waiting for data that never comes; the watchdog turns such a stall into a clear error instead
 * of an import that never answers. Activity is any byte read or row produced.
 */
import { ReaderError } from './types';

export interface Activity {
  /** When the last byte was read or the last row produced (ms since the epoch). */
  at: number;
  /** Set once the whole file has been read: from then on only parsing is left. */
  ended: boolean;
}

/** How long a read may stall: while bytes are still to come, and after the file was read whole. */
export const readLimits = { idleMs: 30_000, afterEndMs: 5_000 };

export function newActivity(): Activity {
  return { at: Date.now(), ended: false };
}

/** `promise`, or a ReaderError (after `onStall`) when `activity` stalls past the limits. */
export function watch<T>(
  promise: Promise<T>,
  activity: Activity,
  message: string,
  onStall: () => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setInterval(
      () => {
        const limit = activity.ended ? readLimits.afterEndMs : readLimits.idleMs;
        if (Date.now() - activity.at <= limit) return;
        clearInterval(timer);
        onStall();
        reject(new ReaderError(message));
      },
      Math.min(250, readLimits.afterEndMs),
    );
    promise.then(
      (value) => {
        clearInterval(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearInterval(timer);
        reject(error as Error);
      },
    );
  });
}
