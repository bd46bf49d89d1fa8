/** Builds small in-memory scoring datasets for engine tests (the engine's math never reads SQLite). */
import type { Aggregation, ScoringDataset } from '../../src/main/core/scoring/dataset';
import { quarterPeriod } from '../../src/main/core/workspace/periods';

export interface PartnerSpec {
  type?: string | null;
  region?: string | null;
  tier?: string | null;
  onboardedOn?: string | null;
}

export interface DatasetSpec {
  partners: PartnerSpec[] | number;
  /** Quarter keys, e.g. ['2025-Q1', '2025-Q2']. */
  periods: string[];
  /** measure → [period][partner] values (NaN or null = missing). */
  values: Record<string, (number | null)[][]>;
  aggregation?: Record<string, Aggregation>;
  targets?: Record<string, (number | null)[][]>;
}

export function makeDataset(spec: DatasetSpec): ScoringDataset {
  const partners =
    typeof spec.partners === 'number'
      ? Array.from({ length: spec.partners }, (): PartnerSpec => ({}))
      : spec.partners;
  const n = partners.length;
  const periods = spec.periods.map((key) => {
    const [y, q] = key.split('-Q').map(Number);
    const { label, startDate, endDate, fiscalYear, fiscalQuarter } = quarterPeriod(y!, q!);
    return { key, label, startDate, endDate, fiscalYear, fiscalQuarter };
  });
  const T = periods.length;
  const measureKeys = Object.keys(spec.values);
  const cube = (source: Record<string, (number | null)[][]>, keys: string[]) => {
    const out = new Float64Array(keys.length * T * n).fill(NaN);
    keys.forEach((key, m) =>
      source[key]!.forEach((row, t) =>
        row.forEach((v, p) => {
          out[(m * T + t) * n + p] = v ?? NaN;
        }),
      ),
    );
    return out;
  };
  const targetMeasures = Object.keys(spec.targets ?? {});
  return {
    grain: 'quarter',
    partners: {
      id: Int32Array.from(partners, (_, i) => i + 1),
      externalId: partners.map((_, i) => `P${i + 1}`),
      name: partners.map((_, i) => `Partner ${i + 1}`),
      type: partners.map((p) => p.type ?? null),
      region: partners.map((p) => p.region ?? null),
      tier: partners.map((p) => p.tier ?? null),
      status: partners.map(() => 'active'),
      onboardedOn: partners.map((p) => p.onboardedOn ?? null),
    },
    periods,
    measures: measureKeys.map((key) => ({ key, aggregation: spec.aggregation?.[key] ?? 'sum' })),
    values: cube(spec.values, measureKeys),
    targetMeasures,
    targets: cube(spec.targets ?? {}, targetMeasures),
  };
}

/** A custom KPI that passes a measure through unchanged (handy with a 0–100 min–max). */
export function passthroughKpi(
  key: string,
  measure = key,
  direction: 'higher' | 'lower' = 'higher',
) {
  return {
    key,
    name: key,
    category: 'revenue' as const,
    perspective: 'financial' as const,
    formula: measure,
    unit: 'number' as const,
    direction,
    indicator: 'lagging' as const,
    window: 'period' as const,
    definition: '',
  };
}
