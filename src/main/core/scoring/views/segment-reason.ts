/** Why a partner is in its action segment, in one sentence. */
import type { SegmentRules } from '../../../../shared/api/scoring-methodology';
import { EXIT_REVIEW, GROW, INTERVENE } from '../segments';
import type { StructuralScores } from '../structural-scores';

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

export function segmentReason(
  rules: SegmentRules,
  s: StructuralScores,
  row: number,
  attainmentName: string,
): string {
  const segment = s.segments.segment[row]!;
  const attainment = s.rawByKey.get(rules.attainmentKpi)?.[row] ?? NaN;
  const engagement = s.engagement[row]!;
  const att = Number.isNaN(attainment)
    ? `${attainmentName} unknown`
    : `${attainmentName} ${pct(attainment)}`;
  const eng = Number.isNaN(engagement)
    ? 'engagement unknown'
    : `engagement ${Math.round(engagement)}`;
  const inactive = `no commercial activity (${rules.activityMeasures.join(', ')}) in the last ${rules.inactivePeriods} periods`;
  if (segment === EXIT_REVIEW) {
    const help = rules.interventionMeasures.length
      ? ` despite intervention (${rules.interventionMeasures.join(' or ')} in the last ${rules.inactivePeriods + rules.interventionLookback} periods)`
      : '';
    return `Exit review: ${inactive}${help}.`;
  }
  if (segment === GROW) return `Grow: ${att}, at or above ${pct(rules.growAt)} of target.`;
  if (segment === INTERVENE)
    return `Intervene: ${att}, below target, with ${eng} (at least ${rules.engagedAt}).`;
  const why = s.segments.inactive[row]
    ? `${inactive}, but no intervention recorded yet`
    : Number.isNaN(attainment)
      ? att
      : `${att}, ${eng} (below ${rules.engagedAt})`;
  return `Maintain: ${why}.`;
}
