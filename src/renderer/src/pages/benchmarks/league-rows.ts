/** The league of one KPI: partners best first (by the KPI's direction), those without a figure last. */
import type { BenchmarkTable } from '../../../../shared/api';

export interface LeagueRow {
  index: number;
  rank: number | null;
  externalId: string;
  name: string;
  group: string;
  value: number | null;
  percentile: number | null;
  groupRank: number | null;
}

export function leagueRows(table: BenchmarkTable, kpiIndex: number): LeagueRow[] {
  const p = table.partners;
  if (!p) return [];
  const values = p.values[kpiIndex]!;
  const sign = table.kpis[kpiIndex]!.direction === 'higher' ? -1 : 1;
  const order = values.map((_, i) => i);
  order.sort((a, b) => {
    const va = values[a]!;
    const vb = values[b]!;
    if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
    return sign * (va - vb) || p.name[a]!.localeCompare(p.name[b]!);
  });
  let rank = 0;
  let previous: number | null = null;
  return order.map((i, position) => {
    const value = values[i]!;
    if (value !== previous) rank = position + 1;
    previous = value;
    return {
      index: i,
      rank: value === null ? null : rank,
      externalId: p.externalId[i]!,
      name: p.name[i]!,
      group: table.groups[p.group[i]!]!.label,
      value,
      percentile: p.percentile[kpiIndex]![i] ?? null,
      groupRank: p.rank[kpiIndex]![i] ?? null,
    };
  });
}
