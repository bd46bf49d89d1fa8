import type { Command } from '../command';
import { intOption, requiredString } from '../command';
import { formatCount } from '../io';
import { CliSession } from '../session';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Write a seeded demo workspace',
  usage: 'partnerscope demo --out FILE [--partners N] [--quarters Q] [--seed S] [--force]',
  options: {
    out: { type: 'string', short: 'o' },
    partners: { type: 'string' },
    quarters: { type: 'string' },
    seed: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(args, io) {
    const session = new CliSession(io);
    try {
      const started = performance.now();
      const info = await session.call('workspace.create', {
        path: requiredString(args, 'out'),
        overwrite: args.values.force === true,
        demo: {
          partners: intOption(args, 'partners', 300),
          quarters: intOption(args, 'quarters', 8),
          seed: intOption(args, 'seed', 42),
        },
      });
      const overview = await session.call('workspace.overview', {});
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      io.out(
        `Wrote ${info.path}: ${formatCount(overview.counts.partners)} partners, ${formatCount(overview.counts.periods)} periods, ${formatCount(overview.counts.values)} values in ${seconds} s`,
      );
      return 0;
    } finally {
      session.close();
    }
  },
};
