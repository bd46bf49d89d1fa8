/**
 * A numeric partner attribute (employees, territory size…) as a column over the dataset's
 * partners, NaN where a partner lacks it or it is not a finite number; parsed once per key.
 */
import type { ScoringDataset } from './dataset';

const cache = new WeakMap<ScoringDataset, Map<string, Float64Array>>();

export function attributeColumn(ds: ScoringDataset, key: string): Float64Array {
  let byKey = cache.get(ds);
  if (!byKey) cache.set(ds, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const texts = ds.partners.attributes ?? [];
  const out = new Float64Array(ds.partners.id.length).fill(NaN);
  texts.forEach((text, i) => {
    if (!text) return;
    try {
      const parsed = JSON.parse(text) as Record<string, unknown> | null;
      const v = parsed && typeof parsed === 'object' ? parsed[key] : undefined;
      const x = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
      out[i] = Number.isFinite(x) ? x : NaN;
    } catch {
      // not JSON: no attributes
    }
  });
  byKey.set(key, out);
  return out;
}
