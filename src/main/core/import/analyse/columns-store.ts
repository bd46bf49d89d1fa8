/** Append-only typed columns: parsed rows are kept as numbers, never as row objects. */
export class F64Column {
  data: Float64Array;
  length = 0;

  constructor(capacity = 4096) {
    this.data = new Float64Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

export class I32Column {
  data: Int32Array;
  length = 0;

  constructor(capacity = 4096) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Strings interned to dense integer codes (partner keys, distinct-count values). */
export class Interner {
  readonly codes = new Map<string, number>();
  readonly values: string[] = [];
  private last = '';
  private lastCode = -1;

  code(value: string): number {
    // Rows of one order or one partner often follow each other.
    if (value === this.last && this.lastCode >= 0) return this.lastCode;
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.codes.set(value, c);
      this.values.push(value);
    }
    this.last = value;
    this.lastCode = c;
    return c;
  }
}
