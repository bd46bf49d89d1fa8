import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { SIZE_BASES, type GroupDimension, type SizeBasis } from '../../../shared/api/benchmark';
import {
  baselineGroupRows,
  baselineRows,
  distributionRows,
  leagueRows,
  partnerRows,
  referenceRows,
} from '../../core/benchmark/cli-tables';
import type { Command, ParsedArgs } from '../command';
import { UsageError, intOption, requiredString, stringOption } from '../command';
import { CliSession } from '../session';
import { emitTables, tableFormatOption } from '../table-output';

const MODES = [
  'partner',
  'league',
  'baseline',
  'import-references',
  'references',
  'min-group-size',
] as const;

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** `--group type,region`; `--group none` (or `all`) compares with all partners. */
function groupOption(args: ParsedArgs): GroupDimension[] | undefined {
  const raw = stringOption(args, 'group');
  if (raw === undefined) return undefined;
  if (raw === 'none' || raw === 'all') return [];
  return list(raw) as GroupDimension[];
}

function sizeOption(args: ParsedArgs): SizeBasis | undefined {
  const raw = stringOption(args, 'size-by');
  if (raw === undefined) return undefined;
  if (!(SIZE_BASES as readonly string[]).includes(raw)) {
    throw new UsageError(`--size-by must be one of ${SIZE_BASES.join(', ')}, got "${raw}"`);
  }
  return raw as SizeBasis;
}

export const benchmarkCommand: Command = {
  name: 'benchmark',
  summary:
    'Peer benchmarks: distributions per group and KPI, a partner-safe view, league, baseline',
  usage: [
    'partnerscope benchmark --workspace FILE [--period P] [--group type|region|tier|size|attr:NAME[,…]|none]',
    '        [--size-by revenue|employees] [--kpi K[,K…]] [--format table|csv|json] [--out FILE]',
    '    (no mode)                      count, min, p25, median, p75, p90, max, mean per group and KPI',
    '    --partner ID                   partner-safe: the partner against anonymous groups of ≥ k partners',
    '    --league                       internal league table of the first --kpi (default: score)',
    '    --baseline P0                  change of the first --kpi since P0, stagnation and regression flags',
    '    --import-references FILE [--source NAME]   reference benchmarks from a CSV of kpi,value[,note]',
    '    --references                   list the reference benchmarks',
    '    --min-group-size K             set the anonymity threshold k (default 5)',
  ].join('\n'),
  options: {
    workspace: { type: 'string', short: 'w' },
    period: { type: 'string', short: 'p' },
    group: { type: 'string', short: 'g' },
    'size-by': { type: 'string' },
    kpi: { type: 'string', short: 'k' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    partner: { type: 'string' },
    league: { type: 'boolean' },
    baseline: { type: 'string' },
    'import-references': { type: 'string' },
    source: { type: 'string' },
    references: { type: 'boolean' },
    'min-group-size': { type: 'string' },
  },
  async run(args, io) {
    const format = tableFormatOption(args);
    const modes = MODES.filter((m) => args.values[m] !== undefined);
    if (modes.length > 1) throw new UsageError(`choose one of --${modes.join(', --')}`);
    const query = {
      period: stringOption(args, 'period'),
      groupBy: groupOption(args),
      sizeBy: sizeOption(args),
      kpis: list(stringOption(args, 'kpi')),
    };
    const session = new CliSession(io);
    try {
      await session.call('workspace.open', { path: requiredString(args, 'workspace') });
      switch (modes[0]) {
        case 'partner': {
          const b = await session.call('benchmark.partner', {
            ...query,
            partner: stringOption(args, 'partner')!,
          });
          emitTables(io, args, format, [partnerRows(b)], b);
          io.err(
            `${b.partner.name} (${b.partner.externalId}), ${b.period.label}, own group ${b.ownGroup}, k = ${b.minGroupSize}.`,
          );
          for (const note of b.notes) io.err(`  ${note}`);
          return 0;
        }
        case 'league': {
          const kpi = query.kpis?.[0] ?? 'score';
          const t = await session.call('benchmark.groups', {
            ...query,
            kpis: [kpi],
            partners: true,
          });
          emitTables(io, args, format, [leagueRows(t)], t);
          io.err(
            `League of ${t.kpis[0]!.name} in ${t.period.label}: internal, names included; never share it with partners.`,
          );
          return 0;
        }
        case 'baseline': {
          const r = await session.call('benchmark.baseline', {
            ...query,
            baseline: stringOption(args, 'baseline')!,
            kpi: query.kpis?.[0] ?? 'score',
          });
          emitTables(io, args, format, [baselineRows(r), baselineGroupRows(r)], r);
          io.err(`${r.kpi.name}: ${r.baseline.label} → ${r.period.label}.`);
          return 0;
        }
        case 'import-references': {
          const file = stringOption(args, 'import-references')!;
          const source = stringOption(args, 'source') ?? basename(file, extname(file));
          const result = await session.call('benchmark.importReferences', {
            source,
            csv: readFileSync(file, 'utf8'),
            replace: true,
          });
          io.out(`Imported ${result.imported} reference values as "${result.source}".`);
          for (const s of result.skipped) io.err(`  line ${s.line} skipped: ${s.reason}`);
          return 0;
        }
        case 'references': {
          const refs = await session.call('benchmark.references', {});
          emitTables(io, args, format, [referenceRows(refs)], refs);
          return 0;
        }
        case 'min-group-size': {
          const k = intOption(args, 'min-group-size', 5);
          const settings = await session.call('benchmark.updateSettings', { minGroupSize: k });
          io.out(
            `Partner-facing benchmarks now need groups of at least ${settings.minGroupSize} partners.`,
          );
          return 0;
        }
        default: {
          const t = await session.call('benchmark.groups', query);
          emitTables(io, args, format, [distributionRows(t)], t);
          io.err(
            `${t.kpis.length} KPIs × ${t.groups.length} groups (${t.groupBy.join(' · ') || 'all partners'}) in ${t.period.label}; computed in ${Math.round(t.timings.computeMs)} ms. Internal figures (min and max are single partners' values).`,
          );
          return 0;
        }
      }
    } finally {
      session.close();
    }
  },
};
