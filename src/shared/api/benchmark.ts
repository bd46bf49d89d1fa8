/**
 * The benchmark domain of the API: peer groups with distribution statistics per KPI (internal),
 * the partner-safe benchmark of one partner (anonymous aggregates of at least k partners only),
 * change since a baseline period, external reference benchmarks and the anonymity setting.
 */
import { z } from 'zod';
import { method } from './define';
import type { PeriodRef } from './scoring-results';

const id = z.number().int().positive();
const periodKey = z.string().trim().min(1).max(20);

/**
 * One grouping dimension: a partner field, the size band (by revenue or employees, see
 * `sizeBy`) or any partner attribute (`attr:segment`). Several dimensions combine.
 */
export const groupDimensionSchema = z
  .string()
  .regex(
    /^(type|region|tier|size|attr:[A-Za-z][A-Za-z0-9_]{0,62})$/,
    'use type, region, tier, size or attr:NAME',
  );
export type GroupDimension = z.infer<typeof groupDimensionSchema>;
export const groupBySchema = z.array(groupDimensionSchema).max(4);
export const SIZE_BASES = ['revenue', 'employees'] as const;
export type SizeBasis = (typeof SIZE_BASES)[number];

/** Who is a partner's peer, and how partner-safe output is protected (workspace settings). */
export const benchmarkSettingsSchema = z.object({
  /** k: partner-facing output only shows aggregates of groups with at least k partners. */
  minGroupSize: z.number().int().min(3).max(1000),
  defaultGroupBy: groupBySchema,
  sizeBy: z.enum(SIZE_BASES),
  /** Stagnating: no improvement beyond `stagnationTolerance` (relative) over this many periods. */
  stagnationPeriods: z.number().int().min(1).max(12),
  stagnationTolerance: z.number().min(0).max(1),
  /** Regressing: worse than the baseline by at least this share (0.1 = 10 %). */
  regressionThreshold: z.number().min(0).max(10),
});
export type BenchmarkSettings = z.infer<typeof benchmarkSettingsSchema>;

export const DEFAULT_BENCHMARK_SETTINGS: BenchmarkSettings = {
  minGroupSize: 5,
  defaultGroupBy: ['type', 'region'],
  sizeBy: 'revenue',
  stagnationPeriods: 3,
  stagnationTolerance: 0.02,
  regressionThreshold: 0.1,
};

/** Which KPIs and peers a request means; everything is optional. */
export const benchmarkQuerySchema = z.object({
  period: periodKey.optional(),
  methodologyId: id.optional(),
  version: id.optional(),
  groupBy: groupBySchema.optional(),
  sizeBy: z.enum(SIZE_BASES).optional(),
  /** KPI keys (`score` is the composite); default: the methodology's scored KPIs and `score`. */
  kpis: z.array(z.string().trim().min(1).max(64)).max(100).optional(),
});
export type BenchmarkQuery = z.infer<typeof benchmarkQuerySchema>;

/** A partner by numeric id or external id. */
export const partnerRefSchema = z.union([id, z.string().trim().min(1).max(200)]);

export interface BenchmarkKpi {
  key: string;
  name: string;
  unit: string;
  direction: 'higher' | 'lower';
  /** Part of the methodology's score. */
  scored: boolean;
}

export interface DistributionStats {
  count: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  p90: number;
  max: number;
  mean: number;
}

export interface BenchmarkGroup {
  key: string;
  label: string;
  /** Partners in the group (with or without a value for a given KPI). */
  partners: number;
}

export interface ReferenceValue {
  source: string;
  kpi: string;
  value: number;
  note: string;
}

/** Internal: per-partner columns of a benchmark (names included; never partner-facing). */
export interface BenchmarkPartners {
  partnerId: number[];
  externalId: string[];
  name: string[];
  /** Index into `groups`. */
  group: number[];
  /** [kpi][partner], in `kpis` order. */
  values: (number | null)[][];
  /** Percentile within the partner's group, 0–100, 100 = best (direction-aware). */
  percentile: (number | null)[][];
  /** Rank within the group, 1 = best. */
  rank: (number | null)[][];
}

export interface BenchmarkTable {
  period: PeriodRef;
  periods: PeriodRef[];
  groupBy: GroupDimension[];
  sizeBy: SizeBasis;
  minGroupSize: number;
  kpis: BenchmarkKpi[];
  groups: BenchmarkGroup[];
  /** [kpi][group]; null where no partner of the group has a value. */
  stats: (DistributionStats | null)[][];
  /** Per KPI over every partner. */
  overall: (DistributionStats | null)[];
  references: ReferenceValue[];
  partners?: BenchmarkPartners;
  timings: { loadMs: number; computeMs: number };
}

/**
 * How a KPI's peers were chosen for a partner: its own group, a broader group because its own
 * had fewer than k partners with a value (`merged`), or nothing at all (`suppressed`).
 */
export interface PeerBasis {
  level: 'own' | 'merged' | 'suppressed';
  /** Label of the group compared with (null when suppressed). */
  label: string | null;
  dimensions: GroupDimension[];
  /** Partners with a value in that group (at least k), null when suppressed. */
  partners: number | null;
  /** In words: which group, and why it was merged or suppressed. */
  note: string;
}

/** Anonymous peer aggregates, rounded; a figure that would match a peer's own is withheld. */
export interface PeerAggregates {
  mean: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
}

