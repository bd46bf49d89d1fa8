/**
 * Drafted QBR highlights, in the order a partner manager would speak to them: results against
 * plan, the largest improvements and declines, position against the peer median, tier status and
 * what it takes for the next tier, then what to watch. Pure: numbers in, sentences out. Lines
 * marked internal (action segment, placement review) never reach a partner-facing document.
 */
import {
  formatAttainment,
  formatChange,
  formatKpiValue,
  formatScore,
  type NumberStyle,
} from '../../../shared/api/export-format';
import type { ScorecardKpi, ScorecardInternal } from '../../../shared/api/export-results';
import type { Highlight } from '../../../shared/api/qbr-results';
import type { ScorecardNumbers } from '../export/scorecard/scorecard-facts';
import { watchItems } from './watch-items';

/** Score moves smaller than this (points) are not worth a highlight. */
const MIN_MOVE = 2;
const PER_DIRECTION = 3;

function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function planLines(n: ScorecardNumbers, style: NumberStyle): Highlight[] {
  return n.kpis
    .filter((k) => k.attainment !== null && k.unit === 'currency')
    .map((k) => ({
      kind: 'plan' as const,
      internal: false,
      text: `${k.name} ${formatKpiValue(k.value, k.unit, style)} against a target of ${formatKpiValue(k.target, k.unit, style)} (${formatAttainment(k.attainment)} of plan) in ${n.period.label}.`,
    }));
}

/**
 * A KPI's move in words. The figure is the KPI's own 0–100 score (from → to), never a bare
 * "score −75.7 points", which reads like a drop of the composite.
 */
function moveLine(k: ScorecardKpi, style: NumberStyle): string {
  const now = formatKpiValue(k.value, k.unit, style);
  const before = formatKpiValue(k.history.at(-2) ?? null, k.unit, style);
  const scoreMove =
    k.score !== null && k.scoreChange !== null
      ? `its KPI score (0–100) went from ${formatScore(k.score - k.scoreChange)} to ${formatScore(k.score)}`
      : `its KPI score (0–100) moved ${formatChange(k.scoreChange)}`;
  if (before === now) {
    return `${k.name} stayed at ${now}, but ${scoreMove} as peers moved.`;
  }
  const verb = (k.scoreChange ?? 0) > 0 ? 'improved' : 'declined';
  const was = before === '—' ? '' : ` (was ${before})`;
  return `${k.name} ${verb} to ${now}${was}: ${scoreMove}.`;
}

function moves(n: ScorecardNumbers, style: NumberStyle): Highlight[] {
  const moved = n.kpis.filter((k) => k.scoreChange !== null && Math.abs(k.scoreChange) >= MIN_MOVE);
  const up = moved
    .filter((k) => k.scoreChange! > 0)
    .sort((a, b) => b.scoreChange! - a.scoreChange!)
    .slice(0, PER_DIRECTION);
  const down = moved
    .filter((k) => k.scoreChange! < 0)
    .sort((a, b) => a.scoreChange! - b.scoreChange!)
    .slice(0, PER_DIRECTION);
  return [
    ...up.map((k) => ({ kind: 'improvement' as const, internal: false, text: moveLine(k, style) })),
    ...down.map((k) => ({ kind: 'decline' as const, internal: false, text: moveLine(k, style) })),
  ];
}

function peerLines(n: ScorecardNumbers): Highlight[] {
  const band = n.compositePeer;
  const who =
    n.peerGroup.label === 'All partners' ? 'all partners' : `${n.peerGroup.label} partners`;
  if (!band || n.composite === null) {
    return [
      {
        kind: 'peer',
        internal: false,
        text: `Fewer than 5 comparable partners (${who}) this period, so no peer comparison is shown.`,
      },
    ];
  }
  const gap = n.composite - band.median;
  const side = Math.abs(gap) < 0.05 ? 'level with' : gap > 0 ? 'above' : 'below';
  const lines: Highlight[] = [
    {
      kind: 'peer',
      internal: false,
      text: `Composite ${formatScore(n.composite)} is ${side === 'level with' ? '' : `${formatScore(Math.abs(gap))} points `}${side} the median of ${who} (${formatScore(band.median)}); the middle half of peers score ${formatScore(band.p25)}–${formatScore(band.p75)}.`,
    },
  ];
  const above = n.groups.filter((g) => g.peer && g.score !== null && g.score > g.peer.median);
  const below = n.groups.filter((g) => g.peer && g.score !== null && g.score < g.peer.median);
  if (above.length + below.length > 0) {
    const aboveText = `above the peer median in ${listOf(above.map((g) => g.label))}`;
    const belowText = `below ${above.length ? 'it' : 'the peer median'} in ${listOf(below.map((g) => g.label))}`;
    const text = [above.length ? aboveText : '', below.length ? belowText : '']
      .filter(Boolean)
      .join('; ');
    lines.push({
      kind: 'peer',
      internal: false,
      text: `${text[0]!.toUpperCase()}${text.slice(1)}.`,
    });
  }
  return lines;
}

function gateText(
  g: NonNullable<ScorecardNumbers['nextTier']>['unmetGates'][number],
  style: NumberStyle,
) {
  const op = g.op === 'gte' ? 'at least' : 'at most';
  return `${g.name} ${op} ${formatKpiValue(g.value, g.unit, style)} (now ${formatKpiValue(g.current, g.unit, style)})`;
}

function tierLines(n: ScorecardNumbers, style: NumberStyle): Highlight[] {
  const tier = n.tier ?? 'No tier';
  const next = n.nextTier;
  if (!next) {
    const top = n.tiers.at(-1);
    return [
      {
        kind: 'tier',
        internal: false,
        text: `${tier}, the top tier: the composite must stay at ${top?.minScore ?? 0} or above to keep it.`,
      },
    ];
  }
  const needs: string[] = [];
  if (next.scoreGap > 0) {
    needs.push(`a composite of ${next.minScore} (${formatScore(next.scoreGap)} points more)`);
  }
  needs.push(...next.unmetGates.map((g) => gateText(g, style)));
  const lines: Highlight[] = [
    {
      kind: 'tier',
      internal: false,
      text: `${tier} today (composite ${formatScore(n.composite)}). ${next.name} needs ${listOf(needs)}.`,
    },
  ];
  const lever = next.options[0];
  if (lever && lever.to !== null) {
    lines.push({
      kind: 'tier',
      internal: false,
      text: `Quickest single lever for ${next.name}: ${lever.name} from ${formatKpiValue(lever.from, lever.unit, style)} to ${formatKpiValue(lever.to, lever.unit, style)}.`,
    });
  }
  if (n.partner.programTier && n.tier && n.partner.programTier !== n.tier) {
    lines.push({
      kind: 'tier',
      internal: true,
      text: `Program tier is ${n.partner.programTier} but the scores place the partner in ${n.tier}: review the placement.`,
    });
  }
  return lines;
}

/** `risks`: the partner's open risk flags (open-risks.ts), appended as internal lines. */
export function draftHighlights(
  n: ScorecardNumbers,
  internal: Omit<ScorecardInternal, 'notes'>,
  risks: Highlight[] = [],
  style: NumberStyle = { locale: 'en-US', currency: n.currency },
): Highlight[] {
  return [
    ...planLines(n, style),
    ...moves(n, style),
    ...peerLines(n),
    ...tierLines(n, style),
    ...watchItems(n, internal),
    ...risks,
  ];
}
