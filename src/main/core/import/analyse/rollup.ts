/**
 * Rolls transaction rows into partner × period cells by one rule (sum, count, distinct,
 * average, min, max, last), over typed arrays. Rows of several files may feed the same measure;
 * each cell keeps, per file, how many rows made it and which (the lineage).
 */
import type { RollupRule } from '../../../../shared/api/import';
import { periodForDate, type Grain, type PeriodDef } from '../../workspace/periods';
import { codeToIso } from '../values/date-code';
import { encodeRows } from './row-ranges';

/** Row numbers listed per cell and file; the count is always exact. */
export const LINEAGE_ROWS = 20;

export interface RollupInput {
  fileIdx: number;
  /** Source row numbers. */
  rows: Int32Array;
  /** Global partner index per row; -1 when the row is rejected. */
  partner: Int32Array;
  /** Final date codes bucketing each row; NaN when the row does not count. */
  dates: Float64Array;
  /** Values (distinct: interned codes; count: 1); NaN when the row does not count. */
  values: Float64Array;
}

export interface CellSource {
  fileIdx: number;
  rule: RollupRule | 'given';
  rowCount: number;
  rows: string;
}

export interface RolledCell {
  partner: number;
  period: PeriodDef;
  value: number;
  sources: CellSource[];
}

const BUCKETS = 1 << 13;

/** Period buckets of one grain, shared by every roll-up of an import (cell keys embed them). */
export class Buckets {
  readonly periods: PeriodDef[] = [];
  private readonly byMonth = new Map<number, number>();
  private readonly byKey = new Map<string, number>();

  constructor(
    private readonly grain: Grain,
    private readonly fyStart: number,
  ) {}

  of(code: number): number {
    const month = Math.floor(code / 100);
    let b = this.byMonth.get(month);
    if (b === undefined) {
      const def = periodForDate(codeToIso(month * 100 + 1), this.grain, this.fyStart);
      b = this.byKey.get(def.key);
      if (b === undefined) {
        b = this.periods.length;
        if (b >= BUCKETS) throw new Error('too many periods in one import');
        this.periods.push(def);
        this.byKey.set(def.key, b);
      }
      this.byMonth.set(month, b);
    }
    return b;
  }
}

/** Per row, a dense cell number (partner × period) of its file; cellKeys[cell] = partner·2¹³ + bucket. */
interface CellIndex {
  cellOf: Int32Array;
  cellKeys: number[];
  /** Lineage per cell, computed once and shared by measures that count every row of their cells. */
  lineage?: CellSource[][];
}

/** Shared by the roll-ups of one import: buckets per grain and cell indexes per (dates, grain). */
export class RollupContext {
  private readonly buckets = new Map<Grain, Buckets>();
  private readonly cells = new WeakMap<Float64Array, Map<Grain, CellIndex>>();

  constructor(private readonly fyStart: number) {}

  bucketsOf(grain: Grain): Buckets {
    let b = this.buckets.get(grain);
    if (!b) {
      b = new Buckets(grain, this.fyStart);
      this.buckets.set(grain, b);
    }
    return b;
  }

  /** Measures of a file without their own date share one index (same partner and date arrays). */
  cellIndex(input: RollupInput, grain: Grain): CellIndex {
    let byGrain = this.cells.get(input.dates);
    if (!byGrain) {
      byGrain = new Map();
      this.cells.set(input.dates, byGrain);
    }
    let index = byGrain.get(grain);
    if (!index) {
      const buckets = this.bucketsOf(grain);
      const n = input.rows.length;
      const cellOf = new Int32Array(n).fill(-1);
      const cellKeys: number[] = [];
      const byKey = new Map<number, number>();
      let lastKey = -1;
      let lastCell = -1;
      for (let i = 0; i < n; i++) {
        const p = input.partner[i]!;
        const d = input.dates[i]!;
        if (p < 0 || d !== d) continue;
        const key = p * BUCKETS + buckets.of(d);
        if (key !== lastKey) {
          let c = byKey.get(key);
          if (c === undefined) {
            c = cellKeys.length;
            byKey.set(key, c);
            cellKeys.push(key);
          }
          lastKey = key;
          lastCell = c;
        }
        cellOf[i] = lastCell;
      }
      index = { cellOf, cellKeys };
      byGrain.set(grain, index);
    }
    return index;
  }
}

