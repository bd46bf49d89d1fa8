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

export interface ChosenPeers {
  basis: PeerBasis;
  members: number[];
}

export function choosePeers(
  levels: readonly PeerLevel[],
  self: number,
  values: Float64Array,
  k: number,
  kpiName: string,
): ChosenPeers {
  const own = levels[0]!;
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l]!;
    const group = level.groups.ids[self]!;
    const members: number[] = [];
    for (let i = 0; i < values.length; i++) {
      if (level.groups.ids[i] === group && !Number.isNaN(values[i]!)) members.push(i);
    }
    if (members.length < k) continue;
    const merged = l > 0;
    return {
      members,
      basis: {
        level: merged ? 'merged' : 'own',
        label: level.label,
        dimensions: level.dims,
        partners: members.length,
        note: merged
          ? `${own.label} has fewer than ${k} partners with a ${kpiName} figure, so the comparison is with the ${members.length} partners of ${level.label}.`
          : `Compared with the ${members.length} partners of ${level.label} with a ${kpiName} figure.`,
      },
    };
  }
  return {
    members: [],
    basis: {
      level: 'suppressed',
      label: null,
      dimensions: [],
      partners: null,
      note: `Fewer than ${k} partners have a ${kpiName} figure in any group, all partners included, so no comparison is shown.`,
    },
  };
}
