/** One period's scores as named columns: what a snapshot stores and what verification compares. */
import type { ScoringDataset } from '../dataset';
import type { MethodologyPlan } from '../plan';
import type { PeriodScores } from '../score-period';
import type { NumericColumns } from './snapshot-codec';

export function resultColumns(
  plan: MethodologyPlan,
  ds: ScoringDataset,
  ps: PeriodScores,
): NumericColumns {
  const { structural: s, weighted: w } = ps;
  const n = s.rows.length;
  const columns: NumericColumns = {
    partner_id: Int32Array.from(s.rows, (p) => ds.partners.id[p]!),
    composite: w.composite,
    tier: w.tier,
    segment: s.segments.segment,
    rank: w.rank,
    percentile: w.percentile,
    coverage: w.coverage,
  };
  plan.groups.forEach(
    (g, j) => (columns[`group:${g}`] = w.groupScores.subarray(j * n, (j + 1) * n)),
  );
  plan.kpis.forEach((k, i) => {
    columns[`raw:${k.key}`] = s.raw[i]!;
    columns[`score:${k.key}`] = s.normalised[i]!;
    columns[`contribution:${k.key}`] = w.contributions.subarray(i * n, (i + 1) * n);
  });
  return columns;
}
