/**
 * Everything about one period's scores that does not depend on weights or tier thresholds: raw
 * KPI values, fitted normalisers, normalised scores (before and after the missing-data policy),
 * engagement and segments. Cached, this makes a weight-only rescore a weighted sum.
 */
import type { PeerDimension } from '../../../shared/api/scoring-methodology';
import type { FormulaData } from '../kpi/formula/formula-data';
import { eligibleRows, type PeriodInfo, type ScoringDataset } from './dataset';
import type { MissingIndex } from './composite';
import { kpiRawValues, kpiTargets } from './kpi-columns';
import { missingCells } from './missing-cells';
import { fillMissing } from './missing-data';
import { fitScale } from './normalisers/fit-scale';
import type { FittedScale } from './normalisers/scale';
import { peerGroups, type GroupIndex } from './peer-groups';
import type { MethodologyPlan, PlanKpi } from './plan';
import { segmentColumns, type SegmentColumns } from './segments';
import type { ImputedValue } from './treatment/impute';
import { maskMissing, prepareKpi, transformedScale } from './treatment/prepare-kpi';
import type { TreatedValue } from './treatment/winsorise';

/** One period scored up to the weights: the normalised KPIs plus what segments and explanations read. */
export interface StructuralScores extends Omit<NormalisedKpis, 'missing' | 'groupsFor'> {
  key: string;
  t: number;
  period: PeriodInfo;
  /** Where `scores` and `normalised` are missing, row by row (what rescoring re-weights). */
  missing: MissingIndex;
  /** Raw values of every KPI the plan reads (scored and auxiliary), by key. */
  rawByKey: Map<string, Float64Array>;
  /** Mean score of the segment rules' engagement KPIs (NaN when none has data). */
  engagement: Float64Array;
  segments: SegmentColumns;
}

/** The scored KPIs of one period from raw values to scores: what every composite needs. */
export interface NormalisedKpis {
  /** Dataset row of each scored partner. */
  rows: Int32Array;
  /** Per scored KPI: raw values, targets (target normalisers), fitted scale, scores. */
  raw: Float64Array[];
  targets: (Float64Array | undefined)[];
  scales: FittedScale[];
  /** Normalised scores, NaN where the KPI had no usable value. */
  normalised: Float64Array[];
  /** After the missing-data policy (NaN left only for re-weighting). */
  scores: Float64Array[];
  /** Per scored KPI: the values imputed before normalisation (row, value, method). */
  imputed: ImputedValue[][];
  /** Per scored KPI: the values changed by outlier treatment (row, before, after). */
  treated: TreatedValue[][];
  /** Undefined for `scoresOnly` calls (the composite then finds the missing cells itself). */
  missing: MissingIndex | undefined;
  /** Peer groups by dimensions, built once per call. */
  groupsFor: (dims: readonly PeerDimension[]) => GroupIndex;
}

/**
 * Raw values → denominate → impute → treat → normalise → missing-data policy, for every scored
 * KPI of the plan: each normaliser fits its parameters once per KPI (and peer group) and then
 * scores the whole column in one loop.
 */
