/** The KPIs and cohort values the improvement page's forms offer. */
import type { ImprovementOptions } from '../../../shared/api/improvement-results';
import { SEGMENTS } from '../../../shared/api/scoring-methodology';
import { availableKpis } from '../benchmark/kpi-catalog';
import type { Workspace } from '../workspace/workspace';
import { kpiReader } from './kpi-reader';

function distinct(ws: Workspace, column: string): string[] {
  return (
    ws.sqlite
      .prepare(
        `SELECT DISTINCT ${column} AS v FROM partners WHERE ${column} IS NOT NULL AND ${column} <> '' ORDER BY 1`,
      )
      .all() as { v: string }[]
  ).map((r) => r.v);
}

export function improvementOptions(ws: Workspace): ImprovementOptions {
  const reader = kpiReader(ws);
  const currency = ws.getSetting('currency', 'USD');
  const latest = reader.latest >= 0 ? reader.periods[reader.latest]! : null;
  return {
    kpis: availableKpis(reader.ctx.plan).map((k) => ({
      key: k.key,
      name: k.name,
      unit: k.unit,
      direction: k.direction,
    })),
    types: distinct(ws, 'type'),
    regions: distinct(ws, 'region'),
    tiers: distinct(ws, 'tier'),
    segments: [...SEGMENTS],
    managers: distinct(ws, 'account_manager'),
    currency,
    period: latest ? { key: latest.key, label: latest.label } : null,
  };
}
