/** One partner's score explained: per-KPI breakdown, what it takes to move up, and trend. */
import { SEGMENTS } from '../../../../shared/api/scoring-methodology';
import type {
  ExplainedKpi,
  MethodologyRef,
  PartnerExplanation,
} from '../../../../shared/api/scoring-results';
import { AppError } from '../../../../shared/errors';
import { formatFormula } from '../../kpi/formula/ast';
import { planRowComposite } from '../plan-composite';
import type { ScoringDataset } from '../dataset';
import { peerGroupLabel } from '../peer-groups';
import { planKpi, type MethodologyPlan } from '../plan';
import type { PeriodScores } from '../score-period';
import { changeAt, seriesOf, trendFlag, type TrendSeries } from '../trend';
import { whatItTakes } from '../what-it-takes';
import { segmentReason } from './segment-reason';

const num = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? null : x);

export function explainPartner(
  plan: MethodologyPlan,
  ds: ScoringDataset,
  ps: PeriodScores,
  trend: TrendSeries,
  methodology: MethodologyRef,
  partnerId: number,
): PartnerExplanation {
  const { structural: s, weighted: w } = ps;
  const p = ds.partners.id.indexOf(partnerId);
  if (p < 0) throw new AppError('NOT_FOUND', `There is no partner ${partnerId}.`);
  const i = s.rows.indexOf(p);
  if (i < 0) {
    throw new AppError(
      'NOT_FOUND',
      `${ds.partners.name[p]} was not onboarded by the end of ${s.period.label}.`,
    );
  }
  const n = s.rows.length;
  const K = plan.kpis.length;
  const G = plan.groups.length;
  const tiers = plan.definition.tiers.map((t) => t.name);
  const weights = plan.weights[w.profileOf[i]!]!;

  // Effective weights after re-weighting: the contributions of a partner scoring 1 everywhere it has a score.
  const unit = s.scores.map((col) => Float64Array.of(Number.isNaN(col[i]!) ? NaN : 1));
  const effective = new Float64Array(K);
  planRowComposite(plan, unit, 0, weights, effective, new Float64Array(G));

  const kpis = plan.kpis.map((k, j) => {
    const fixedTarget = k.normaliser.kind === 'target' ? k.normaliser.target : undefined;
    const distribution = ['percentile', 'minmax', 'zscore'].includes(k.normaliser.kind);
    const peerGroup = distribution ? peerGroupLabel(ds.partners, p, k.peerBy) : null;
    return {
      key: k.key,
      name: k.def.name,
      definition: k.def.definition,
      formula: formatFormula(k.formula),
      group: plan.groups[plan.groupOf[j]!]!,
      unit: k.def.unit,
      direction: k.def.direction,
      window: k.def.window,
      normaliser: k.normaliser,
      raw: num(s.raw[j]![i]),
      target: fixedTarget ?? num(s.targets[j]?.[i]),
      score: num(s.normalised[j]![i]),
      imputed: Number.isNaN(s.normalised[j]![i]!) && !Number.isNaN(s.scores[j]![i]!),
      ...cellRecords(plan, s, j, i),
      weight: effective[j]!,
      contribution: w.contributions[j * n + i]!,
      peerGroup,
    };
  });

  const wit = whatItTakes(plan, ps, i);
  const kpiMeta = (key: string) => planKpi(plan, key)?.def;
  const series = seriesOf(trend, p);
  const attainmentName = kpiMeta(plan.definition.segments.attainmentKpi)?.name ?? 'attainment';
  return {
    methodology,
    period: { key: s.period.key, label: s.period.label },
    partner: {
      id: partnerId,
      externalId: ds.partners.externalId[p]!,
      name: ds.partners.name[p]!,
      type: ds.partners.type[p] ?? null,
      region: ds.partners.region[p] ?? null,
      programTier: ds.partners.tier[p] ?? null,
    },
    composite: num(w.composite[i]),
    tier: tiers[w.tier[i]!] ?? null,
    segment: SEGMENTS[s.segments.segment[i]!]!,
    segmentReason: segmentReason(plan.definition.segments, s, i, attainmentName),
    rank: w.rank[i]! > 0 ? w.rank[i]! : null,
    of: w.scored,
    percentile: num(w.percentile[i]),
    coverage: w.coverage[i]!,
    lowCoverage: w.coverage[i]! < plan.definition.missingData.minCoverage,
    profile: plan.profiles[w.profileOf[i]! - 1]?.name ?? 'Global weights',
    groups: plan.groups.map((g, j) => ({
      key: g,
      label: plan.groupLabels[j] ?? g,
      score: num(w.groupScores[j * n + i]),
      weight: kpis
        .filter((_, k) => isWithin(plan, plan.groupOf[k]!, j))
        .reduce((sum, k) => sum + k.weight, 0),
      ...(plan.tree ? { parent: plan.groups[plan.tree.parent[j]!] ?? null } : {}),
    })),
    kpis,
    ...(plan.tree &&
    (plan.tree.rootPower !== 1 || Array.prototype.some.call(plan.tree.power, (p) => p !== 1))
      ? { nonAdditive: true }
      : {}),
    whatItTakes: {
      status: wit.status,
      nextTier: wit.nextTier === null ? null : tiers[wit.nextTier]!,
      scoreGap: wit.scoreGap,
      unmetGates: wit.unmetGates.map((g) => ({
        ...g,
        name: kpiMeta(g.kpi)?.name ?? g.kpi,
        current: num(s.rawByKey.get(g.kpi)?.[i]),
      })),
      options: wit.options.map((o) => ({
        ...o,
        name: kpiMeta(o.kpi)?.name ?? o.kpi,
        unit: kpiMeta(o.kpi)?.unit ?? 'number',
      })),
      combination:
        wit.combination === null || !wit.combination.feasible
          ? wit.combination
          : {
              feasible: true,
              compositeAfter: wit.combination.compositeAfter,
              moves: wit.combination.moves.map((m) => ({
                kpi: m.kpi,
                name: kpiMeta(m.kpi)?.name ?? m.kpi,
                unit: kpiMeta(m.kpi)?.unit ?? 'number',
                from: m.from,
                to: m.to,
              })),
            },
    },
    trend: {
      periods: ds.periods.map((period, t) => ({
        key: period.key,
        label: period.label,
        composite: num(series[t]),
        tier: tiers[trend.tier[t * trend.partners + p]!] ?? null,
      })),
      change: num(changeAt(series, s.t)),
      flag: trendFlag(series, s.t, plan.definition.trend),
    },
  };
}

/** Whether group `g` is `ancestor` or lies below it. */
function isWithin(plan: MethodologyPlan, g: number, ancestor: number): boolean {
  for (let at = g; at >= 0; at = plan.tree ? plan.tree.parent[at]! : -1)
    if (at === ancestor) return true;
  return false;
}

/** What the KPI's preparation did to this partner's value: imputed, treated, divided. */
function cellRecords(
  plan: MethodologyPlan,
  s: PeriodScores['structural'],
  k: number,
  row: number,
): Pick<ExplainedKpi, 'imputation' | 'treatment' | 'denominator'> {
  const kpi = plan.kpis[k]!;
  const imputed = s.imputed[k]?.find((c) => c.row === row);
  const treated = s.treated[k]?.find((c) => c.row === row);
  const d = kpi.denominator;
  return {
    ...(imputed ? { imputation: { value: imputed.value, method: imputed.method } } : {}),
    ...(treated && kpi.treatment
      ? { treatment: { kind: kpi.treatment.kind, before: treated.before, after: treated.after } }
      : {}),
    ...(d ? { denominator: 'formula' in d ? formatFormula(d.formula) : d.attribute } : {}),
  };
}
