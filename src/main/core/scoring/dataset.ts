/**
 * The columnar input of the engine: one row per partner, one period axis of a single grain, and
 * measure values in one Float64Array laid out [measure][period][partner] with NaN for missing,
 * so that a measure in a period is a zero-copy `subarray`. Targets use the same layout for the
 * measures that have any.
 */
export type Aggregation = 'sum' | 'avg' | 'last';

export interface PartnerColumns {
  id: Int32Array;
  externalId: string[];
  name: string[];
  type: (string | null)[];
  region: (string | null)[];
  tier: (string | null)[];
  status: string[];
  onboardedOn: (string | null)[];
  /** Each partner's free-form attributes as stored (JSON text), when loaded from a workspace. */
  attributes?: (string | null)[];
}

export interface PeriodInfo {
  key: string;
  label: string;
  startDate: string;
  endDate: string;
  fiscalYear: number;
  fiscalQuarter: number | null;
}

export interface MeasureInfo {
  key: string;
  aggregation: Aggregation;
}

export interface ScoringDataset {
  grain: 'month' | 'quarter' | 'year';
  partners: PartnerColumns;
  periods: PeriodInfo[];
  measures: MeasureInfo[];
  /** [measure][period][partner], NaN where no value. */
  values: Float64Array;
  /** Measures that have targets, in the order of the `targets` cube. */
  targetMeasures: string[];
  targets: Float64Array;
}

export function partnerCount(ds: ScoringDataset): number {
  return ds.partners.id.length;
}

export function periodsPerYear(ds: ScoringDataset): number {
  return ds.grain === 'month' ? 12 : ds.grain === 'quarter' ? 4 : 1;
}

export function periodIndex(ds: ScoringDataset, key: string): number {
  return ds.periods.findIndex((p) => p.key === key);
}

/** The values of measure `m` (index) in period `t` for every partner; do not write into it. */
export function measureColumn(ds: ScoringDataset, m: number, t: number): Float64Array {
  const n = partnerCount(ds);
  const offset = (m * ds.periods.length + t) * n;
  return ds.values.subarray(offset, offset + n);
}

export function targetColumn(ds: ScoringDataset, m: number, t: number): Float64Array {
  const n = partnerCount(ds);
  const offset = (m * ds.periods.length + t) * n;
  return ds.targets.subarray(offset, offset + n);
}

/** Partners that exist in period `t`: onboarded on or before the period's last day. */
export function eligibleRows(ds: ScoringDataset, t: number): Int32Array {
  const end = ds.periods[t]!.endDate;
  const on = ds.partners.onboardedOn;
  const rows = new Int32Array(on.length);
  let m = 0;
  for (let i = 0; i < on.length; i++) {
    const d = on[i];
    if (d === null || d === undefined || d <= end) rows[m++] = i;
  }
  return m === rows.length ? rows : rows.slice(0, m);
}
