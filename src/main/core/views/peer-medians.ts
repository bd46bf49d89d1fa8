/** The median group (category) scores of a partner's peers: same peer group as the methodology's. */
import type { PartnerPage } from '../../../shared/api/views';
import { peerGroups } from '../scoring/peer-groups';
import type { ScoredSelection } from './scored-selection';
import { round } from './round';

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface PeerTable {
  groupOf: Int32Array;
  labels: string[];
  sizes: number[];
  /** Per peer group: the median of each methodology group's score. */
  medians: (number | null)[][];
}

/** Peer groups and their medians for the whole period, computed once per data revision. */
function peerTable(s: ScoredSelection): PeerTable {
  return s.service.memo(
    'partner.peerTable',
    s.key,
    () => {
      const { structural, weighted } = s.ps;
      const rows = structural.rows;
      const n = rows.length;
      const groups = peerGroups(s.dataset.partners, rows, s.plan.definition.peerGroup);
      const count = groups.count;
      const members: number[][] = Array.from({ length: count }, () => []);
      for (let j = 0; j < n; j++) members[groups.ids[j]!]!.push(j);
      const medians = members.map((m) =>
        s.plan.groups.map((_, g) => {
          const values: number[] = [];
          for (const j of m) {
            const v = weighted.groupScores[g * n + j]!;
            if (!Number.isNaN(v)) values.push(v);
          }
          return round(median(values) ?? NaN, 1);
        }),
      );
      return {
        groupOf: groups.ids,
        labels: groups.labels,
        sizes: members.map((m) => m.length),
        medians,
      };
    },
    8,
  );
}

/** `i` is the partner's index among the scored rows. */
export function peerMedians(s: ScoredSelection, i: number): PartnerPage['peers'] {
  const table = peerTable(s);
  const own = table.groupOf[i]!;
  return {
    label: table.labels[own] ?? 'All partners',
    size: table.sizes[own]!,
    groupMedians: table.medians[own]!,
  };
}
