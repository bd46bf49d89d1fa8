/**
 * The evidence of a new partner issue measured from the data: the KPI's value in the latest
 * period and the median of the partner's peer group (the benchmark's default grouping).
 */
import { benchmarkTable } from '../benchmark/benchmark-table';
import type { Workspace } from '../workspace/workspace';
import { kpiReader, tidy } from './kpi-reader';

export interface Evidence {
  periodKey: string | null;
  value: number | null;
  peerValue: number | null;
}

export function measureEvidence(ws: Workspace, partnerId: number, kpiKey: string): Evidence {
  const reader = kpiReader(ws);
  reader.info(kpiKey); // NOT_FOUND for an unknown KPI
  if (reader.latest < 0) return { periodKey: null, value: null, peerValue: null };
  const period = reader.periods[reader.latest]!;
  const value = tidy(reader.value(kpiKey, reader.row(partnerId), reader.latest));
  const table = benchmarkTable(ws, { period: period.key, kpis: [kpiKey], partners: true });
  const i = table.partners!.partnerId.indexOf(partnerId);
  const group = i >= 0 ? table.partners!.group[i]! : -1;
  const stats = group >= 0 ? table.stats[0]![group] : null;
  const peerValue = stats && stats.count >= table.minGroupSize ? tidy(stats.median) : null;
  return { periodKey: period.key, value, peerValue };
}
