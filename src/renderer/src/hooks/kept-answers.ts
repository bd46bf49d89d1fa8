/**
 * Answers kept by the exact request they answer, for a short while (see use-api-query.ts): a page
 * opened again shows its answer at once instead of asking the backend for the same thing.
 */
export class KeptAnswers {
  private readonly entries = new Map<string, { data: unknown; at: number; stamp: number }>();

  constructor(
    private readonly freshMs: number,
    private readonly size: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * The answer kept for `key` while it is fresh and was kept at `stamp` (the count of writes so
   * far); an older one is dropped.
   */
  get(key: string, stamp: number): { data: unknown } | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.stamp !== stamp || this.now() - hit.at > this.freshMs) {
      this.entries.delete(key);
      return undefined;
    }
    return hit;
  }

  /** Keeps `data` for `key`; the least recently kept answer goes when there are too many. */
  put(key: string, data: unknown, stamp: number) {
    this.entries.delete(key);
    this.entries.set(key, { data, at: this.now(), stamp });
    if (this.entries.size > this.size) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }
}
