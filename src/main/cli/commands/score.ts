import { writeFileSync } from 'node:fs';
import type { Command } from '../command';
import { UsageError, requiredString, stringOption } from '../command';
import { formatCount } from '../io';
import { flattenScores, toArrow, toCsv, toJson } from '../score-writers';
import { CliSession } from '../session';
import { versionName } from '../../../shared/version-name';

const FORMATS = ['csv', 'json', 'arrow'] as const;

/** `NAME@VERSION` → name and version number (a name may itself contain @). */
export function parseMethodologyArg(value: string): { methodology: string; version?: number } {
  const match = /^(.*)@(\d+)$/.exec(value);
  return match ? { methodology: match[1]!, version: Number(match[2]) } : { methodology: value };
}

export const scoreCommand: Command = {
  name: 'score',
  summary: 'Score every partner with a methodology and write the table (CSV, JSON or Arrow)',
  usage:
    'partnerscope score --workspace FILE [--methodology NAME[@VERSION]] [--period P] [--format csv|json|arrow] [--out FILE]',
  options: {
    workspace: { type: 'string', short: 'w' },
    methodology: { type: 'string', short: 'm' },
    period: { type: 'string', short: 'p' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
  },
  async run(args, io) {
    const format = stringOption(args, 'format') ?? 'csv';
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
    }
    const out = stringOption(args, 'out');
    if (format === 'arrow' && !out)
      throw new UsageError('--format arrow writes a binary file: add --out FILE');
    const methodologyArg = stringOption(args, 'methodology');
    const session = new CliSession(io);
    try {
      await session.call('workspace.open', { path: requiredString(args, 'workspace') });
      const table = await session.call('scoring.score', {
        ...(methodologyArg ? parseMethodologyArg(methodologyArg) : {}),
        period: stringOption(args, 'period'),
        detail: 'values',
      });
      const columns = flattenScores(table);
      const body =
        format === 'csv'
          ? toCsv(columns)
          : format === 'json'
            ? toJson(table, columns)
            : toArrow(columns);
      if (out) writeFileSync(out, body);
      else io.out((body as string).replace(/\r?\n$/, ''));
      const m = table.methodology;
      const tiers = table.tiers
        .map((t) => `${t} ${formatCount(table.summary.tierCounts[t] ?? 0)}`)
        .join(', ');
      io.err(
        `Scored ${formatCount(table.summary.scored)} partners for ${table.period.label} with ${versionName(m.name, m.version)} (${m.status}): ${tiers}${out ? ` → ${out}` : ''}`,
      );
      return 0;
    } finally {
      session.close();
    }
  },
};
