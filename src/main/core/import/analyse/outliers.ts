/**
 * Rows whose value is far from the rest by the robust z-score, per file and measure. Amounts
 * are skewed (a bike line is 50× an accessory line), so when every value is positive the score is
 * taken on log10 values: it then flags orders of magnitude (a typo ×100), not ordinary big deals.
 */
import type { OutlierReport } from '../../../../shared/api/import';
import type { IssueCollector } from './issues';
import { robustScale } from './robust-stats';

const TOP = 10;
const SAMPLE = 100_000;
/** Issues listed per file and measure (all are counted). */
const KEEP = 200;

export function findOutliers(
  file: string,
  measure: string,
  column: string,
  rows: Int32Array,
  values: Float64Array,
  threshold: number,
  issues: IssueCollector,
  /** Rows with a negative partner number are rejected and left out. */
  partner?: Int32Array,
): OutlierReport | null {
  const m = values.length;
  const scaled = new Float64Array(m);
  let n = 0;
  let log = true;
  for (let i = 0; i < m; i++) {
    const v = values[i]!;
    if (v !== v || (partner !== undefined && partner[i]! < 0)) {
      scaled[i] = NaN;
      continue;
    }
    n++;
    if (!(v > 0)) log = false;
    scaled[i] = v;
  }
  if (n < 10) return null;
  if (log) for (let i = 0; i < m; i++) scaled[i] = Math.log10(scaled[i]!);
  // Median and MAD of a large column are estimated from an evenly spaced sample of it.
  const step = Math.ceil(n / SAMPLE);
  const sample = new Float64Array(Math.ceil(n / step));
  for (let i = 0, k = 0, j = 0; i < m; i++) {
    const v = scaled[i]!;
    if (v !== v) continue;
    if (k++ % step === 0) sample[j++] = v;
  }
  const { median, mad, factor } = robustScale(sample);
  if (factor === 0) return null;
  const flagged: { row: number; value: number; z: number }[] = [];
  for (let i = 0; i < m; i++) {
    const v = scaled[i]!;
    if (v !== v) continue;
    const z = (v - median) * factor;
    if (z > threshold || z < -threshold) flagged.push({ row: rows[i]!, value: values[i]!, z });
  }
  const middle = log ? 10 ** median : median;
  if (flagged.length === 0) return null;
  for (const f of flagged.slice(0, KEEP)) {
    issues.warning(
      'outlier',
      file,
      f.row,
      column,
      round(f.value),
      `${measure} ${round(f.value)} is far from the median ${round(middle)} (robust z ${f.z.toFixed(1)}${log ? ' on a log scale' : ''})`,
    );
  }
  if (flagged.length > KEEP) issues.countMore('warning', 'outlier', flagged.length - KEEP);
  const top = [...flagged].sort((a, b) => Math.abs(b.z) - Math.abs(a.z)).slice(0, TOP);
  return {
    file,
    measure,
    scale: log ? 'log' : 'linear',
    median: Number(middle.toPrecision(12)),
    mad,
    count: flagged.length,
    top: top.map((t) => ({
      row: t.row,
      value: Number(t.value.toPrecision(12)),
      z: Number(t.z.toFixed(2)),
    })),
  };
}

export function round(n: number): string {
  return Number(n.toPrecision(12)).toString();
}