export function rollup(
  rule: RollupRule,
  inputs: RollupInput[],
  grain: Grain,
  context: RollupContext,
): RolledCell[] {
  const buckets = context.bucketsOf(grain);
  const slotByKey = new Map<number, number>();
  const slotKeys: number[] = [];
  const indexes = inputs.map((input) => context.cellIndex(input, grain));
  let everyRow = inputs.length === 1;
  const slotOf = inputs.map((input, f) => {
    const { cellOf, cellKeys } = indexes[f]!;
    const slotOfCell = new Int32Array(cellKeys.length).fill(-1);
    const n = input.rows.length;
    const out = new Int32Array(n).fill(-1);
    const values = input.values;
    for (let i = 0; i < n; i++) {
      const c = cellOf[i]!;
      const v = values[i]!;
      if (c < 0) continue;
      if (v !== v) {
        everyRow = false;
        continue;
      }
      let s = slotOfCell[c]!;
      if (s < 0) {
        const key = cellKeys[c]!;
        s = slotByKey.get(key) ?? -1;
        if (s < 0) {
          s = slotKeys.length;
          slotByKey.set(key, s);
          slotKeys.push(key);
        }
        slotOfCell[c] = s;
      }
      out[i] = s;
    }
    return out;
  });
  const values = accumulate(rule, inputs, slotOf, slotKeys.length);
  // One file whose measure counts every row of its cells: slots are its cells, in order.
  let sources: CellSource[][];
  if (everyRow && slotKeys.length === indexes[0]!.cellKeys.length) {
    const index = indexes[0]!;
    index.lineage ??= lineage('sum', inputs, [index.cellOf], slotKeys.length);
    sources = index.lineage.map((list) => list.map((src) => ({ ...src, rule })));
  } else {
    sources = lineage(rule, inputs, slotOf, slotKeys.length);
  }
  return slotKeys.map((key, s) => ({
    partner: Math.floor(key / BUCKETS),
    period: buckets.periods[key % BUCKETS]!,
    value: values[s]!,
    sources: sources[s]!,
  }));
}

function accumulate(
  rule: RollupRule,
  inputs: RollupInput[],
  slotOf: Int32Array[],
  slots: number,
): Float64Array {
  if (rule === 'distinct') return distinctCounts(inputs, slotOf, slots);
  const acc = new Float64Array(slots);
  const count = new Float64Array(slots);
  if (rule === 'min') acc.fill(Infinity);
  if (rule === 'max') acc.fill(-Infinity);
  const lastDate = rule === 'last' ? new Float64Array(slots).fill(-Infinity) : null;
  inputs.forEach((input, f) => {
    const so = slotOf[f]!;
    const vals = input.values;
    const n = so.length;
    // One loop per rule: no rule test inside the hot loop.
    if (rule === 'sum' || rule === 'average' || rule === 'count') {
      for (let i = 0; i < n; i++) {
        const s = so[i]!;
        if (s < 0) continue;
        acc[s] = acc[s]! + vals[i]!;
        count[s] = count[s]! + 1;
      }
    } else if (rule === 'min' || rule === 'max') {
      const min = rule === 'min';
      for (let i = 0; i < n; i++) {
        const s = so[i]!;
        if (s < 0) continue;
        const v = vals[i]!;
        if (min ? v < acc[s]! : v > acc[s]!) acc[s] = v;
      }
    } else {
      const dates = input.dates;
      for (let i = 0; i < n; i++) {
        const s = so[i]!;
        if (s < 0) continue;
        const d = dates[i]!;
        if (d >= lastDate![s]!) {
          lastDate![s] = d;
          acc[s] = vals[i]!;
        }
      }
    }
  });
  if (rule === 'count') return count;
  if (rule === 'average') for (let s = 0; s < slots; s++) acc[s] = acc[s]! / count[s]!;
  return acc;
}

/**
 * Distinct values per cell by sorting (slot, code) pairs packed in one float. A row repeating
 * the previous row's pair (the lines of one order) is skipped before the sort.
 */
function distinctCounts(inputs: RollupInput[], slotOf: Int32Array[], slots: number): Float64Array {
  const SCALE = 2 ** 26;
  let n = 0;
  for (const so of slotOf) n += so.length;
  const pairs = new Float64Array(n);
  let k = 0;
  inputs.forEach((input, f) => {
    const so = slotOf[f]!;
    let previous = -1;
    for (let i = 0; i < so.length; i++) {
      if (so[i]! < 0) continue;
      const pair = so[i]! * SCALE + input.values[i]!;
      if (pair !== previous) pairs[k++] = pair;
      previous = pair;
    }
  });
  const sorted = pairs.subarray(0, k).sort();
  const out = new Float64Array(slots);
  for (let i = 0; i < k; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) {
      const s = Math.floor(sorted[i]! / SCALE);
      out[s] = out[s]! + 1;
    }
  }
  return out;
}

/** Per slot, per file: row count and the first LINEAGE_ROWS row numbers (counting sort). */
function lineage(
  rule: RollupRule,
  inputs: RollupInput[],
  slotOf: Int32Array[],
  slots: number,
): CellSource[][] {
  const out: CellSource[][] = Array.from({ length: slots }, () => []);
  inputs.forEach((input, f) => {
    const so = slotOf[f]!;
    const counts = new Int32Array(slots + 1);
    for (let i = 0; i < so.length; i++) {
      const s = so[i]!;
      if (s >= 0) counts[s + 1] = counts[s + 1]! + 1;
    }
    for (let s = 0; s < slots; s++) counts[s + 1] = counts[s + 1]! + counts[s]!;
    const offsets = counts.slice(0, slots);
    const ordered = new Int32Array(counts[slots]!);
    for (let i = 0; i < so.length; i++) {
      const s = so[i]!;
      if (s >= 0) {
        ordered[offsets[s]!] = input.rows[i]!;
        offsets[s] = offsets[s]! + 1;
      }
    }
    for (let s = 0; s < slots; s++) {
      const start = counts[s]!;
      const total = counts[s + 1]! - start;
      if (total === 0) continue;
      const shown = Math.min(total, LINEAGE_ROWS);
      out[s]!.push({
        fileIdx: input.fileIdx,
        rule,
        rowCount: total,
        rows: encodeRows(ordered, start, start + shown, total > shown),
      });
    }
  });
  return out;
}
