/** `partnerscope export-scores`: the scores or KPI table of a period as CSV, XLSX or Arrow. */
import { extname, resolve } from 'node:path';
import type { Command } from '../command';
import { requiredString, stringOption, UsageError } from '../command';
import { formatCount } from '../io';
import { CliSession } from '../session';

const FORMATS = ['csv', 'xlsx', 'arrow'] as const;
type Format = (typeof FORMATS)[number];

export const exportScoresCommand: Command = {
  name: 'export-scores',
  summary:
    'Write the scores (a row per partner) or KPIs (a row per partner and KPI) as CSV, XLSX or Arrow',
  usage:
    'partnerscope export-scores --workspace FILE [--table scores|kpis] [--period P] [--region R] --out FILE.csv|.xlsx|.arrow',
  options: {
    workspace: { type: 'string', short: 'w' },
    table: { type: 'string' },
    period: { type: 'string', short: 'p' },
    region: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  async run(args, io) {
    const out = resolve(requiredString(args, 'out'));
    const format = extname(out).slice(1).toLowerCase() as Format;
    if (!FORMATS.includes(format))
      throw new UsageError('--out must end with .csv, .xlsx or .arrow');
    const table = stringOption(args, 'table') ?? 'scores';
    if (table !== 'scores' && table !== 'kpis')
      throw new UsageError('--table must be scores or kpis');
    const region = stringOption(args, 'region');
    const session = new CliSession(io);
    try {
      await session.call('workspace.open', { path: requiredString(args, 'workspace') });
      const file = await session.call('export.data', {
        table,
        format,
        period: stringOption(args, 'period'),
        ...(region ? { filter: { region } } : {}),
        outFile: out,
      });
      io.out(`Wrote ${formatCount(file.count)} rows to ${file.path}`);
      return 0;
    } finally {
      session.close();
    }
  },
};
