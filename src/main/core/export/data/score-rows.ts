/** The scores table: one row per scored partner (composite, categories, tier, segment, rank…). */
import type { ScoreTable } from '../../../../shared/api/scoring-results';
import { scoreTable } from '../../scoring/views/score-table';
import type { ScoredPeriod } from '../scorecard/scored-period';
import type { DataColumn, DataTable } from './data-table';

const SCORE = '0.0';

/** The engine's columnar score table of the period, restricted to `keep` (dataset partner ids). */
export function periodScores(s: ScoredPeriod, detail: 'values' | 'full'): ScoreTable {
  return scoreTable(s.plan, s.dataset, s.ps, {
    methodology: s.ref,
    detail,
    trend: s.trend,
    timings: { loadMs: 0, scoreMs: 0 },
  });
}

export function pick<T>(values: T[], rows: number[]): T[] {
  return rows.map((i) => values[i]!);
}

export function scoreRows(
  s: ScoredPeriod,
  table: ScoreTable,
  rows: number[],
  managers: Map<number, string | null>,
): DataTable {
  const period = s.dataset.periods[s.t]!;
  const m = s.ref;
  const constant = (value: string | number | null) => rows.map(() => value);
  const columns: DataColumn[] = [
    { name: 'external_id', kind: 'text', values: pick(table.externalId, rows) },
    { name: 'partner', kind: 'text', values: pick(table.name, rows) },
    { name: 'type', kind: 'text', values: pick(table.type, rows) },
    { name: 'region', kind: 'text', values: pick(table.region, rows) },
    {
      name: 'account_manager',
      kind: 'text',
      values: rows.map((i) => managers.get(table.partnerId[i]!) ?? null),
    },
    { name: 'period', kind: 'text', values: constant(period.key) },
    { name: 'methodology', kind: 'text', values: constant(m.name) },
    { name: 'version', kind: 'int', values: constant(m.version) },
    { name: 'composite', kind: 'float', values: pick(table.composite, rows), numFmt: SCORE },
    ...table.groups.map((g, j): DataColumn => ({
      name: `${g.key}_score`,
      kind: 'float',
      values: pick(table.groupScores[j]!, rows),
      numFmt: SCORE,
    })),
    { name: 'tier', kind: 'text', values: pick(table.tier, rows) },
    { name: 'segment', kind: 'text', values: pick(table.segment, rows) },
    { name: 'rank', kind: 'int', values: pick(table.rank, rows) },
    { name: 'percentile', kind: 'float', values: pick(table.percentile, rows), numFmt: SCORE },
    { name: 'change', kind: 'float', values: pick(table.change ?? [], rows), numFmt: SCORE },
    { name: 'trend', kind: 'text', values: pick(table.trend ?? [], rows) },
    { name: 'coverage', kind: 'float', values: pick(table.coverage, rows), numFmt: '0%' },
  ];
  return { name: `Scores ${period.key}`, columns, rows: rows.length };
}
