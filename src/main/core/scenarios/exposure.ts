/**
 * What a tier change puts at stake: for each scenario tier, the partners entering it (scenario
 * tier = X, baseline ≠ X) and leaving it (baseline = X, scenario ≠ X), with the revenue and MDF
 * they carry in the period. Tiers are matched by position, as in the migration matrix.
 */
import type { ExposureSide, TierExposure } from '../../../shared/api/scenarios-results';
import { measureColumn, type ScoringDataset } from '../scoring/dataset';
import { tierLabels } from './scored-side';

export const EXPOSURE_MEASURES = { revenue: 'revenue', mdf: 'mdf_allocated' } as const;

/** Per scored row: revenue and MDF of the period (missing = 0); null when the measure has no data. */
export interface ExposureColumns {
  revenue: Float64Array | null;
  mdf: Float64Array | null;
  measures: { revenue: string | null; mdf: string | null };
}

/** The measure's index when the workspace has it with at least one value, else -1. */
export function measureWithData(ds: ScoringDataset, key: string): number {
  const m = ds.measures.findIndex((x) => x.key === key);
  if (m < 0) return -1;
  for (let t = 0; t < ds.periods.length; t++) {
    const col = measureColumn(ds, m, t);
    for (let i = 0; i < col.length; i++) if (!Number.isNaN(col[i]!)) return m;
  }
  return -1;
}

const cached = new WeakMap<
  ScoringDataset,
  Map<number, { rows: number; columns: ExposureColumns }>
>();

/** Exposure columns of period `t` for `rows` (the period's eligible rows; cached per dataset). */
export function exposureColumns(ds: ScoringDataset, t: number, rows: Int32Array): ExposureColumns {
  let byPeriod = cached.get(ds);
  if (!byPeriod) {
    byPeriod = new Map();
    cached.set(ds, byPeriod);
  }
  const hit = byPeriod.get(t);
  if (hit && hit.rows === rows.length) return hit.columns;
  const gather = (key: string) => {
    const m = measureWithData(ds, key);
    if (m < 0) return null;
    const col = measureColumn(ds, m, t);
    const out = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const v = col[rows[i]!]!;
      out[i] = Number.isNaN(v) ? 0 : v;
    }
    return out;
  };
  const revenue = gather(EXPOSURE_MEASURES.revenue);
  const mdf = gather(EXPOSURE_MEASURES.mdf);
  const columns = {
    revenue,
    mdf,
    measures: {
      revenue: revenue ? EXPOSURE_MEASURES.revenue : null,
      mdf: mdf ? EXPOSURE_MEASURES.mdf : null,
    },
  };
  byPeriod.set(t, { rows: rows.length, columns });
  return columns;
}

export function emptySide(): ExposureSide {
  return { partners: 0, revenue: 0, mdf: 0 };
}

export function addTo(side: ExposureSide, cols: ExposureColumns, i: number) {
  side.partners++;
  side.revenue += cols.revenue?.[i] ?? 0;
  side.mdf += cols.mdf?.[i] ?? 0;
}

export function tierExposure(
  baseTier: Int8Array,
  nextTier: Int8Array,
  nextNames: readonly string[],
  cols: ExposureColumns,
  withNone: boolean,
): TierExposure[] {
  const offset = withNone ? 1 : 0;
  const out = tierLabels(nextNames, withNone).map((tier): TierExposure => ({
    tier,
    entering: emptySide(),
    leaving: emptySide(),
  }));
  for (let i = 0; i < baseTier.length; i++) {
    const a = baseTier[i]!;
    const b = nextTier[i]!;
    if (a === b) continue;
    addTo(out[b + offset]!.entering, cols, i);
    const left = out[a + offset];
    if (left) addTo(left.leaving, cols, i);
  }
  return out;
}

/** Exposure summed over the tiers: partners moving up and down, with revenue and MDF. */
export function exposureByDirection(
  baseTier: Int8Array,
  nextTier: Int8Array,
  cols: ExposureColumns,
): { up: ExposureSide; down: ExposureSide } {
  const up = emptySide();
  const down = emptySide();
  for (let i = 0; i < baseTier.length; i++) {
    if (nextTier[i]! > baseTier[i]!) addTo(up, cols, i);
    else if (nextTier[i]! < baseTier[i]!) addTo(down, cols, i);
  }
  return { up, down };
}
