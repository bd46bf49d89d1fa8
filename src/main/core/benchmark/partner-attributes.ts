/**
 * Partner attributes (the free-form `attributes` JSON: segment, specialisation, employees…) by
 * dataset row, read once per dataset; the scoring dataset itself does not carry them.
 */
import type { ScoringDataset } from '../scoring/dataset';
import type { Workspace } from '../workspace/workspace';

export type Attributes = Record<string, string | number | boolean | null>;

const cache = new WeakMap<ScoringDataset, Attributes[]>();

export function partnerAttributes(ws: Workspace, dataset: ScoringDataset): Attributes[] {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const rows = ws.sqlite.prepare('SELECT id, attributes FROM partners').raw(true).all() as [
    number,
    string | null,
  ][];
  const byId = new Map(rows.map(([id, json]) => [id, json]));
  const out = Array.from(dataset.partners.id, (id): Attributes => {
    const json = byId.get(id);
    if (!json) return {};
    try {
      const parsed = JSON.parse(json) as unknown;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as Attributes)
        : {};
    } catch {
      return {};
    }
  });
  cache.set(dataset, out);
  return out;
}

/** Attribute keys usable for grouping: between 2 and `maxValues` distinct values. */
export function groupableAttributes(attributes: Attributes[], maxValues = 30): string[] {
  const values = new Map<string, Set<string>>();
  for (const a of attributes) {
    for (const [key, v] of Object.entries(a)) {
      if (v === null || !/^[A-Za-z][A-Za-z0-9_]{0,62}$/.test(key)) continue;
      let set = values.get(key);
      if (!set) values.set(key, (set = new Set()));
      if (set.size <= maxValues) set.add(String(v));
    }
  }
  return [...values]
    .filter(([, set]) => set.size >= 2 && set.size <= maxValues)
    .map(([key]) => key)
    .sort();
}
