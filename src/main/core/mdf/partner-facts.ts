/**
 * What the allocation criterion reads for each partner of a period, from the scoring engine's
 * dataset and the period's scores (the shared scoring service, so nothing is scored twice):
 * composite and tier, revenue over the last four periods and its growth against the four
 * before, pipeline coverage and the points missing to the next tier.
 */
import { measureColumn, targetColumn, type ScoringDataset } from '../scoring/dataset';
import type { ScoredSelection } from '../views/scored-selection';

export interface FactColumns {
  composite: Float64Array;
  tierIndex: Int8Array;
  revenue: Float64Array;
  growth: Float64Array;
  pipelineCoverage: Float64Array;
  gapToNextTier: Float64Array;
  tierNames: string[];
}

const WINDOW = 4;

function column(ds: ScoringDataset, key: string, t: number): Float64Array | null {
  const m = ds.measures.findIndex((x) => x.key === key);
  return m < 0 || t < 0 ? null : measureColumn(ds, m, t);
}

/** Sum over periods [from, to] with missing values skipped; NaN when every one is missing. */
function windowSum(ds: ScoringDataset, key: string, from: number, to: number, row: number) {
  let total = 0;
  let seen = 0;
  for (let s = Math.max(0, from); s <= to; s++) {
    const v = column(ds, key, s)?.[row];
    if (v !== undefined && !Number.isNaN(v)) {
      total += v;
      seen++;
    }
  }
  return { total: seen ? total : NaN, seen };
}

export function partnerFacts(sel: ScoredSelection): FactColumns {
  const { dataset: ds, t, ps, plan } = sel;
  const n = ds.partners.id.length;
  const tiers = plan.definition.tiers;
  const out: FactColumns = {
    composite: Float64Array.from(ps.weighted.composite),
    tierIndex: Int8Array.from(ps.weighted.tier),
    revenue: new Float64Array(n).fill(NaN),
    growth: new Float64Array(n).fill(NaN),
    pipelineCoverage: new Float64Array(n).fill(NaN),
    gapToNextTier: new Float64Array(n).fill(NaN),
    tierNames: tiers.map((x) => x.name),
  };
  const pipeline = column(ds, 'open_pipeline', t);
  const targetIdx = ds.targetMeasures.indexOf('revenue');
  const target = targetIdx >= 0 ? targetColumn(ds, targetIdx, t) : null;
  for (let i = 0; i < n; i++) {
    const recent = windowSum(ds, 'revenue', t - WINDOW + 1, t, i);
    const before = windowSum(ds, 'revenue', t - 2 * WINDOW + 1, t - WINDOW, i);
    out.revenue[i] = recent.total;
    if (before.total > 0 && recent.seen === WINDOW && before.seen === WINDOW) {
      out.growth[i] = recent.total / before.total - 1;
    }
    const open = pipeline?.[i] ?? NaN;
    const quota = target?.[i] ?? NaN;
    const base = quota > 0 ? quota : recent.seen > 0 ? recent.total / recent.seen : NaN;
    if (!Number.isNaN(open) && base > 0) out.pipelineCoverage[i] = open / base;
    const tier = out.tierIndex[i]!;
    const composite = out.composite[i]!;
    if (tier >= 0 && tier + 1 < tiers.length && !Number.isNaN(composite)) {
      out.gapToNextTier[i] = Math.max(0, tiers[tier + 1]!.minScore - composite);
    }
  }
  return out;
}
