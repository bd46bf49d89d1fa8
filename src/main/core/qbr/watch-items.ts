/**
 * What to watch, drafted from the partner's own scores: a falling composite, data gaps, and (for
 * internal eyes only) the action segment. The risk rules' flags come from open-risks.ts.
 */
import { formatChange, formatWeight } from '../../../shared/api/export-format';
import type { ScorecardInternal } from '../../../shared/api/export-results';
import type { Highlight } from '../../../shared/api/qbr-results';
import type { ScorecardNumbers } from '../export/scorecard/scorecard-facts';

export function watchItems(
  n: ScorecardNumbers,
  internal: Omit<ScorecardInternal, 'notes'>,
): Highlight[] {
  const out: Highlight[] = [];
  if (n.trendFlag === 'regressing') {
    out.push({
      kind: 'risk',
      internal: false,
      text: `The composite has fallen for several periods in a row (${formatChange(n.compositeChange)} points this period).`,
    });
  }
  if (internal.lowCoverage) {
    const missing = n.kpis.filter((k) => k.value === null).map((k) => k.name);
    out.push({
      kind: 'risk',
      internal: false,
      text: `Data is missing for ${missing.length ? missing.join(', ') : 'several KPIs'}; the score rests on ${formatWeight(internal.coverage)} of its weight.`,
    });
  }
  if (internal.segment === 'Intervene' || internal.segment === 'Exit review') {
    out.push({
      kind: 'risk',
      internal: true,
      text: `Action segment ${internal.segment}: ${internal.segmentReason}`,
    });
  }
  return out;
}
