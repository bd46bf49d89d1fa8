/**
 * The KPI table in long form: one row per partner and KPI, with the raw value, target,
 * attainment, 0–100 score and the points it adds to the composite.
 */
import type { ScoreTable } from '../../../../shared/api/scoring-results';
import { kpiHistory } from '../scorecard/kpi-history';
import { attainmentOf } from '../scorecard/scorecard-facts';
import type { ScoredPeriod } from '../scorecard/scored-period';
import type { Cell, DataTable } from './data-table';

const finite = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? null : v);

export function kpiRows(s: ScoredPeriod, table: ScoreTable, rows: number[]): DataTable {
  const period = s.dataset.periods[s.t]!;
  const history = kpiHistory(s.service, s.plan, s.data);
  const N = history.partners;
  const rowOf = new Map<number, number>();
  s.dataset.partners.id.forEach((id, p) => rowOf.set(id, p));
  const out: Record<string, Cell[]> = {
    external_id: [],
    partner: [],
    period: [],
    kpi: [],
    kpi_name: [],
    category: [],
    unit: [],
    value: [],
    target: [],
    attainment: [],
    score: [],
    contribution: [],
  };
  for (const i of rows) {
    const p = rowOf.get(table.partnerId[i]!)!;
    table.kpis.forEach((k, j) => {
      const value = table.kpiRaw?.[j]?.[i] ?? null;
      const target = finite(history.targets[j]?.[s.t * N + p]);
      out.external_id!.push(table.externalId[i]!);
      out.partner!.push(table.name[i]!);
      out.period!.push(period.key);
      out.kpi!.push(k.key);
      out.kpi_name!.push(k.name);
      out.category!.push(k.group);
      out.unit!.push(k.unit);
      out.value!.push(value);
      out.target!.push(target);
      out.attainment!.push(attainmentOf(value, target, k.direction));
      out.score!.push(table.kpiScore?.[j]?.[i] ?? null);
      out.contribution!.push(table.contribution?.[j]?.[i] ?? null);
    });
  }
  const text = new Set(['external_id', 'partner', 'period', 'kpi', 'kpi_name', 'category', 'unit']);
  return {
    name: `KPIs ${period.key}`,
    rows: out.kpi!.length,
    columns: Object.entries(out).map(([name, values]) => ({
      name,
      kind: text.has(name) ? 'text' : 'float',
      values,
      ...(name === 'attainment'
        ? { numFmt: '0%' }
        : name === 'score' || name === 'contribution'
          ? { numFmt: '0.0' }
          : {}),
    })),
  };
}
