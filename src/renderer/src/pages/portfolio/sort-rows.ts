/**
 * Sorting row indexes by one or more columns over plain arrays: numbers compared directly, text
 * by a lower-cased copy made once per column; missing values always last. Far cheaper than a
 * generic comparator on 10 000 rows (TanStack Table keeps the sort state and headers).
 */
import type { PortfolioColumn } from './column-catalog';
import type { SortKey } from './view-state';

type Key = { values: (number | string | undefined)[]; desc: boolean; text: boolean };

const lowered = new WeakMap<PortfolioColumn, (string | undefined)[]>();

function keyOf(column: PortfolioColumn, n: number, desc: boolean): Key {
  if (column.kind !== 'text') return { values: Array.from({ length: n }, (_, i) => column.value(i)), desc, text: false };
  let values = lowered.get(column);
  if (!values) {
    values = Array.from({ length: n }, (_, i) => {
      const v = column.value(i);
      return v === undefined ? undefined : String(v).toLowerCase();
    });
    lowered.set(column, values);
  }
  return { values, desc, text: true };
}

export function sortRows(rows: number[], sort: SortKey[], catalog: PortfolioColumn[], size: number): number[] {
  const keys = sort
    .map((s) => ({ s, column: catalog.find((c) => c.id === s.id) }))
    .filter((k): k is { s: SortKey; column: PortfolioColumn } => k.column !== undefined)
    .map(({ s, column }) => keyOf(column, size, s.desc));
  if (keys.length === 0) return rows;
  return [...rows].sort((a, b) => {
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
  });
}
