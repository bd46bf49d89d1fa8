/**
 * Imputation of a KPI's missing values before normalisation (COINr's `Impute`): the mean or
 * median of the KPI within the partner's peer group (of everyone when the group has no value),
 * or the partner's own value of the previous period. Every filled cell is recorded.
 */
import type { GroupIndex } from '../peer-groups';

export type ImputationMethod = 'peer_mean' | 'peer_median' | 'previous_period';

export interface ImputedValue {
  row: number;
  value: number;
  method: ImputationMethod;
}

export interface ImputeResult {
  values: Float64Array;
  imputed: ImputedValue[];
}

/** Fills the NaN cells of `values`; `previous` holds last period's values for `previous_period`. */
export function impute(
  values: Float64Array,
  method: ImputationMethod,
  groups: GroupIndex,
  previous?: Float64Array,
): ImputeResult {
  const out = values.slice();
  const imputed: ImputedValue[] = [];
  // Per row, the value a gap takes: the previous period's, or its peer group's statistic.
  let byGroup: Float64Array | null = null;
  if (method !== 'previous_period') {
    const stat = method === 'peer_mean' ? mean : selectMedian;
    const grouped = groupValues(values, groups);
    let overall: number | undefined; // only needed when a group has no value at all
    byGroup = new Float64Array(groups.count);
    for (let g = 0; g < groups.count; g++) {
      const v = stat(grouped.values.subarray(grouped.start[g]!, grouped.start[g + 1]!));
      byGroup[g] = Number.isNaN(v) ? (overall ??= stat(grouped.values.slice())) : v;
    }
  }
  const ids = groups.ids;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === out[i]) continue;
    const v = byGroup ? byGroup[ids[i]!]! : (previous?.[i] ?? NaN);
    if (v !== v) continue;
    out[i] = v;
    imputed.push({ row: i, value: v, method });
  }
  return { values: out, imputed };
}

/** Mean of the values in row order; NaN when empty. */
function mean(values: Float64Array): number {
  if (values.length === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** Median by selection (no full sort; reorders `values`); NaN when empty. */
function selectMedian(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return NaN;
  const hi = select(values, n >> 1);
  if (n % 2 === 1) return hi;
  // The lower middle is the largest value left of the upper one after selection.
  let lo = -Infinity;
  for (let i = 0; i < n >> 1; i++) if (values[i]! > lo) lo = values[i]!;
  return (lo + hi) / 2;
}

/** The k-th smallest value (Hoare's selection); leaves smaller values before index k. */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const pivot = a[(left + right) >> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k]!;
}

/** The present values of each group, contiguous (row order within a group), with offsets. */
function groupValues(values: Float64Array, groups: GroupIndex) {
  const start = new Int32Array(groups.count + 1);
  for (let i = 0; i < values.length; i++)
    if (values[i] === values[i]) start[groups.ids[i]! + 1]! += 1;
  for (let g = 0; g < groups.count; g++) start[g + 1] = start[g + 1]! + start[g]!;
  const fill = start.slice(0, groups.count);
  const out = new Float64Array(start[groups.count]!);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    const g = groups.ids[i]!;
    out[fill[g]!] = v;
    fill[g] = fill[g]! + 1;
  }
  return { values: out, start };
}