export interface PeerComparison {
  kpi: BenchmarkKpi;
  /** The partner's own value. */
  own: number | null;
  /** The partner's percentile among the compared peers (0–100, 100 = best), whole number. */
  percentile: number | null;
  basis: PeerBasis;
  peers: PeerAggregates | null;
  /** Names of the aggregates withheld because they would have equalled a peer's own figure. */
  withheld: (keyof PeerAggregates)[];
  references: { source: string; value: number; note: string }[];
}

/**
 * The partner-safe benchmark of one partner (for the partner, their QBR, their scorecard): the
 * partner's own values and anonymous aggregates of peer groups with at least k partners. It holds
 * no other partner's name, id or figure.
 */
export interface PartnerBenchmark {
  partner: {
    id: number;
    externalId: string;
    name: string;
    type: string | null;
    region: string | null;
    tier: string | null;
  };
  period: PeriodRef;
  minGroupSize: number;
  groupBy: GroupDimension[];
  sizeBy: SizeBasis;
  /** The partner's own group at the finest level asked for. */
  ownGroup: string;
  comparisons: PeerComparison[];
  /** How to read the figures (what is aggregated, rounding, k). */
  notes: string[];
}

export interface BaselineGroup {
  label: string;
  partners: number;
  medianNow: number | null;
  medianBaseline: number | null;
  /** Median of the partners' changes since the baseline. */
  medianChange: number | null;
  improving: number;
  regressing: number;
  stagnating: number;
}

export type ProgressFlag = 'improving' | 'regressing' | 'stagnating';

export interface BaselineReport {
  period: PeriodRef;
  baseline: PeriodRef;
  periods: PeriodRef[];
  kpi: BenchmarkKpi;
  groupBy: GroupDimension[];
  sizeBy: SizeBasis;
  rules: { stagnationPeriods: number; stagnationTolerance: number; regressionThreshold: number };
  groups: BaselineGroup[];
  partnerId: number[];
  externalId: string[];
  name: string[];
  group: number[];
  now: (number | null)[];
  before: (number | null)[];
  change: (number | null)[];
  /** Change as a share of the baseline value (null when the baseline is 0 or missing). */
  relativeChange: (number | null)[];
  flag: (ProgressFlag | null)[];
  /** Why the flag was raised, in words. */
  reason: (string | null)[];
}

export interface BenchmarkOptions {
  periods: PeriodRef[];
  defaultPeriod: string | null;
  kpis: BenchmarkKpi[];
  /** Dimensions a group can use: the fixed ones and every attribute key partners carry. */
  dimensions: { key: GroupDimension; label: string }[];
  settings: BenchmarkSettings;
  referenceSources: { source: string; kpis: number; importedAt: string }[];
  /** ISO 4217 code of money values (workspace setting `currency`, default USD). */
  currency: string;
}

export interface ReferenceImport {
  source: string;
  imported: number;
  /** Rows skipped, with the line number and why. */
  skipped: { line: number; reason: string }[];
}

export const benchmarkApi = {
  'benchmark.options': method<BenchmarkOptions>()(
    z.object({ methodologyId: id.optional(), version: id.optional() }),
    'Periods, KPIs, grouping dimensions, settings and reference sources for the Benchmarks page.',
  ),
  'benchmark.groups': method<BenchmarkTable>()(
    benchmarkQuerySchema.extend({ partners: z.boolean().default(false) }),
    'Internal: per KPI and peer group count, min, p25, median, p75, p90, max, mean; optionally each partner’s value, percentile and rank in its group.',
  ),
  'benchmark.partner': method<PartnerBenchmark>()(
    benchmarkQuerySchema.extend({ partner: partnerRefSchema }),
    'Partner-safe: one partner’s values against anonymous peer aggregates of at least k partners (merged upward or suppressed otherwise).',
  ),
  'benchmark.baseline': method<BaselineReport>()(
    benchmarkQuerySchema.extend({ baseline: periodKey, kpi: z.string().trim().min(1).max(64) }),
    'Change of one KPI since a baseline period per partner and group, with stagnation and regression flags.',
  ),
  'benchmark.references': method<ReferenceValue[]>()(
    z.object({ source: z.string().trim().min(1).max(200).optional() }),
    'External reference benchmarks (industry averages) imported from CSV.',
  ),
  'benchmark.importReferences': method<ReferenceImport>()(
    z.object({
      source: z.string().trim().min(1).max(200),
      /** CSV text with a kpi and a value column (and optionally a note column). */
      csv: z.string().max(5_000_000),
      replace: z.boolean().default(true),
    }),
    'Import reference benchmarks from CSV text (kpi,value[,note]); replaces the source’s values by default.',
    { writes: ['benchmark'] },
  ),
  'benchmark.deleteReferences': method<{ deleted: number }>()(
    z.object({ source: z.string().trim().min(1).max(200) }),
    'Delete every reference value of one source.',
    { writes: ['benchmark'] },
  ),
  'benchmark.settings': method<BenchmarkSettings>()(
    z.object({}),
    'The anonymity threshold k, default peer groups and trend rules.',
  ),
  'benchmark.updateSettings': method<BenchmarkSettings>()(
    benchmarkSettingsSchema.partial(),
    'Change the benchmark settings (k at least 3).',
    { writes: ['benchmark'] },
  ),
};
