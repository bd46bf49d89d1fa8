/**
 * The partner-safe benchmark: what one partner may see of its peers. Every peer figure is an
 * aggregate (mean, quartiles, p90 — never min or max) of a group with at least k partners with a
 * value, rounded and checked against every other partner's own figures (anonymity-guard.ts); a
 * smaller group is merged upward or suppressed, and each comparison says which. The output holds
 * no other partner's name, id or figure: test/unit/benchmark/anonymity.test.ts proves it.
 */
import type {
  BenchmarkQuery,
  PartnerBenchmark,
  PeerAggregates,
  PeerComparison,
} from '../../../shared/api/benchmark';
import { AppError } from '../../../shared/errors';
import { eligibleRows, measureColumn } from '../scoring/dataset';
import { formulaInputs } from '../kpi/formula/ast';
import { gather } from '../scoring/kpi-columns';
import { bound } from '../scoring/normalisers/sorted-groups';
import type { Workspace } from '../workspace/workspace';
import { candidateRoundings, protect, PeerFigures } from './anonymity-guard';
import { assignGroups } from './assign-groups';
import { benchmarkContext, periodOf } from './benchmark-context';
import { dimensionSource } from './dimension-source';
import { checkDimensions } from './group-dimensions';
import { resolveKpis } from './kpi-catalog';
import { kpiColumn } from './kpi-values';
import { choosePeers, type PeerLevel } from './peer-basis';
import { quantile } from './quantiles';
import { listReferences } from './references';
import { partnerRow } from './resolve-partner';
import { benchmarkSettings } from './settings';

export interface PartnerBenchmarkRequest extends BenchmarkQuery {
  /** Numeric id or external id. */
  partner: number | string;
}

const STATS = ['mean', 'p25', 'median', 'p75', 'p90'] as const;

/** A group label that happens to contain another partner's name is not shown. */
function safeLabel(label: string, names: readonly string[], self: number): string {
  const lower = label.toLowerCase();
  const leaks = names.some((n, i) => i !== self && n.length > 0 && lower.includes(n.toLowerCase()));
  return leaks ? 'a peer group' : label;
}

function rawAggregates(sorted: Float64Array): Record<(typeof STATS)[number], number> | null {
  const n = sorted.length;
  if (n === 0) return null;
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    mean: sum / n,
    p25: quantile(sorted, 0, n, 0.25),
    median: quantile(sorted, 0, n, 0.5),
    p75: quantile(sorted, 0, n, 0.75),
    p90: quantile(sorted, 0, n, 0.9),
  };
}

function standing(sorted: Float64Array, own: number, direction: 'higher' | 'lower'): number | null {
  if (Number.isNaN(own) || sorted.length < 2) return null;
  const firstEqual = bound(sorted, 0, sorted.length, own, false);
  const firstAbove = bound(sorted, 0, sorted.length, own, true);
  const better = direction === 'higher' ? firstEqual : sorted.length - firstAbove;
  const equal = firstAbove - firstEqual - 1;
  return Math.round((100 * (better + 0.5 * equal)) / (sorted.length - 1));
}

export function partnerBenchmark(
  ws: Workspace,
  request: PartnerBenchmarkRequest,
): PartnerBenchmark {
  const ctx = benchmarkContext(ws, request);
  const settings = benchmarkSettings(ws);
  const k = settings.minGroupSize;
  const t = periodOf(ctx, request.period);
  // One peer-group rule for every partner-facing figure: unless asked otherwise, the partner is
  // compared within the methodology's peer group, as on its scorecard and in its QBR.
  const groupBy = checkDimensions(request.groupBy ?? [...ctx.plan.definition.peerGroup]);
  const sizeBy = request.sizeBy ?? settings.sizeBy;
  const kpis = resolveKpis(ctx, request.kpis);
  const { partners } = ctx.dataset;
  const row = partnerRow(ctx.dataset, request.partner);
  const rows = eligibleRows(ctx.dataset, t);
  const self = rows.indexOf(row);
  const period = ctx.dataset.periods[t]!;
  if (self < 0) {
    throw new AppError(
      'NOT_FOUND',
      `${partners.name[row]} had not joined the program by ${period.label}.`,
    );
  }
  const names = Array.from(rows, (r) => partners.name[r]!);
  const source = dimensionSource(ctx, sizeBy, t);
  const levels: PeerLevel[] = [];
  for (let l = groupBy.length; l >= 0; l--) {
    const dims = groupBy.slice(0, l);
    const groups = assignGroups(source, rows, dims);
    levels.push({ dims, groups, label: safeLabel(groups.labels[groups.ids[self]!]!, names, self) });
  }
  const columns = kpis.map((kpi) => gather(kpiColumn(ctx, kpi, t), rows));
  const references = listReferences(ws);

  const measureIndex = new Map(ctx.dataset.measures.map((m, i) => [m.key, i]));
  const rawColumn = (key: string) => {
    const m = measureIndex.get(key);
    return m === undefined ? null : gather(measureColumn(ctx.dataset, m, t), rows);
  };

  const drafts = kpis.map((kpi, j) => {
    const values = columns[j]!;
    const chosen = choosePeers(levels, self, values, k, kpi.info.name);
    const sorted = Float64Array.from(chosen.members, (i) => values[i]!).sort();
    const raw = rawAggregates(sorted);
    // Another partner's figures for this KPI: its KPI values and the measures the KPI reads.
    const read = kpi.formula ? [...formulaInputs(kpi.formula).measures] : [];
    const own = [values, ...read.map(rawColumn).filter((c): c is Float64Array => c !== null)];
    const candidates = candidateRoundings(raw ? STATS.map((s) => raw[s]) : []);
    return {
      kpi,
      own: values[self]!,
      ...chosen,
      sorted,
      raw,
      figures: new PeerFigures(own, self, candidates),
    };
  });
  const comparisons = drafts.map((d): PeerComparison => {
    let peers: PeerAggregates | null = null;
    const withheld: (keyof PeerAggregates)[] = [];
    if (d.raw) {
      peers = { mean: null, p25: null, median: null, p75: null, p90: null };
      for (const stat of STATS) {
        peers[stat] = protect(d.raw[stat], d.figures, k);
        if (peers[stat] === null) withheld.push(stat);
      }
    }
    return {
      kpi: d.kpi.info,
      own: Number.isNaN(d.own) ? null : d.own,
      percentile: d.raw ? standing(d.sorted, d.own, d.kpi.info.direction) : null,
      basis: d.basis,
      peers,
      withheld,
      references: references
        .filter((r) => r.kpi === d.kpi.info.key)
        .map((r) => ({ source: r.source, value: r.value, note: r.note })),
    };
  });

  const notes = [
    `Peer figures are the mean and percentiles of groups of at least ${k} partners, rounded to three significant digits; no other partner's name or own figure is shown.`,
    `When your own group has fewer than ${k} partners with a figure, a broader group is used, or the comparison is left out; each line says which.`,
    'Your percentile: the share of the compared partners you do better than (100 = best).',
  ];
  if (comparisons.some((c) => c.withheld.length > 0)) {
    notes.push('A peer figure that would have equalled one partner’s own figure is withheld.');
  }
  return {
    partner: {
      id: partners.id[row]!,
      externalId: partners.externalId[row]!,
      name: partners.name[row]!,
      type: partners.type[row] ?? null,
      region: partners.region[row] ?? null,
      tier: partners.tier[row] ?? null,
    },
    period: { key: period.key, label: period.label },
    minGroupSize: k,
    groupBy,
    sizeBy,
    ownGroup: levels[0]!.label,
    comparisons,
    notes,
  };
}
