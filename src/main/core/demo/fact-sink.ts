import type { StandardMeasureKey } from '../workspace/standard-measures';

/** Where the fact generators put one partner's numbers (the writer binds the partner id). */
export interface FactSink {
  value(periodId: number, measure: StandardMeasureKey, value: number): void;
  target(periodId: number, measure: StandardMeasureKey, value: number): void;
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Rounds to a multiple of `step` (quotas and budgets are round numbers). */
export function roundTo(x: number, step: number): number {
  return Math.round(x / step) * step;
}
