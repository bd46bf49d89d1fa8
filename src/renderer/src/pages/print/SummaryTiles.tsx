import type { ScorecardData } from '../../../../shared/api';
import { formatChange, formatKpiValue, formatScore } from '../../../../shared/api/export-format';
import { tierColor } from '../../charts/palette';
import { BandBar } from './BandBar';

function peerWho(card: ScorecardData): string {
  return card.peerGroup.label === 'All partners'
    ? 'All partners'
    : `${card.peerGroup.label} partners`;
}

/** Composite, tier, peer position and the next tier: the four numbers a QBR opens with. */
export function SummaryTiles({ card }: { card: ScorecardData }) {
  const change = card.compositeChange;
  const previous = card.periods.at(-2)?.label;
  const band = card.compositePeer;
  const tierIndex = card.tiers.findIndex((t) => t.name === card.tier);
  const next = card.nextTier;
  const style = { locale: 'en-US', currency: card.currency };
  return (
    <section className="sc-section sc-tiles" aria-label="Summary">
      <div className="sc-tile">
        <div className="sc-tile-label">Composite score</div>
        <div className="sc-big" data-testid="scorecard-composite">
          {formatScore(card.composite)}
          <span className="sc-small"> / 100</span>
        </div>
        {change !== null && previous && (
          <div className={change >= 0 ? 'sc-up' : 'sc-down'}>
            {formatChange(change)} vs {previous}
          </div>
        )}
      </div>
      <div className="sc-tile">
        <div className="sc-tile-label">Tier</div>
        <div className="sc-big" data-testid="scorecard-tier">
          {card.tier ?? '—'}
        </div>
        <div className="sc-ladder">
          {card.tiers.map((t, i) => (
            <span
              key={t.name}
              className={`sc-rung${i === tierIndex ? ' sc-current' : ''}`}
              style={i === tierIndex ? { borderColor: tierColor(i) } : undefined}
              title={`${t.name} from ${t.minScore}`}
            >
              {t.minScore}+
            </span>
          ))}
        </div>
        {card.variant === 'internal' &&
          card.partner.programTier &&
          card.tier &&
          card.partner.programTier !== card.tier && (
            <div className="sc-small" data-testid="scorecard-program-tier">
              Internal: the program tier on file is {card.partner.programTier}
            </div>
          )}
      </div>
      <div className="sc-tile">
        <div className="sc-tile-label">Against peers</div>
        {band ? (
          <>
            <div>
              Peer median <b>{formatScore(band.median)}</b>
            </div>
            <div className="sc-small">
              Middle half {formatScore(band.p25)}–{formatScore(band.p75)}
            </div>
            <BandBar score={card.composite} peer={band} width={150} />
            <div className="sc-small">
              {peerWho(card)} ({band.size}), anonymised
            </div>
          </>
        ) : (
          <div className="sc-small">
            Fewer than 5 comparable partners: no peer figures are shown.
          </div>
        )}
      </div>
      <div className="sc-tile">
        <div className="sc-tile-label">Next tier</div>
        {next ? (
          <>
            <div>
              <b>{next.name}</b> from a composite of {next.minScore}
              {next.scoreGap > 0 ? <> (+{formatScore(next.scoreGap)} points)</> : null}
            </div>
            {next.unmetGates.map((g) => (
              <div key={g.name} className="sc-small">
                and {g.name} {g.op === 'gte' ? '≥' : '≤'} {formatKpiValue(g.value, g.unit, style)}{' '}
                (now {formatKpiValue(g.current, g.unit, style)})
              </div>
            ))}
            {next.options[0] && (
              <div className="sc-small">
                e.g. {next.options[0].name}{' '}
                {formatKpiValue(next.options[0].from, next.options[0].unit, style)} →{' '}
                {formatKpiValue(next.options[0].to, next.options[0].unit, style)}
              </div>
            )}
          </>
        ) : (
          <div>{card.tier ? 'Top tier reached' : '—'}</div>
        )}
      </div>
    </section>
  );
}
