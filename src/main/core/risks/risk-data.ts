/**
 * What the risk rules read, gathered once per period: the scoring engine's dataset (measures by
 * period), the partners that existed in the period, and deal-registration counts from the
 * `deal_registrations` table. Rules are pure functions of this.
 */
import { eligibleRows, measureColumn, type ScoringDataset } from '../scoring/dataset';
import type { RegistrationCounts } from './registration-facts';

export interface RiskData {
  dataset: ScoringDataset;
  t: number;
  /** Dataset rows of the partners that existed in period t. */
  rows: Int32Array;
  /** Deal-registration counts by dataset row (absent: none). */
  registrations: Map<number, RegistrationCounts>;
}

/** A measure's column in period s by dataset row; null when the measure or period is unknown. */
export function measureAt(data: RiskData, key: string, s: number): Float64Array | null {
  if (s < 0 || s >= data.dataset.periods.length) return null;
  const m = data.dataset.measures.findIndex((x) => x.key === key);
  return m < 0 ? null : measureColumn(data.dataset, m, s);
}

export function periodLabel(data: RiskData, s: number): string {
  return data.dataset.periods[s]?.label ?? '';
}

export function riskData(
  dataset: ScoringDataset,
  t: number,
  registrations: Map<number, RegistrationCounts>,
): RiskData {
  return { dataset, t, rows: eligibleRows(dataset, t), registrations };
}
