/** A fixed number of reusable slots (browser pages), handed out in order, first come first served. */
export class Pool<T> {
  private readonly free: T[];
  private readonly waiting: ((item: T) => void)[] = [];

  constructor(items: T[]) {
    this.free = [...items];
  }

  async use<R>(work: (item: T) => Promise<R>): Promise<R> {
    const item =
      this.free.shift() ?? (await new Promise<T>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(item);
    } finally {
      const next = this.waiting.shift();
      if (next) next(item);
      else this.free.push(item);
    }
  }
}
