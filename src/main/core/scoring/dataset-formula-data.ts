/**
 * Formula data over a dataset: measures and targets rolled up over a KPI's window by each
 * measure's own rule (sum of flows, average of rates, last value of stocks), cached per
 * (measure, period, window) so that KPIs sharing a measure read it once.
 */
import type { FormulaData, MeasureWindow } from '../kpi/formula/formula-data';
import { windowDepth } from '../kpi/formula/lookback';
import {
  measureColumn,
  partnerCount,
  periodsPerYear,
  targetColumn,
  type Aggregation,
  type ScoringDataset,
} from './dataset';

export class DatasetFormulaData implements FormulaData {
  readonly size: number;
  readonly periodCount: number;
  readonly periodsPerYear: number;
  private readonly measureIndex: Map<string, number>;
  private readonly targetIndex: Map<string, number>;
  private readonly cache = new Map<string, Float64Array>();
  private readonly missing: Float64Array;

  constructor(private readonly ds: ScoringDataset) {
    this.size = partnerCount(ds);
    this.periodCount = ds.periods.length;
    this.periodsPerYear = periodsPerYear(ds);
    this.measureIndex = new Map(ds.measures.map((m, i) => [m.key, i]));
    this.targetIndex = new Map(ds.targetMeasures.map((m, i) => [m, i]));
    this.missing = new Float64Array(this.size).fill(NaN);
  }

  yearStart(t: number): number {
    const fy = this.ds.periods[t]!.fiscalYear;
    let s = t;
    while (s > 0 && this.ds.periods[s - 1]!.fiscalYear === fy) s -= 1;
    return s;
  }

  measure(name: string, t: number, window: MeasureWindow): Float64Array {
    const m = this.measureIndex.get(name);
    if (m === undefined) return this.missing;
    const agg = this.ds.measures[m]!.aggregation;
    return this.windowed(`m:${name}:${t}:${window}`, agg, t, window, (s) =>
      measureColumn(this.ds, m, s),
    );
  }

  target(name: string, t: number, window: MeasureWindow): Float64Array {
    const m = this.targetIndex.get(name);
    if (m === undefined) return this.missing;
    const measure = this.ds.measures.find((x) => x.key === name);
    return this.windowed(
      `t:${name}:${t}:${window}`,
      measure?.aggregation ?? 'sum',
      t,
      window,
      (s) => targetColumn(this.ds, m, s),
    );
  }

  private windowed(
    key: string,
    agg: Aggregation,
    t: number,
    window: MeasureWindow,
    column: (s: number) => Float64Array,
  ): Float64Array {
    if (window === 'period') return column(t);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const from =
      window === 'ytd'
        ? this.yearStart(t)
        : Math.max(0, t - windowDepth(window, this.periodsPerYear));
    const out = rollUp(agg, from, t, column, this.size);
    this.cache.set(key, out);
    return out;
  }
}

/** Rolls periods from..to up into one column, skipping missing values. */
export function rollUp(
  agg: Aggregation,
  from: number,
  to: number,
  column: (s: number) => Float64Array,
  n: number,
): Float64Array {
  const out = new Float64Array(n).fill(NaN);
  if (agg === 'last') {
    for (let s = from; s <= to; s++) {
      const col = column(s);
      for (let i = 0; i < n; i++) if (!Number.isNaN(col[i]!)) out[i] = col[i]!;
    }
    return out;
  }
  const count = new Uint16Array(n);
  for (let s = from; s <= to; s++) {
    const col = column(s);
    for (let i = 0; i < n; i++) {
      const x = col[i]!;
      if (Number.isNaN(x)) continue;
      out[i] = count[i] === 0 ? x : out[i]! + x;
      count[i] = count[i]! + 1;
    }
  }
  if (agg === 'avg') for (let i = 0; i < n; i++) if (count[i]! > 0) out[i] = out[i]! / count[i]!;
  return out;
}
