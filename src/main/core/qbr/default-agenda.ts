/** The agenda a new QBR starts with; the partner manager edits it freely. */
import type { ScorecardNumbers } from '../export/scorecard/scorecard-facts';

export function defaultAgenda(n: ScorecardNumbers): string[] {
  const next = n.nextTier ? ` and the path to ${n.nextTier.name}` : '';
  return [
    'Welcome and objectives for this review',
    `Results against plan for ${n.period.label}`,
    'Trends and position against peers',
    `Tier status: ${n.tier ?? 'no tier yet'}${next}`,
    'Risks, blockers and support needed',
    'Agreed actions, owners and the next review date',
  ];
}
