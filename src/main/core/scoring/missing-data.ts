/**
 * Missing-data policies applied to a KPI's normalised scores: `reweight` leaves the gap (the
 * composite then spreads the weight over the partner's present KPIs), `zero` scores it 0 and
 * `peer_median` fills in the median score of the partner's peer group (the median of everyone
 * when the group has no score, else the gap stays and is re-weighted).
 */
import type { MissingDataPolicy } from '../../../shared/api/scoring-methodology';
import type { GroupIndex } from './peer-groups';
import { sortByGroup } from './normalisers/sorted-groups';

export function fillMissing(
  scores: Float64Array,
  policy: MissingDataPolicy,
  groups: GroupIndex,
): Float64Array {
  if (policy === 'reweight') return scores;
  if (policy === 'zero') {
    const out = new Float64Array(scores.length);
    for (let i = 0; i < scores.length; i++) out[i] = scores[i] !== scores[i] ? 0 : scores[i]!;
    return out;
  }
  const sorted = sortByGroup(scores, groups);
  const overall = median(Float64Array.from(sorted.values).sort());
  const medians = new Float64Array(groups.count);
  for (let g = 0; g < groups.count; g++) {
    const m = median(sorted.values.subarray(sorted.start[g]!, sorted.start[g + 1]!));
    medians[g] = Number.isNaN(m) ? overall : m;
  }
  const out = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    out[i] = s !== s ? medians[groups.ids[i]!]! : s;
  }
  return out;
}

/** Median of an ascending array; NaN when empty. */
export function median(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
