/** Peer groups: partners sharing the same values of the chosen attributes (type, region, tier). */
import type { PeerDimension } from '../../../shared/api/scoring-methodology';
import type { PartnerColumns } from './dataset';

export interface GroupIndex {
  /** Group of each row. */
  ids: Int32Array;
  count: number;
  labels: string[];
}

export function peerGroups(
  partners: PartnerColumns,
  rows: Int32Array,
  dims: readonly PeerDimension[],
): GroupIndex {
  const ids = new Int32Array(rows.length);
  if (dims.length === 0) return { ids, count: rows.length > 0 ? 1 : 0, labels: ['All partners'] };
  const byLabel = new Map<string, number>();
  const labels: string[] = [];
  rows.forEach((p, i) => {
    const label = groupLabel(partners, p, dims);
    let id = byLabel.get(label);
    if (id === undefined) {
      id = labels.length;
      byLabel.set(label, id);
      labels.push(label);
    }
    ids[i] = id;
  });
  return { ids, count: labels.length, labels };
}

/** The label of dataset row `p`'s group (what `peerGroups` calls it), without grouping every row. */
export function peerGroupLabel(
  partners: PartnerColumns,
  p: number,
  dims: readonly PeerDimension[],
): string {
  return dims.length === 0 ? 'All partners' : groupLabel(partners, p, dims);
}

function groupLabel(partners: PartnerColumns, p: number, dims: readonly PeerDimension[]): string {
  let label = partners[dims[0]!][p] ?? '(none)';
  for (let d = 1; d < dims.length; d++) label += ` · ${partners[dims[d]!][p] ?? '(none)'}`;
  return label;
}

/** One group holding every row. */
export function singleGroup(size: number): GroupIndex {
  return { ids: new Int32Array(size), count: size > 0 ? 1 : 0, labels: ['All partners'] };
}
