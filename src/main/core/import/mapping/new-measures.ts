/**
 * Measures named after a KPI table's own headers or measure names: a column `internet_hosts`
 * that no standard measure recognises becomes the new measure `internet_hosts`, never revenue.
 */
import type { RecognisedColumn } from '../../../../shared/api/import';
import { STANDARD_MEASURES } from '../../workspace/standard-measures';
import { normaliseName } from './columns';

/** A lower_snake_case measure key from a header (`Internet hosts (k)` → `internet_hosts_k`). */
export function measureKeyFromHeader(header: string): string {
  const slug = header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  const key = /^[a-z]/.test(slug) ? slug : `m_${slug || 'value'}`;
  return key.slice(0, 60);
}

const KNOWN = new Set(
  STANDARD_MEASURES.flatMap((m) => [normaliseName(m.key), normaliseName(m.name)]),
);

/** Whether a measure name in a long table names a standard measure (by key or name). */
export function isStandardMeasureName(name: string): boolean {
  return KNOWN.has(normaliseName(name));
}

/**
 * The numeric columns of a wide table that nothing recognised by their header: each becomes a
 * measure named after it. A column recognised only because its values are numbers counts too.
 */
export function unrecognisedNumericColumns(recognised: RecognisedColumn[]): RecognisedColumn[] {
  return recognised.filter(
    (r) =>
      r.valueType === 'number' &&
      (r.role === null || (r.role === 'amount' && !r.why.startsWith('header'))),
  );
}
