/**
 * An anonymised peer band: quartiles over a group of at least SCORECARD_MIN_PEERS partners, rounded
 * so that no single partner's exact value can be read off it; null for smaller groups.
 */
import { SCORECARD_MIN_PEERS, type ScorecardPeerBand } from '../../../../shared/api/export-results';
import { quantile, sortedFinite } from './quantiles';

export type Rounding = (value: number) => number;

/** Scores (0–100): one decimal. */
export const roundScore: Rounding = (v) => Math.round(v * 10) / 10;

export function peerBand(values: Iterable<number>, round: Rounding): ScorecardPeerBand | null {
  const sorted = sortedFinite(values);
  if (sorted.length < SCORECARD_MIN_PEERS) return null;
  return {
    p25: round(quantile(sorted, 0.25)),
    median: round(quantile(sorted, 0.5)),
    p75: round(quantile(sorted, 0.75)),
    size: sorted.length,
  };
}
