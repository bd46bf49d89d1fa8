import type { ScorecardData } from '../../../../shared/api';
import { formatWeight } from '../../../../shared/api/export-format';

/** Internal variant only: league position, action segment, data coverage and the QBR notes. */
export function InternalSection({ card }: { card: ScorecardData }) {
  const x = card.internal;
  if (!x) return null;
  return (
    <section className="sc-section" aria-labelledby="sc-internal">
      <h2 id="sc-internal">Internal notes</h2>
      <div className="sc-two">
        <div>
          <div>
            League position: <b>{x.rank ?? '—'}</b> of {x.of}
            {x.percentile !== null && <> (percentile {Math.round(x.percentile)})</>}
          </div>
          <div>
            Action segment: <b>{x.segment}</b>. {x.segmentReason}
          </div>
          <div>
            Data coverage: {formatWeight(x.coverage)} of the score’s weight
            {x.lowCoverage ? ' (low)' : ''} · weights: {x.weightProfile}
          </div>
        </div>
        <div className="sc-notes">{x.notes || 'No notes yet.'}</div>
      </div>
    </section>
  );
}
