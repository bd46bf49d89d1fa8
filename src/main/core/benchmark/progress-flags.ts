/**
 * Progress of one partner on one KPI, direction-aware (for "lower is better" KPIs a fall is an
 * improvement):
 *  - regressing: worse than at the baseline by at least the threshold (relative);
 *  - stagnating: over the last N periods it never got better than N periods ago by more than
 *    the tolerance (relative) — "no improvement for N periods";
 *  - improving: better than at the baseline by at least the threshold.
 * Checked in that order; all need the figures they compare.
 */
import type { ProgressFlag } from '../../../shared/api/benchmark';

export interface ProgressRules {
  stagnationPeriods: number;
  stagnationTolerance: number;
  regressionThreshold: number;
}

export interface ProgressInput {
  now: number;
  before: number;
  /** Values of the last N + 1 periods, oldest first, the current one last. */
  recent: readonly number[];
  direction: 'higher' | 'lower';
  baselineLabel: string;
}

const pct = (x: number) => `${Math.round(Math.abs(x) * 1000) / 10}%`;

export function relativeChange(now: number, before: number): number {
  if (Number.isNaN(now) || Number.isNaN(before) || before === 0) return NaN;
  return (now - before) / Math.abs(before);
}

export function progressFlag(
  input: ProgressInput,
  rules: ProgressRules,
): { flag: ProgressFlag; reason: string } | null {
  const sign = input.direction === 'higher' ? 1 : -1;
  const rel = relativeChange(input.now, input.before);
  const better = input.direction === 'higher' ? 'up' : 'down';
  const worse = input.direction === 'higher' ? 'down' : 'up';
  if (!Number.isNaN(rel) && sign * rel <= -rules.regressionThreshold) {
    return {
      flag: 'regressing',
      reason: `${worse === 'down' ? 'Down' : 'Up'} ${pct(rel)} since ${input.baselineLabel}, beyond the ${pct(rules.regressionThreshold)} regression threshold${input.direction === 'lower' ? ' (lower is better)' : ''}.`,
    };
  }
  const recent = input.recent;
  if (recent.length === rules.stagnationPeriods + 1 && recent.every((v) => !Number.isNaN(v))) {
    const start = recent[0]!;
    let best = -Infinity;
    for (let s = 1; s < recent.length; s++) best = Math.max(best, sign * (recent[s]! - start));
    if (best <= rules.stagnationTolerance * Math.abs(start)) {
      const periods = `${rules.stagnationPeriods} period${rules.stagnationPeriods === 1 ? '' : 's'}`;
      const earlier =
        !Number.isNaN(rel) && sign * rel >= rules.regressionThreshold
          ? `, though ${better} ${pct(rel)} since ${input.baselineLabel}`
          : '';
      return {
        flag: 'stagnating',
        reason: `No improvement over the last ${periods} (never more than ${pct(rules.stagnationTolerance)} better than ${periods} ago)${earlier}.`,
      };
    }
  }
  if (!Number.isNaN(rel) && sign * rel >= rules.regressionThreshold) {
    return {
      flag: 'improving',
      reason: `${better === 'up' ? 'Up' : 'Down'} ${pct(rel)} since ${input.baselineLabel}.`,
    };
  }
  return null;
}
