/**
 * Which peers a partner is compared with for one KPI: its own group if at least k partners of
 * it have a value, else the next broader group (the last dimension dropped: type · region →
 * type → all partners), else nothing. Returns the members' rows (the partner included).
 */
import type { GroupDimension, PeerBasis } from '../../../shared/api/benchmark';
import type { GroupIndex } from '../scoring/peer-groups';

export interface PeerLevel {
  dims: GroupDimension[];
  groups: GroupIndex;
  /** Label of the partner's group at this level, safe to show it. */
  label: string;
}

/**
 * The level a partner is compared at (the first whose group of the partner has at least k
 * members with a value; -1 for none) and those members. The same for every partner of one
 * group of the finest level, so callers may keep it per group.
 */
export function choosePeerLevel(
  levels: readonly Pick<PeerLevel, 'groups'>[],
  self: number,
  values: Float64Array,
  k: number,
): { level: number; members: number[] } {
  for (let l = 0; l < levels.length; l++) {
    const ids = levels[l]!.groups.ids;
    const members = groupMembers(ids, ids[self]!, values);
    if (members.length >= k) return { level: l, members };
  }
  return { level: -1, members: [] };
}

/** The rows of group `group` (by `ids`) that have a value. */
export function groupMembers(ids: Int32Array, group: number, values: Float64Array): number[] {
  const members: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (ids[i] === group && !Number.isNaN(values[i]!)) members.push(i);
  }
  return members;
}

/** What a chosen level means for the partner, in words (see `choosePeerLevel`). */
export function peerBasis(
  levels: readonly PeerLevel[],
  l: number,
  count: number,
  k: number,
  kpiName: string,
): PeerBasis {
  const own = levels[0]!;
  if (l >= 0) {
    const level = levels[l]!;
    const merged = l > 0;
    return {
      level: merged ? 'merged' : 'own',
      label: level.label,
      dimensions: level.dims,
      partners: count,
      note: merged
        ? `${own.label} has fewer than ${k} partners with a ${kpiName} figure, so the comparison is with the ${count} partners of ${level.label}.`
        : `Compared with the ${count} partners of ${level.label} with a ${kpiName} figure.`,
    };
  }
  return {
    level: 'suppressed',
    label: null,
    dimensions: [],
    partners: null,
    note: `Fewer than ${k} partners have a ${kpiName} figure in any group, all partners included, so no comparison is shown.`,
  };
}
