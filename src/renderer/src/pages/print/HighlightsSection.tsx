import type { ScorecardData } from '../../../../shared/api';

/** The QBR's highlights (saved, or drafted from the data when no review was saved). */
export function HighlightsSection({ card }: { card: ScorecardData }) {
  if (card.highlights.length === 0) return null;
  return (
    <section className="sc-section" aria-labelledby="sc-highlights">
      <h2 id="sc-highlights">Highlights</h2>
      <ul className="sc-highlights" data-testid="scorecard-highlights">
        {card.highlights.map((h, i) => (
          <li key={i} data-kind={h.kind}>
            {h.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
