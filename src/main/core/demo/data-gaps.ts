/**
 * Data gaps, as real partner data has them: about 5% of partners miss a family of measures in
 * some quarters (no survey answers, training records not synced, a missing sales report).
 */
import type { Rng } from './random';

export const GAP_KINDS = ['csat', 'enablement', 'engagement', 'sales'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** Per gap kind, which window quarters have no data. */
export type DataGaps = Partial<Record<GapKind, boolean[]>>;

const GAP_RATE = 0.05;

function gapMask(rng: Rng, quarters: number, kind: GapKind): boolean[] {
  const mask = new Array<boolean>(quarters).fill(false);
  if (kind === 'csat' && rng.chance(0.3)) return mask.fill(true); // never surveyed
  const length = Math.min(quarters, rng.int(1, 3));
  const start = rng.int(0, quarters - length);
  for (let i = start; i < start + length; i++) mask[i] = true;
  return mask;
}

export function drawGaps(rng: Rng, quarters: number): DataGaps {
  const gaps: DataGaps = {};
  if (!rng.chance(GAP_RATE)) return gaps;
  const first = rng.weighted<GapKind>([
    ['csat', 4],
    ['enablement', 3],
    ['engagement', 2],
    ['sales', 1],
  ]);
  gaps[first] = gapMask(rng, quarters, first);
  if (rng.chance(0.3)) {
    const second = rng.pick(GAP_KINDS);
    gaps[second] = gapMask(rng, quarters, second);
  }
  return gaps;
}
