/**
 * Exact-enough sets of text keys without keeping the text: each key is hashed to 64 bits (two
 * 32-bit halves) and kept in an open-addressing table over typed arrays, so that a million keys
 * cost ~25 MB and no garbage. Two different keys are confused only if all 64 bits agree
 * (about 3 in 100 million for a million keys). Used for duplicate detection and distinct counts.
 */
let h1 = 0;
let h2 = 0;

/** Hashes the strings (as one key, parts separated) into the module's h1/h2 (cyrb53's core). */
function hashParts(parts: string[], count: number): void {
  let a = 0xdeadbeef;
  let b = 0x41c6ce57;
  for (let p = 0; p < count; p++) {
    const s = parts[p]!;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 2654435761);
      b = Math.imul(b ^ c, 1597334677);
    }
    a = Math.imul(a ^ 31, 2654435761);
    b = Math.imul(b ^ 31, 1597334677);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  h1 = a >>> 0;
  h2 = b >>> 0;
}

export class KeyTable {
  /** Slot i holds hash halves at keys[3i], keys[3i+1] and its value + 1 at keys[3i+2] (0: empty). */
  private keys: Uint32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    this.keys = new Uint32Array(capacity * 3);
    this.mask = capacity - 1;
  }

  /** The value stored for the key made of `parts[0..count)`; stores `value` and returns -1 when new. */
  getOrSet(parts: string[], count: number, value: number): number {
    hashParts(parts, count);
    return this.lookup(h1, h2, value);
  }

  private lookup(a: number, b: number, value: number): number {
    const keys = this.keys;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & this.mask;
    for (;;) {
      const at = i * 3;
      const v = keys[at + 2]!;
      if (v === 0) {
        keys[at] = a;
        keys[at + 1] = b;
        keys[at + 2] = value + 1;
        if (++this.size * 2 > this.mask) this.grow();
        return -1;
      }
      if (keys[at] === a && keys[at + 1] === b) return v - 1;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Uint32Array(old.length * 2);
    this.mask = (old.length / 3) * 2 - 1;
    this.size = 0;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2]! !== 0) this.lookup(old[at]!, old[at + 1]!, old[at + 2]! - 1);
    }
  }
}

/** Dense codes for distinct values (code = order of first appearance). */
export class DistinctCodes {
  private readonly table: KeyTable;
  private readonly one: string[] = [''];
  private last = '';
  private lastCode = -1;
  count = 0;

  constructor(capacity = 1 << 16) {
    this.table = new KeyTable(capacity);
  }

  code(text: string): number {
    if (text === this.last && this.lastCode >= 0) return this.lastCode;
    this.one[0] = text;
    const found = this.table.getOrSet(this.one, 1, this.count);
    const code = found >= 0 ? found : this.count++;
    this.last = text;
    this.lastCode = code;
    return code;
  }
}
