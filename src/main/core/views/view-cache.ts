/**
 * Results kept per dataset: the scoring service replaces its dataset object whenever the data
 * changes, so keying on its identity (a WeakMap) drops stale entries by itself.
 */
import type { ScoringDataset } from '../scoring/dataset';

const MAX_ENTRIES = 8;

export class ViewCache<T> {
  private readonly byDataset = new WeakMap<ScoringDataset, Map<string, T>>();

  get(dataset: ScoringDataset, key: string): T | undefined {
    return this.byDataset.get(dataset)?.get(key);
  }

  set(dataset: ScoringDataset, key: string, value: T): void {
    let entries = this.byDataset.get(dataset);
    if (!entries) {
      entries = new Map();
      this.byDataset.set(dataset, entries);
    }
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    entries.set(key, value);
  }
}
