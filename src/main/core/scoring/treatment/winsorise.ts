/**
 * Outlier treatment by the Handbook/COINr rule: a KPI column is winsorised one point at a time
 * while |skewness| ≥ `skewThreshold` *and* kurtosis ≥ `kurtThreshold`, up to `maxPoints` points.
 * Positive skew: the highest value(s) are set to the next highest value; negative skew: the
 * lowest to the next lowest. Skewness and kurtosis are the sample-adjusted moments (the same
 * definitions as spreadsheet SKEW and KURT; kurtosis is *excess* kurtosis). NaN = absent, ignored.
 *
 * Every treated cell is reported with its value before and after, so it can be listed.
 */

export interface TreatedValue {
  row: number;
  before: number;
  after: number;
}

export interface WinsoriseOptions {
  skewThreshold?: number;
  kurtThreshold?: number;
  maxPoints?: number;
}

export interface WinsoriseResult {
  values: Float64Array;
  treated: TreatedValue[];
  /** Whether the column still breaks both thresholds after the limit of points. */
  stillOutlying: boolean;
  skew: number;
  kurt: number;
}

/** Sample skewness (n ≥ 3) and excess kurtosis (n ≥ 4) of the present values; NaN otherwise. */
export function moments(values: ArrayLike<number>): { skew: number; kurt: number } {
  let n = 0;
  let mean = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) continue;
    n++;
    mean += (x - mean) / n;
  }
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) continue;
    const d = x - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  const variance = n > 1 ? m2 / (n - 1) : NaN;
  if (!(variance > 0)) return { skew: NaN, kurt: NaN };
  const s = Math.sqrt(variance);
  const skew = n >= 3 ? ((n / ((n - 1) * (n - 2))) * m3) / (s * s * s) : NaN;
  const kurt =
    n >= 4
      ? ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * (m4 / (variance * variance)) -
        (3 * (n - 1) * (n - 1)) / ((n - 2) * (n - 3))
      : NaN;
  return { skew, kurt };
}

/**
 * In one pass: the highest present value and the highest of the others (values equal to it
 * excepted), each the first occurrence in row order, as two passes (the maximum, then the
 * maximum of the values !== it) would find them; -Infinity when there is none.
 */
function topTwo(values: Float64Array): { extreme: number; next: number } {
  let extreme = -Infinity;
  let next = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x > extreme) {
      next = extreme;
      extreme = x;
    } else if (x < extreme && x > next) next = x;
  }
  return { extreme, next };
}

/** `topTwo` at the low end: the lowest value and the lowest of the others. */
function bottomTwo(values: Float64Array): { extreme: number; next: number } {
  let extreme = Infinity;
  let next = Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x < extreme) {
      next = extreme;
      extreme = x;
    } else if (x > extreme && x < next) next = x;
  }
  return { extreme, next };
}

export function winsorise(
  column: ArrayLike<number>,
  options: WinsoriseOptions = {},
): WinsoriseResult {
  const skewThreshold = options.skewThreshold ?? 2;
  const kurtThreshold = options.kurtThreshold ?? 3.5;
  const maxPoints = options.maxPoints ?? 5;
  const copy = () => (column instanceof Float64Array ? column.slice() : Float64Array.from(column));
  const values = copy();
  let original: Float64Array | null = null; // copied on the first change only
  const changed = new Uint8Array(values.length);
  let points = 0;
  let { skew, kurt } = moments(values);
  const outlying = () => Math.abs(skew) >= skewThreshold && kurt >= kurtThreshold;
  while (outlying() && points < maxPoints) {
    const { extreme, next } = skew > 0 ? topTwo(values) : bottomTwo(values);
    if (!Number.isFinite(next)) break;
    original ??= copy();
    for (let i = 0; i < values.length; i++) {
      if (values[i] !== extreme) continue;
      values[i] = next;
      if (!changed[i]) points++;
      changed[i] = 1;
    }
    ({ skew, kurt } = moments(values));
  }
  const treated: TreatedValue[] = [];
  for (let i = 0; i < values.length; i++) {
    if (changed[i]) treated.push({ row: i, before: original![i]!, after: values[i]! });
  }
  return { values, treated, stillOutlying: outlying(), skew, kurt };
}
