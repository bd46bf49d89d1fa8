import { useCallback, useState } from 'react';
import { toErrorInfo, type ErrorInfo } from '../stores/error-info';

/**
 * Runs a user-started API action (open, create…) and keeps its pending flag and error for the
 * form that started it. `action` should be stable (a module-level function).
 */
export function useAsyncAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);

  const run = useCallback(
    async (...args: A): Promise<{ ok: true; value: R } | { ok: false }> => {
      setPending(true);
      setError(null);
      try {
        return { ok: true, value: await action(...args) };
      } catch (caught) {
        setError(toErrorInfo(caught));
        return { ok: false };
      } finally {
        setPending(false);
      }
    },
    [action],
  );

  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
