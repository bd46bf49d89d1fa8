/**
 * `partnerscope digest`: the digest of a period for the program, a region, a manager or one
 * partner (partner-safe), as PDF (printed with Chromium on the app served in-process) or Markdown.
 */
import { extname, resolve } from 'node:path';
import { startHost } from '../../host/server';
import { installChromiumPrinter } from '../../core/export/pdf/chromium-host-printer';
import type { Command } from '../command';
import { UsageError, requiredString, stringOption } from '../command';
import { ensureRendererBuild } from '../renderer-build';
import { CliSession } from '../session';

export const digestCommand: Command = {
  name: 'digest',
  summary:
    'Write the period digest (tier moves, KPIs, actions, changes, disputes) as PDF or Markdown',
  usage:
    'partnerscope digest --workspace FILE [--period P] [--region R | --manager M | --partner ID] --out FILE.pdf|FILE.md',
  options: {
    workspace: { type: 'string', short: 'w' },
    period: { type: 'string', short: 'p' },
    region: { type: 'string' },
    manager: { type: 'string' },
    partner: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  async run(args, io) {
    const workspace = requiredString(args, 'workspace');
    const outFile = resolve(requiredString(args, 'out'));
    const ext = extname(outFile).toLowerCase();
    if (ext !== '.pdf' && ext !== '.md') {
      throw new UsageError(`--out must end with .pdf or .md, got "${outFile}"`);
    }
    const scope = {
      period: stringOption(args, 'period'),
      region: stringOption(args, 'region'),
      manager: stringOption(args, 'manager'),
      partner: stringOption(args, 'partner'),
    };
    if ([scope.region, scope.manager, scope.partner].filter(Boolean).length > 1) {
      throw new UsageError('choose at most one of --region, --manager or --partner');
    }
    const session = new CliSession(io);
    const printer =
      ext === '.pdf'
        ? installChromiumPrinter(session.ctx, {
            dispatch: session.dispatch,
            rendererDir: ensureRendererBuild(io.err),
            startHost,
            pages: 1,
          })
        : null;
    try {
      await session.call('workspace.open', { path: workspace });
      const file = await session.call('digest.export', {
        ...scope,
        format: ext === '.pdf' ? 'pdf' : 'md',
        outFile,
      });
      const pages = ext === '.pdf' ? `, ${file.count} page${file.count === 1 ? '' : 's'}` : '';
      io.out(`Wrote ${file.path} (${file.bytes.toLocaleString('en-US')} bytes${pages})`);
      return 0;
    } finally {
      await printer?.close();
      session.close();
    }
  },
};
