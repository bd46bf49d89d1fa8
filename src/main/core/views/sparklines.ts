/** Composite of each scored partner in every period, flattened row-major for the table's sparklines. */
import type { TrendSeries } from '../scoring/trend';
import { round } from './round';

export function sparklines(trend: TrendSeries, rows: Int32Array): (number | null)[] {
  const T = trend.periods;
  const out = new Array<number | null>(rows.length * T);
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i]!;
    for (let t = 0; t < T; t++) out[i * T + t] = round(trend.composite[t * trend.partners + p], 1);
  }
  return out;
}
