import type { Command } from '../command';
import { requiredString, stringOption, UsageError } from '../command';
import { formatCount } from '../io';
import { CliSession } from '../session';

export const exportDataCommand: Command = {
  name: 'export-data',
  summary: 'Write partners and every stored value (partner, period, measure, value) to a folder',
  usage: 'partnerscope export-data --workspace FILE --out DIR [--format csv|arrow]',
  options: {
    workspace: { type: 'string', short: 'w' },
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const format = stringOption(args, 'format') ?? 'csv';
    if (format !== 'csv' && format !== 'arrow')
      throw new UsageError('--format must be csv or arrow');
    const session = new CliSession();
    try {
      await session.call('workspace.open', { path: requiredString(args, 'workspace') });
      const result = await session.call('import.exportData', {
        outDir: requiredString(args, 'out'),
        format,
      });
      io.out(`Wrote ${result.outDir}:`);
      for (const f of result.files)
        io.out(`  ${f.fileName.padEnd(24)} ${formatCount(f.rows).padStart(10)} rows`);
      return 0;
    } finally {
      session.close();
    }
  },
};
