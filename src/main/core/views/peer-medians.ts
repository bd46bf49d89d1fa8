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

/** `i` is the partner's index among the scored rows. */
export function peerMedians(s: ScoredSelection, i: number): PartnerPage['peers'] {
  const { structural, weighted } = s.ps;
  const rows = structural.rows;
  const n = rows.length;
  const groups = peerGroups(s.dataset.partners, rows, s.plan.definition.peerGroup);
  const own = groups.ids[i]!;
  const members: number[] = [];
  for (let j = 0; j < n; j++) if (groups.ids[j] === own) members.push(j);
  const groupMedians = s.plan.groups.map((_, g) => {
    const values: number[] = [];
    for (const j of members) {
      const v = weighted.groupScores[g * n + j]!;
      if (!Number.isNaN(v)) values.push(v);
    }
    return round(median(values) ?? NaN, 1);
  });
  return { label: groups.labels[own] ?? 'All partners', size: members.length, groupMedians };
}
