/**
 * Sorting row indexes without a comparator per click: the order of every row by a column (and
 * direction) is computed once and kept; sorting a filtered view is then one pass that keeps the
 * rows of that order which are in the view. Numbers compare directly, text by a lower-cased copy;
 * missing values always come last. Several sort keys fall back to a comparator.
 */
import type { PortfolioColumn } from './column-catalog';
import type { SortKey } from './view-state';

type Value = number | string | undefined;

const orders = new WeakMap<PortfolioColumn, Map<boolean, Int32Array>>();

function columnValues(column: PortfolioColumn, n: number): Value[] {
  return Array.from({ length: n }, (_, i) => {
    const v = column.value(i);
    return column.kind === 'text' && v !== undefined ? String(v).toLowerCase() : v;
  });
}

function compareBy(keys: { values: Value[]; desc: boolean }[]) {
  return (a: number, b: number) => {
    for (const k of keys) {
      const x = k.values[a];
      const y = k.values[b];
      if (x === y) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      const order = x < y ? -1 : 1;
      return k.desc ? -order : order;
    }
    return a - b;
  };
}

/** Every row ordered by one column, computed once per column and direction. */
export function orderOf(column: PortfolioColumn, desc: boolean, n: number): Int32Array {
  let byDirection = orders.get(column);
  if (!byDirection) {
    byDirection = new Map();
    orders.set(column, byDirection);
  }
  let order = byDirection.get(desc);
  if (!order) {
    const values = columnValues(column, n);
    order = Int32Array.from({ length: n }, (_, i) => i).sort(compareBy([{ values, desc }]));
    byDirection.set(desc, order);
  }
  return order;
}

export function sortRows(
  rows: number[],
  sort: SortKey[],
  catalog: PortfolioColumn[],
  n: number,
): number[] {
  const keys = sort
    .map((s) => ({ desc: s.desc, column: catalog.find((c) => c.id === s.id) }))
    .filter((k): k is { desc: boolean; column: PortfolioColumn } => k.column !== undefined);
  if (keys.length === 0) return rows;
  if (keys.length > 1) {
    return [...rows].sort(
      compareBy(keys.map((k) => ({ values: columnValues(k.column, n), desc: k.desc }))),
    );
  }
  const order = orderOf(keys[0]!.column, keys[0]!.desc, n);
  if (rows.length === n) return Array.from(order);
  const inView = new Uint8Array(n);
  for (const r of rows) inView[r] = 1;
  const out: number[] = [];
  for (const r of order) if (inView[r]) out.push(r);
  return out;
}
