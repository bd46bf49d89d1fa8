/** What a formula reads: the columnar data of one workspace, one partner per array slot. */
export type MeasureWindow = 'period' | 'trailing4' | 'ytd';

export interface FormulaData {
  /** Number of partners (length of every column). */
  readonly size: number;
  readonly periodCount: number;
  /** 4 for quarters, 12 for months: how far back `yoy` looks. */
  readonly periodsPerYear: number;
  /** Index of the first period of the fiscal year that contains period `t`. */
  yearStart(t: number): number;
  /**
   * A measure in period `t` rolled up over `window` by the measure's own rule (sum, avg, last);
   * NaN where missing. Callers must not write into the returned array.
   */
  measure(name: string, t: number, window: MeasureWindow): Float64Array;
  /** The partners' targets for a measure, rolled up the same way. */
  target(name: string, t: number, window: MeasureWindow): Float64Array;
}