export function normaliseKpis(
  plan: MethodologyPlan,
  ds: ScoringDataset,
  data: FormulaData,
  t: number,
  /**
   * The caller keeps nothing of the result beyond this call (it derives, say, the composite):
   * raw values may then share the dataset's memory and scores are written into columns reused
   * by the plan's next such call.
   */
  scoresOnly = false,
): NormalisedKpis {
  const rows = eligibleRows(ds, t);
  const groupCache = new Map<string, GroupIndex>();
  const groupsFor = (dims: readonly PeerDimension[]) => {
    const key = dims.join(',');
    let g = groupCache.get(key);
    if (!g) {
      g = peerGroups(ds.partners, rows, dims);
      groupCache.set(key, g);
    }
    return g;
  };
  const raw = plan.kpis.map((k) => kpiRawValues(k, data, t, rows, ds, scoresOnly));
  const targets = plan.kpis.map((k) => kpiTargets(k, data, t, rows));
  // Denominate (above) → impute → treat → normalise, as in the JRC/OECD Handbook and COINr.
  const prepared = plan.kpis.map((k, i) =>
    prepareKpi(k, raw[i]!, {
      groupsFor,
      defaultPeers: plan.definition.peerGroup,
      previous: () => (t > 0 ? kpiRawValues(k, data, t - 1, rows, ds) : undefined),
    }),
  );
  const pool = scoresOnly ? columnPool(plan, rows.length) : undefined;
  const scales = plan.kpis.map((k, i) => {
    const p = prepared[i]!;
    const fitted = fitKpiScale(k, p.values, targets[i], groupsFor, pool?.[i]);
    return p.transform ? transformedScale(fitted, p.transform) : fitted;
  });
  // Imputed cells have a score but no observed value: `normalised` keeps them missing.
  const normalised = scales.map((s, i) =>
    prepared[i]!.imputed.length > 0 ? maskMissing(s.scores, raw[i]!) : s.scores,
  );
  const { policy } = plan.definition.missingData;
  const peers = groupsFor(plan.definition.peerGroup);
  const scores = scales.map((s, i) =>
    fillMissing(prepared[i]!.imputed.length > 0 ? s.scores : normalised[i]!, policy, peers),
  );
  let missing: MissingIndex | undefined;
  if (!scoresOnly) {
    const gaps = missingCells(scores, rows.length);
    const anyImputed = prepared.some((p) => p.imputed.length > 0);
    missing = {
      scores: gaps,
      observed: policy === 'reweight' && !anyImputed ? gaps : missingCells(normalised, rows.length),
    };
  }
  return {
    rows,
    raw,
    targets,
    scales,
    normalised,
    scores,
    imputed: prepared.map((p) => p.imputed),
    treated: prepared.map((p) => p.treated),
    missing,
    groupsFor,
  };
}

function fitKpiScale(
  kpi: PlanKpi,
  raw: Float64Array,
  targets: Float64Array | undefined,
  groupsFor: (dims: readonly PeerDimension[]) => GroupIndex,
  out?: Float64Array,
): FittedScale {
  return fitScale(kpi.normaliser, {
    raw,
    direction: kpi.def.direction,
    groups: groupsFor(kpi.peerBy),
    targets,
    out,
  });
}

/**
 * Score columns reused by a plan's `scoresOnly` calls (one per scored KPI and row count): a
 * caller that keeps only what it derives from the scores, such as the composite, allocates no
 * column per call. Overwritten by the plan's next such call.
 */
const pools = new WeakMap<MethodologyPlan, Float64Array[]>();

function columnPool(plan: MethodologyPlan, n: number): Float64Array[] {
  let pool = pools.get(plan);
  if (!pool || pool[0]?.length !== n) {
    pool = plan.kpis.map(() => new Float64Array(n));
    pools.set(plan, pool);
  }
  return pool;
}

export function structuralScores(
  plan: MethodologyPlan,
  ds: ScoringDataset,
  data: FormulaData,
  t: number,
): StructuralScores {
  const { groupsFor, ...kpis } = normaliseKpis(plan, ds, data, t);
  const { rows, raw, normalised } = kpis;
  const rawByKey = new Map<string, Float64Array>();
  const normalisedByKey = new Map<string, Float64Array>();
  plan.kpis.forEach((k, i) => {
    rawByKey.set(k.key, raw[i]!);
    normalisedByKey.set(k.key, normalised[i]!);
  });
  for (const k of plan.aux) rawByKey.set(k.key, kpiRawValues(k, data, t, rows, ds));

  const rules = plan.definition.segments;
  const engagementScores = rules.engagementKpis.map((key) => {
    const hit = normalisedByKey.get(key);
    if (hit) return hit;
    const kpi = plan.aux.find((k) => k.key === key)!;
    return fitKpiScale(kpi, rawByKey.get(key)!, kpiTargets(kpi, data, t, rows), groupsFor).scores;
  });
  const engagement = meanPresent(engagementScores, rows.length);
  const attainment = rawByKey.get(rules.attainmentKpi)!;
  return {
    key: plan.structuralKey,
    t,
    period: ds.periods[t]!,
    ...kpis,
    missing: kpis.missing!,
    rawByKey,
    engagement,
    segments: segmentColumns(rules, ds, t, rows, attainment, engagement),
  };
}

function meanPresent(columns: Float64Array[], n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let count = 0;
    for (const col of columns) {
      const v = col[i]!;
      if (!Number.isNaN(v)) {
        sum += v;
        count++;
      }
    }
    out[i] = count > 0 ? sum / count : NaN;
  }
  return out;
}
