/** The shared selection in an address's query: `period`, `methodology` and `version`. */
import type { Selection } from '../../stores/selection-store';

const positive = (text: string | null) => {
  const n = Number(text);
  return text !== null && Number.isInteger(n) && n > 0 ? n : null;
};

export function readSelection(params: URLSearchParams): Selection {
  return {
    period: params.get('period') || null,
    methodologyId: positive(params.get('methodology')),
    version: positive(params.get('version')),
  };
}

/** A copy of `params` carrying `s` (defaults removed). */
export function writeSelection(params: URLSearchParams, s: Selection): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (key: string, value: string | number | null) =>
    value === null ? next.delete(key) : next.set(key, String(value));
  put('period', s.period);
  put('methodology', s.methodologyId);
  put('version', s.version);
  return next;
}

export function hasSelection(params: URLSearchParams): boolean {
  return ['period', 'methodology', 'version'].some((k) => params.has(k));
}
