/**
 * The partner-safe benchmark: what one partner may see of its peers. Every peer figure is an
 * aggregate (mean, quartiles, p90 — never min or max) of a group with at least k partners with a
 * value, rounded and checked against every other partner's own figures (anonymity-guard.ts); a
 * smaller group is merged upward or suppressed, and each comparison says which. The output holds
 * no other partner's name, id or figure: test/unit/benchmark/anonymity.test.ts proves it.
 */
import type {
  BenchmarkQuery,
  GroupDimension,
  SizeBasis,
  PartnerBenchmark,
  PeerAggregates,
  PeerComparison,
} from '../../../shared/api/benchmark';
import { AppError } from '../../../shared/errors';
import { eligibleRows, measureColumn } from '../scoring/dataset';
import { formulaInputs } from '../kpi/formula/ast';
import { gather } from '../scoring/kpi-columns';
import type { GroupIndex } from '../scoring/peer-groups';
import { bound } from '../scoring/normalisers/sorted-groups';
import type { Workspace } from '../workspace/workspace';
import { candidateRoundings, protect, PeerFigures } from './anonymity-guard';
import { assignGroups } from './assign-groups';
import { benchmarkContext, periodOf, type BenchmarkContext } from './benchmark-context';
import { dimensionSource } from './dimension-source';
import { checkDimensions } from './group-dimensions';
import { resolveKpis } from './kpi-catalog';
import { kpiColumn, kpiColumnKey } from './kpi-values';
import { choosePeerLevel, groupMembers, peerBasis, type PeerLevel } from './peer-basis';
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
function safeLabel(label: string, lowerNames: readonly string[], self: number): string {
  const lower = label.toLowerCase();
  const leaks = lowerNames.some((n, i) => i !== self && n.length > 0 && lower.includes(n));
  return leaks ? 'a peer group' : label;
}

/**
 * Kept per data revision (the scoring service's memo), since they are the same for every partner:
 * a scorecard batch or a QBR deck asks for one partner after another. Per period: the partners'
 * names in lower case, each KPI and measure column over the eligible rows, the peer groups of
 * every level; per KPI and group: which level the group is compared at, and that group's sorted
 * values, aggregates and figure holders (every partner counted; the asking partner's own figures
 * are taken off per request).
 */
const MAX_GROUPS = 4096;

function keptLevels(
  ctx: BenchmarkContext,
  t: number,
  groupBy: GroupDimension[],
  sizeBy: SizeBasis,
) {
  const key = `${t}|${sizeBy}|${groupBy.join('\u0001')}`;
  const rows = eligibleRows(ctx.dataset, t);
  const groups = ctx.service.memo('benchmark.levels', key, () => {
    const source = dimensionSource(ctx, sizeBy, t);
    const out: { dims: GroupDimension[]; groups: GroupIndex }[] = [];
    for (let l = groupBy.length; l >= 0; l--) {
      const dims = groupBy.slice(0, l);
      out.push({ dims, groups: assignGroups(source, rows, dims) });
    }
    return out;
  });
  return { key, rows, groups };
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
  const kept = keptLevels(ctx, t, groupBy, sizeBy);
  const rows = kept.rows;
  const self = rows.indexOf(row);
  const period = ctx.dataset.periods[t]!;
  if (self < 0) {
    throw new AppError(
      'NOT_FOUND',
      `${partners.name[row]} had not joined the program by ${period.label}.`,
    );
  }
  const lowerNames = ctx.service.memo('benchmark.lowerNames', String(t), () =>
    Array.from(rows, (r) => partners.name[r]!.toLowerCase()),
  );
  const levels: PeerLevel[] = kept.groups.map(({ dims, groups }) => ({
    dims,
    groups,
    label: safeLabel(groups.labels[groups.ids[self]!]!, lowerNames, self),
  }));
  const columnKeys = kpis.map((kpi) => kpiColumnKey(ctx, kpi, t));
  const columns = kpis.map((kpi, j) =>
    ctx.service.memo('benchmark.rowsColumn', columnKeys[j]!, () =>
      gather(kpiColumn(ctx, kpi, t), rows),
    ),
  );
  const references = listReferences(ws);

  const measureIndex = new Map(ctx.dataset.measures.map((m, i) => [m.key, i]));
  const rawColumn = (key: string) => {
    const m = measureIndex.get(key);
    if (m === undefined) return null;
    return ctx.service.memo('benchmark.rowsMeasure', `${t}|${m}`, () =>
      gather(measureColumn(ctx.dataset, m, t), rows),
    );
  };

  const group0 = levels[0]!.groups.ids[self]!;
  const drafts = kpis.map((kpi, j) => {
    const values = columns[j]!;
    const columnKey = `${columnKeys[j]}|${kept.key}`;
    const chosen = ctx.service.memo(
      'benchmark.peerLevel',
      `${columnKey}|${k}|${group0}`,
      () => {
        const { level, members } = choosePeerLevel(levels, self, values, k);
        return { level, count: members.length };
      },
      MAX_GROUPS,
    );
    // Another partner's figures for this KPI: its KPI values and the measures the KPI reads.
    const read = kpi.formula ? [...formulaInputs(kpi.formula).measures] : [];
    const own = [values, ...read.map(rawColumn).filter((c): c is Float64Array => c !== null)];
    const group = chosen.level >= 0 ? levels[chosen.level]!.groups.ids[self]! : -1;
    const stats = ctx.service.memo(
      'benchmark.peerStats',
      `${columnKey}|${chosen.level}|${group}`,
      () => {
        const members =
          chosen.level >= 0 ? groupMembers(levels[chosen.level]!.groups.ids, group, values) : [];
        const sorted = Float64Array.from(members, (i) => values[i]!).sort();
        const raw = rawAggregates(sorted);
        const candidates = candidateRoundings(raw ? STATS.map((s) => raw[s]) : []);
        return { sorted, raw, holders: new PeerFigures(own, -1, candidates) };
      },
      MAX_GROUPS,
    );
    return {
      kpi,
      own: values[self]!,
      basis: peerBasis(levels, chosen.level, chosen.count, k, kpi.info.name),
      sorted: stats.sorted,
      raw: stats.raw,
      figures: stats.holders.without(own, self),
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
