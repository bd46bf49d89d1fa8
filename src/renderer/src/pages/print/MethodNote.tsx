import type { ScorecardData } from '../../../../shared/api';
import { formatDocumentDate, formatWeight } from '../../../../shared/api/export-format';

/** How to read the scorecard, and what the peer figures are (and are not). */
export function MethodNote({ card }: { card: ScorecardData }) {
  const weights = card.groups.map((g) => `${g.label} ${formatWeight(g.weight)}`).join(', ');
  return (
    <section className="sc-section sc-method" aria-label="Methodology">
      Scored with {card.methodology.label}: each KPI is scored 0–100 and weighted ({weights});
      tiers: {card.tiers.map((t) => `${t.name} ${t.minScore}+`).join(', ')}. Peer figures are
      anonymised aggregates of at least five comparable partners ({card.peerGroup.label}), rounded;
      no other partner’s name or data appears in this scorecard. Data as of{' '}
      {formatDocumentDate(card.dataAsOf)}.
    </section>
  );
}
