/**
 * Imputation of a KPI's missing values before normalisation (COINr's `Impute`): the mean or
 * median of the KPI within the partner's peer group (of everyone when the group has no value),
 * or the partner's own value of the previous period. Every filled cell is recorded.
 */
import type { GroupIndex } from '../peer-groups';
import { median } from '../missing-data';
import { sortByGroup } from '../normalisers/sorted-groups';

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
  const out = Float64Array.from(values);
  const imputed: ImputedValue[] = [];
  let fill: (row: number) => number;
  if (method === 'previous_period') {
    fill = (row) => previous?.[row] ?? NaN;
  } else {
    const stat = method === 'peer_mean' ? mean : median;
    const sorted = sortByGroup(values, groups);
    let overall: number | undefined; // only needed when a group has no value at all
    const byGroup = new Float64Array(groups.count);
    for (let g = 0; g < groups.count; g++) {
      const v = stat(sorted.values.subarray(sorted.start[g]!, sorted.start[g + 1]!));
      byGroup[g] = Number.isNaN(v)
        ? (overall ??= stat(Float64Array.from(sorted.values).sort()))
        : v;
    }
    fill = (row) => byGroup[groups.ids[row]!]!;
  }
  for (let i = 0; i < out.length; i++) {
    if (!Number.isNaN(out[i]!)) continue;
    const v = fill(i);
    if (Number.isNaN(v)) continue;
    out[i] = v;
    imputed.push({ row: i, value: v, method });
  }
  return { values: out, imputed };
}

/** Mean of the values in ascending order (the same order as the median reads them); NaN when empty. */
function mean(sorted: Float64Array): number {
  if (sorted.length === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i]!;
  return sum / sorted.length;
}
