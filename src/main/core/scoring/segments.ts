/**
 * Action segments, checked in this order:
 *  - Exit review: no commercial activity (every activity measure zero or missing) in each of the
 *    last N periods, despite an intervention (an intervention measure > 0 during that stretch or
 *    the lookback periods before it);
 *  - Grow: attainment at or above the growth threshold (above target);
 *  - Intervene: below target, with positive engagement (engagement score at or above the bar);
 *  - Maintain: everyone else.
 */
import type { SegmentRules } from '../../../shared/api/scoring-methodology';
import { SEGMENTS, type Segment } from '../../../shared/api/scoring-methodology';
import { measureColumn, type ScoringDataset } from './dataset';

export const GROW = 0;
export const INTERVENE = 1;
export const EXIT_REVIEW = 2;
export const MAINTAIN = 3;

export function segmentName(index: number): Segment {
  return SEGMENTS[index] ?? 'Maintain';
}

export interface SegmentColumns {
  segment: Uint8Array;
  /** 1 when the partner had no commercial activity in each of the last N periods. */
  inactive: Uint8Array;
  /** 1 when an intervention measure was positive in the stretch or before it (or none is required). */
  intervened: Uint8Array;
}

export function segmentColumns(
  rules: SegmentRules,
  ds: ScoringDataset,
  t: number,
  rows: Int32Array,
  attainment: Float64Array,
  engagement: Float64Array,
): SegmentColumns {
  const n = rows.length;
  const inactive = stretch(ds, t, rows, rules.activityMeasures, rules.inactivePeriods, 'none');
  const intervened =
    rules.interventionMeasures.length === 0
      ? new Uint8Array(n).fill(1)
      : stretch(
          ds,
          t,
          rows,
          rules.interventionMeasures,
          rules.inactivePeriods + rules.interventionLookback,
          'any',
        );
  const segment = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const a = attainment[i]!;
    if (inactive[i] && intervened[i]) segment[i] = EXIT_REVIEW;
    else if (a >= rules.growAt) segment[i] = GROW;
    else if (a < rules.growAt && engagement[i]! >= rules.engagedAt) segment[i] = INTERVENE;
    else segment[i] = MAINTAIN;
  }
  return { segment, inactive, intervened };
}

/**
 * Over the `periods` periods ending at `t`: 'none' → 1 where every listed measure was zero or
 * missing in every one of them (0 without enough history); 'any' → 1 where one was positive.
 */
function stretch(
  ds: ScoringDataset,
  t: number,
  rows: Int32Array,
  measures: readonly string[],
  periods: number,
  mode: 'none' | 'any',
): Uint8Array {
  const n = rows.length;
  const from = t - periods + 1;
  const anyPositive = new Uint8Array(n);
  const indexes = measures
    .map((key) => ds.measures.findIndex((m) => m.key === key))
    .filter((m) => m >= 0);
  for (let s = Math.max(0, from); s <= t; s++) {
    for (const m of indexes) {
      const col = measureColumn(ds, m, s);
      for (let i = 0; i < n; i++) if (col[rows[i]!]! > 0) anyPositive[i] = 1;
    }
  }
  if (mode === 'any') return anyPositive;
  const out = new Uint8Array(n);
  if (from < 0) return out;
  for (let i = 0; i < n; i++) out[i] = anyPositive[i] ? 0 : 1;
  return out;
}
