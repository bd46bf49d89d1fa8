import {
  UNCERTAINTY_FACTORS,
  type DiagnosticsResult,
  type UncertaintyFactor,
  type UncertaintyResult,
} from '../../../shared/api/diagnostics';
import type { Tabular } from '../../core/benchmark/tabular';
import type { Command, ParsedArgs } from '../command';
import { UsageError, intOption, requiredString, stringOption } from '../command';
import { CliSession } from '../session';
import { emitTables, tableFormatOption } from '../table-output';
import { parseMethodologyArg } from './score';

const round = (x: number | null, digits = 4) =>
  x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits;

export function diagnosticsTables(d: DiagnosticsResult): Tabular[] {
  const alphaOf = new Map(d.groups.map((g) => [g.key, g.alpha]));
  const pairs = new Set(d.redundant.flatMap((p) => [p.a, p.b]));
  return [
    {
      columns: [
        'kpi',
        'group',
        'weight',
        'variance_share',
        'weight_x_spread',
        'importance',
        'r_with_group',
        'group_alpha',
        'alpha_if_dropped',
        'flags',
        'suggested_share',
        'suggested_weight_in_group',
      ],
      rows: d.kpis.map((k) => [
        k.key,
        k.group,
        round(k.weightShare),
        round(k.varianceShare),
        round(k.weightSpread),
        round(k.importanceShare),
        round(k.groupCorrelation, 3),
        round(alphaOf.get(k.group) ?? null, 3),
        round(k.alphaIfDropped, 3),
        [pairs.has(k.key) ? 'redundant' : '', k.pullsAgainst ? 'pulls against' : '']
          .filter(Boolean)
          .join(', '),
        round(k.suggestedShare),
        round(k.suggestedWeight, 2),
      ]),
    },
    {
      columns: [
        'group',
        'kpis',
        'alpha',
        'alpha_rows',
        'r_with_composite',
        'weight',
        'suggested_weight',
      ],
      rows: d.groups.map((g) => [
        g.key,
        g.kpis.length,
        round(g.alpha, 3),
        g.alphaRows,
        round(g.correlation, 3),
        round(g.weightShare),
        round(g.suggestedWeight, 2),
      ]),
    },
    {
      columns: ['redundant_a', 'redundant_b', 'group', 'r'],
      rows: d.redundant.map((p) => [p.a, p.b, p.group, round(p.correlation, 4)]),
    },
  ];
}

export function uncertaintyTables(u: UncertaintyResult): Tabular[] {
  return [
    {
      columns: [
        'partner',
        'name',
        'tier',
        'rank',
        'median_rank',
        'rank_p05',
        'rank_p95',
        'keeps_tier',
      ],
      rows: u.partners.map((p) => [
        p.partnerId,
        p.name,
        p.tier,
        p.nominalRank,
        p.medianRank,
        round(p.lowRank, 2),
        round(p.highRank, 2),
        round(p.keepTier, 3),
      ]),
    },
    {
      columns: ['choice', 'levels', 'first_order', 'total_order'],
      rows: u.indices.map((i) => [
        i.factor,
        i.levels.join(' | '),
        round(i.first, 3),
        round(i.total, 3),
      ]),
    },
  ];
}

function factorsOption(args: ParsedArgs): UncertaintyFactor[] | undefined {
  const raw = stringOption(args, 'factors');
  if (raw === undefined) return undefined;
  const factors = raw.split(',').map((s) => s.trim());
  for (const f of factors) {
    if (!(UNCERTAINTY_FACTORS as readonly string[]).includes(f)) {
      throw new UsageError(`unknown choice "${f}"; choices: ${UNCERTAINTY_FACTORS.join(', ')}`);
    }
  }
  return factors as UncertaintyFactor[];
}

function numberOption(args: ParsedArgs, name: string): number | undefined {
  const raw = stringOption(args, name);
  if (raw === undefined) return undefined;
  const n = Number(raw.replace(/%$/, '')) / (raw.endsWith('%') ? 100 : 1);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} needs a number, got "${raw}"`);
  return n;
}

/** `partnerscope diagnostics`: methodology coherence, or the uncertainty analysis. */
export const diagnosticsCommand: Command = {
  name: 'diagnostics',
  summary:
    'Methodology diagnostics (correlations, alpha, importance vs weight) or uncertainty over its choices',
  usage: [
    'partnerscope diagnostics --workspace FILE [--methodology NAME[@VERSION]] [--period P] [--format table|csv|json] [--out FILE]',
    '    [--target equal|nominal] [--redundant-at 0.9]   KPIs, groups and redundant pairs; suggested weights',
    '    --uncertainty [--samples 1000] [--seed 1] [--perturbation 20%] [--factors normalisation,aggregation,imputation,treatment,weights] [--limit 200]',
    '                                  ranks under every choice and the sensitivity indices',
  ].join('\n'),
  options: {
    workspace: { type: 'string', short: 'w' },
    methodology: { type: 'string', short: 'm' },
    period: { type: 'string', short: 'p' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    target: { type: 'string' },
    'redundant-at': { type: 'string' },
    uncertainty: { type: 'boolean' },
    samples: { type: 'string' },
    seed: { type: 'string' },
    perturbation: { type: 'string' },
    factors: { type: 'string' },
    limit: { type: 'string' },
  },
  async run(args, io) {
    const format = tableFormatOption(args);
    const target = stringOption(args, 'target') ?? 'equal';
    if (target !== 'equal' && target !== 'nominal') {
      throw new UsageError(`--target must be equal or nominal, got "${target}"`);
    }
    const methodologyArg = stringOption(args, 'methodology');
    const period = stringOption(args, 'period');
    const session = new CliSession(io);
    try {
      await session.call('workspace.open', { path: requiredString(args, 'workspace') });
      const d = await session.call('diagnostics.get', {
        ...(methodologyArg ? parseMethodologyArg(methodologyArg) : {}),
        period,
        target,
        redundantAt: numberOption(args, 'redundant-at'),
      });
      const m = d.methodology;
      const label = `${m.name}${m.version !== null ? ` v${m.version}` : ''}, ${d.period.label}`;
      if (args.values.uncertainty !== true) {
        emitTables(io, args, format, diagnosticsTables(d), d);
        io.err(
          `Diagnostics of ${label}: ${d.kpis.length} KPIs, ${d.redundant.length} redundant pairs, ${d.kpis.filter((k) => k.pullsAgainst).length} pulling against their group`,
        );
        return 0;
      }
      const context = await session.call('whatif.context', {
        methodologyId: m.id ?? undefined,
        version: m.version ?? undefined,
      });
      const u = await session.call('whatif.uncertainty', {
        baseline: {
          methodologyId: context.baseline.id,
          version: context.baseline.version ?? undefined,
        },
        definition: context.definition,
        period: d.period.key,
        jobId: `cli-uncertainty-${process.pid}`,
        samples: intOption(args, 'samples', 1000),
        seed: intOption(args, 'seed', 1),
        perturbation: numberOption(args, 'perturbation'),
        factors: factorsOption(args),
        limit: intOption(args, 'limit', 200),
      });
      emitTables(io, args, format, uncertaintyTables(u), u);
      io.err(
        `Uncertainty of ${label}: ${u.completed} samples (seed ${u.seed}), mean rank shift ${u.meanRankShift.toFixed(1)}, partners keep their tier in ${(100 * u.meanKeepTier).toFixed(0)} % of samples`,
      );
      return 0;
    } finally {
      session.close();
    }
  },
};
