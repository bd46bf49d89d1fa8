import type { Command } from '../command';
import { requiredString } from '../command';
import { formatCount, table } from '../io';
import { CliSession } from '../session';

export const infoCommand: Command = {
  name: 'info',
  summary: "Show a workspace's data overview (counts of partners, periods, values…)",
  usage: 'partnerscope info --workspace FILE [--json]',
  options: { workspace: { type: 'string', short: 'w' }, json: { type: 'boolean' } },
  async run(args, io) {
    const session = new CliSession();
    try {
      const info = await session.call('workspace.open', {
        path: requiredString(args, 'workspace'),
      });
      const overview = await session.call('workspace.overview', {});
      if (args.values.json) {
        io.out(JSON.stringify({ workspace: info, ...overview }, null, 2));
        return 0;
      }
      const c = overview.counts;
      io.out(`${info.name} (${info.path}), schema ${info.schemaVersion}`);
      for (const line of table([
        ['Partners', formatCount(c.partners)],
        ['Active partners', formatCount(c.activePartners)],
        ['Periods', formatCount(c.periods)],
        ['Measures', formatCount(c.measures)],
        ['Values', formatCount(c.values)],
        ['Targets', formatCount(c.targets)],
        ['Deal registrations', formatCount(c.dealRegistrations)],
        ['Imports', formatCount(c.imports)],
      ])) {
        io.out(`  ${line}`);
      }
      return 0;
    } finally {
      session.close();
    }
  },
};
