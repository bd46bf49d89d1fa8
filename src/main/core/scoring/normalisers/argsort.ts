/**
 * Indices of the non-missing values in ascending order, by an LSD radix sort on the IEEE-754
 * bits (8 passes of 8 bits, stable): linear time and no comparator calls, which at 10 000 rows
 * is several times faster than a comparison sort followed by a binary search per row.
 */
const scratch = { keys: new Float64Array(0), words: [] as Uint32Array[] };

/** Four key-word buffers of at least `count` each, kept between calls (only the order escapes). */
function keyWords(count: number): Uint32Array[] {
  if (scratch.words.length === 0 || scratch.words[0]!.length < count) {
    const size = Math.max(count, 1024);
    scratch.words = [0, 1, 2, 3].map(() => new Uint32Array(size));
  }
  return scratch.words.map((w) => w.subarray(0, count));
}

export function argsortAscending(values: Float64Array): Int32Array {
  const n = values.length;
  let count = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i]!)) count++;
  if (scratch.keys.length < count) scratch.keys = new Float64Array(Math.max(count, 1024));
  const keys = scratch.keys;
  const bits = new Uint32Array(keys.buffer, 0, count * 2);
  let order = new Int32Array(count);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    keys[j] = v === 0 ? 0 : v; // -0 sorts with +0
    order[j++] = i;
  }
  // Order-preserving unsigned keys: flip every bit of negatives, only the sign bit of positives.
  // Little-endian: bits[2j] is the low word, bits[2j + 1] the high word.
  const [lo, hi, loNext, hiNext] = keyWords(count) as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
  for (let k = 0; k < count; k++) {
    const h = bits[2 * k + 1]!;
    const negative = h >>> 31 === 1;
    hi[k] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[k] = negative ? ~bits[2 * k]! >>> 0 : bits[2 * k]!;
  }
  let keyLo = lo;
  let keyHi = hi;
  let nextLo = loNext;
  let nextHi = hiNext;
  let nextOrder = new Int32Array(count);
  const histogram = new Int32Array(256);
  for (let pass = 0; pass < 8; pass++) {
    const word = pass < 4 ? keyLo : keyHi;
    const shift = (pass % 4) * 8;
    histogram.fill(0);
    for (let k = 0; k < count; k++) histogram[(word[k]! >>> shift) & 255]!++;
    if (histogram[(word[0]! >>> shift) & 255] === count) continue; // this byte never varies
    let sum = 0;
    for (let b = 0; b < 256; b++) {
      const c = histogram[b]!;
      histogram[b] = sum;
      sum += c;
    }
    for (let k = 0; k < count; k++) {
      const dest = histogram[(word[k]! >>> shift) & 255]!++;
      nextLo[dest] = keyLo[k]!;
      nextHi[dest] = keyHi[k]!;
      nextOrder[dest] = order[k]!;
    }
    [keyLo, nextLo] = [nextLo, keyLo];
    [keyHi, nextHi] = [nextHi, keyHi];
    [order, nextOrder] = [nextOrder, order];
  }
  return order;
}

/** Stable regrouping of an ascending order by group id (counting sort): ascending within groups. */
export function groupOrder(
  order: Int32Array,
  groupIds: Int32Array,
  groupCount: number,
): { order: Int32Array; start: Int32Array } {
  const start = new Int32Array(groupCount + 1);
  for (let k = 0; k < order.length; k++) start[groupIds[order[k]!]! + 1]!++;
  for (let g = 0; g < groupCount; g++) start[g + 1] = start[g + 1]! + start[g]!;
  const fill = start.slice(0, groupCount);
  const out = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const row = order[k]!;
    const g = groupIds[row]!;
    out[fill[g]!] = row;
    fill[g] = fill[g]! + 1;
  }
  return { order: out, start };
}
