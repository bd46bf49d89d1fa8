import type { ScorecardData } from '../../../../shared/api';
import { formatDocumentDate } from '../../../../shared/api/export-format';

/**
 * Who the scorecard is about, for which quarter, and for whose eyes. The tier is named once, in
 * the Tier tile (the program tier on file is not printed beside it under another label).
 */
export function ScorecardHeader({ card }: { card: ScorecardData }) {
  const p = card.partner;
  const facts = [p.externalId, p.type, p.region, p.country].filter(Boolean).join(' · ');
  return (
    <header className="sc-header">
      <div>
        <div className="sc-eyebrow">Partner scorecard · {card.period.label}</div>
        <h1 data-testid="scorecard-partner">{p.name}</h1>
        <div className="sc-meta">
          {facts}
          {p.manager && <> · Partner manager {p.manager}</>}
        </div>
        {card.meetingDate && (
          <div className="sc-meta">Review meeting {formatDocumentDate(card.meetingDate)}</div>
        )}
      </div>
      {card.variant === 'internal' ? (
        <span className="sc-badge sc-internal">Internal: not for the partner</span>
      ) : (
        <span className="sc-badge">Prepared for the partner</span>
      )}
    </header>
  );
}
