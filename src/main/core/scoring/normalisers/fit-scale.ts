/** Picks and fits the normaliser a methodology chose for one KPI. */
import type { Normaliser } from '../../../../shared/api/scoring-methodology';
import type { GroupIndex } from '../peer-groups';
import { fitBands } from './bands';
import { fitMinMax } from './min-max';
import { fitPercentileInto } from './percentile';
import type { FittedScale } from './scale';
import { fitTarget } from './target';
import { fitZScore } from './z-score';

export interface ScaleInput {
  raw: Float64Array;
  direction: 'higher' | 'lower';
  /** The peer groups the normaliser asked for (ignored by target and bands). */
  groups: GroupIndex;
  /** Per-row targets (target normaliser without a fixed target). */
  targets?: Float64Array;
  /**
   * A column to write the scores into (reused from call to call by callers that keep only the
   * result they derive from it); a new one when absent or of another length.
   */
  out?: Float64Array;
}

export function fitScale(normaliser: Normaliser, input: ScaleInput): FittedScale {
  const { raw, direction, groups, out } = input;
  switch (normaliser.kind) {
    case 'target': {
      const targets =
        normaliser.target !== undefined
          ? new Float64Array(raw.length).fill(normaliser.target)
          : (input.targets ?? new Float64Array(raw.length).fill(NaN));
      return fitTarget(raw, direction, targets, normaliser.cap, out);
    }
    case 'percentile':
      return fitPercentileInto(raw, direction, groups, out);
    case 'minmax':
      return fitMinMax(raw, direction, groups, {
        min: normaliser.min,
        max: normaliser.max,
        out,
      });
    case 'zscore':
      return fitZScore(raw, direction, groups, normaliser.spread, out);
    case 'bands':
      return fitBands(raw, normaliser.thresholds, normaliser.scores, out);
  }
}

/** Whether a normaliser's score never falls as the raw value improves. */
export function isMonotone(normaliser: Normaliser, direction: 'higher' | 'lower'): boolean {
  if (normaliser.kind !== 'bands') return true;
  const s = normaliser.scores;
  return s.every((x, i) => i === 0 || (direction === 'higher' ? x >= s[i - 1]! : x <= s[i - 1]!));
}
