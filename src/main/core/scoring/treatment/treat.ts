/**
 * Outlier treatment of one KPI column before normalisation, with every treated value listed:
 * - `winsorise`: the Handbook/COINr rule (`winsorise.ts`): while |skewness| ≥ skew and
 *   kurtosis ≥ kurtosis, the extreme value(s) on the skewed side take the next value, up to
 *   `maxPoints` points (COINr's default 5);
 * - `log`: COINr's `log_CT`, ln(x − min + 0.01·(max − min)), order-preserving and
 *   compressing the high tail.
 * `transform` maps any value the way the column was treated (winsorisation caps at the treated
 * bounds; the log uses the column's min and max), so "what it takes" can score a new value.
 */
import type { Treatment } from '../../../../shared/api/scoring-methodology';
import { winsorise, type TreatedValue } from './winsorise';

export interface TreatResult {
  values: Float64Array;
  treated: TreatedValue[];
  transform: (value: number) => number;
}

export function treat(values: Float64Array, treatment: Treatment): TreatResult {
  if (treatment.kind === 'winsorise') {
    const result = winsorise(values, {
      skewThreshold: treatment.skew,
      kurtThreshold: treatment.kurtosis,
      maxPoints: treatment.maxPoints,
    });
    let lo = -Infinity;
    let hi = Infinity;
    for (const t of result.treated) {
      if (t.after < t.before) hi = Math.min(hi, t.after);
      else lo = Math.max(lo, t.after);
    }
    return {
      values: result.values,
      treated: result.treated,
      transform: (v) => (v > hi ? hi : v < lo ? lo : v),
    };
  }
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // A constant (or empty) column has nothing to compress: leave it as it is.
  if (!(max > min)) return { values, treated: [], transform: (v) => v };
  const a = 0.01 * (max - min);
  const transform = (v: number) => Math.log((v < min ? min : v) - min + a);
  const out = new Float64Array(values.length);
  const treated: TreatedValue[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    out[i] = Number.isNaN(v) ? NaN : transform(v);
    if (!Number.isNaN(v)) treated.push({ row: i, before: v, after: out[i]! });
  }
  return { values: out, treated, transform };
}
