/** The benchmark API's answers as rows and columns (for the `benchmark` command's output). */
import type {
  BaselineReport,
  BenchmarkTable,
  PartnerBenchmark,
  ReferenceValue,
} from '../../../shared/api/benchmark';
import type { Tabular } from './tabular';

export function distributionRows(t: BenchmarkTable): Tabular {
  const rows: Tabular['rows'] = [];
  t.kpis.forEach((k, j) => {
    t.groups.forEach((g, i) => {
      const s = t.stats[j]![i];
      rows.push([
        k.key,
        g.label,
        g.partners,
        s?.count ?? 0,
        s?.min ?? null,
        s?.p25 ?? null,
        s?.median ?? null,
        s?.p75 ?? null,
        s?.p90 ?? null,
        s?.max ?? null,
        s?.mean ?? null,
      ]);
    });
  });
  return {
    columns: [
      'kpi',
      'group',
      'partners',
      'count',
      'min',
      'p25',
      'median',
      'p75',
      'p90',
      'max',
      'mean',
    ],
    rows,
  };
}

/** One KPI's internal league: best first (partners without a value last). */
export function leagueRows(t: BenchmarkTable, kpiIndex = 0): Tabular {
  const p = t.partners!;
  const kpi = t.kpis[kpiIndex]!;
  const values = p.values[kpiIndex]!;
  const sign = kpi.direction === 'higher' ? -1 : 1;
  const order = values
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (a.v === null ? 1 : b.v === null ? -1 : sign * (a.v - b.v)));
  let rank = 0;
  let previous: number | null = null;
  const rows = order.map(({ v, i }, position): Tabular['rows'][number] => {
    if (v !== previous) rank = position + 1;
    previous = v;
    return [
      v === null ? null : rank,
      p.externalId[i]!,
      p.name[i]!,
      t.groups[p.group[i]!]!.label,
      v,
      p.percentile[kpiIndex]![i] ?? null,
      p.rank[kpiIndex]![i] ?? null,
    ];
  });
  return {
    columns: [
      'rank',
      'partner_id',
      'name',
      'group',
      kpi.key,
      'percentile_in_group',
      'rank_in_group',
    ],
    rows,
  };
}

export function partnerRows(b: PartnerBenchmark): Tabular {
  return {
    columns: [
      'kpi',
      'own',
      'percentile',
      'compared_with',
      'partners',
      'mean',
      'p25',
      'median',
      'p75',
      'p90',
      'basis',
      'reference',
    ],
    rows: b.comparisons.map((c) => [
      c.kpi.key,
      c.own,
      c.percentile,
      c.basis.label,
      c.basis.partners,
      c.peers?.mean ?? null,
      c.peers?.p25 ?? null,
      c.peers?.median ?? null,
      c.peers?.p75 ?? null,
      c.peers?.p90 ?? null,
      c.basis.level,
      c.references.map((r) => `${r.source}: ${r.value}`).join('; ') || null,
    ]),
  };
}

export function baselineRows(r: BaselineReport): Tabular {
  return {
    columns: [
      'partner_id',
      'name',
      'group',
      'baseline',
      'now',
      'change',
      'relative_change',
      'flag',
      'reason',
    ],
    rows: r.partnerId.map((_, i) => [
      r.externalId[i]!,
      r.name[i]!,
      r.groups[r.group[i]!]!.label,
      r.before[i] ?? null,
      r.now[i] ?? null,
      r.change[i] ?? null,
      r.relativeChange[i] ?? null,
      r.flag[i] ?? null,
      r.reason[i] ?? null,
    ]),
  };
}

export function baselineGroupRows(r: BaselineReport): Tabular {
  return {
    columns: [
      'group',
      'partners',
      'median_baseline',
      'median_now',
      'median_change',
      'improving',
      'regressing',
      'stagnating',
    ],
    rows: r.groups.map((g) => [
      g.label,
      g.partners,
      g.medianBaseline,
      g.medianNow,
      g.medianChange,
      g.improving,
      g.regressing,
      g.stagnating,
    ]),
  };
}

export function referenceRows(refs: ReferenceValue[]): Tabular {
  return {
    columns: ['source', 'kpi', 'value', 'note'],
    rows: refs.map((r) => [r.source, r.kpi, r.value, r.note || null]),
  };
}
