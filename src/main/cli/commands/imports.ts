import type { Command } from '../command';
import { requiredString } from '../command';
import { formatCount } from '../io';
import { CliSession } from '../session';

export const importsCommand: Command = {
  name: 'imports',
  summary: "List a workspace's imports (newest first), with their files and status",
  usage: 'partnerscope imports --workspace FILE [--json]',
  options: { workspace: { type: 'string', short: 'w' }, json: { type: 'boolean' } },
  async run(args, io) {
    const session = new CliSession();
    try {
      await session.call('workspace.open', { path: requiredString(args, 'workspace') });
      const history = await session.call('import.history', {});
      if (args.values.json) {
        io.out(JSON.stringify(history, null, 2));
        return 0;
      }
      if (history.length === 0) io.out('No imports yet.');
      for (const h of history) {
        io.out(
          `#${String(h.importId).padEnd(4)} ${h.startedAt.slice(0, 16).replace('T', ' ')}  ${h.status.padEnd(9)}  ${h.kind.padEnd(22)}  ` +
            `${formatCount(h.rowsAccepted).padStart(10)} rows  ${h.fileNames.join(', ')}`,
        );
      }
      return 0;
    } finally {
      session.close();
    }
  },
};
