/**
 * `partnerscope export-pdf`: scorecard PDFs for one partner, a region, a program tier, a manager
 * or all partners into a folder, with an index.csv. Prints with Chromium through Playwright on
 * the app served by an in-process host; Ctrl+C cancels between files.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { BatchFilter } from '../../../shared/api/export';
import { startHost } from '../../host/server';
import { installChromiumPrinter } from '../../core/export/pdf/chromium-host-printer';
import type { Command, ParsedArgs } from '../command';
import { intOption, requiredString, stringOption, UsageError } from '../command';
import { formatCount } from '../io';
import { ensureRendererBuild } from '../renderer-build';
import { CliSession } from '../session';

function filterOf(args: ParsedArgs): BatchFilter {
  const raw = args.values.partner;
  const partners = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String);
  const filter: BatchFilter = {
    ...(args.values.all === true ? { all: true } : {}),
    ...(partners.length ? { partners } : {}),
    region: stringOption(args, 'region'),
    tier: stringOption(args, 'tier'),
    manager: stringOption(args, 'manager'),
  };
  if (!filter.all && !filter.partners && !filter.region && !filter.tier && !filter.manager) {
    throw new UsageError(
      'choose the partners: --partner ID, --all, --region R, --tier T or --manager M',
    );
  }
  return filter;
}

function paperOf(args: ParsedArgs): 'a4' | 'letter' {
  const paper = (stringOption(args, 'paper') ?? 'a4').toLowerCase();
  if (paper !== 'a4' && paper !== 'letter')
    throw new UsageError(`--paper must be a4 or letter, got "${paper}"`);
  return paper;
}

export const exportPdfCommand: Command = {
  name: 'export-pdf',
  summary:
    'Print partner scorecards to PDF (a partner, region, tier, manager or all) with an index.csv',
  usage:
    'partnerscope export-pdf --workspace FILE (--partner ID | --all | --region R | --tier T | --manager M) [--period P] [--paper a4|letter] [--internal] [--pages N] --out DIR',
  options: {
    workspace: { type: 'string', short: 'w' },
    partner: { type: 'string', multiple: true },
    all: { type: 'boolean' },
    region: { type: 'string' },
    tier: { type: 'string' },
    manager: { type: 'string' },
    period: { type: 'string', short: 'p' },
    paper: { type: 'string' },
    internal: { type: 'boolean' },
    pages: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  async run(args, io) {
    const filter = filterOf(args);
    const paper = paperOf(args);
    const outDir = resolve(requiredString(args, 'out'));
    const workspace = requiredString(args, 'workspace');
    const pages = intOption(args, 'pages', 2);
    if (pages < 1 || pages > 8) throw new UsageError('--pages must be between 1 and 8');
    const rendererDir = ensureRendererBuild(io.err);
    const session = new CliSession(io);
    const printer = installChromiumPrinter(session.ctx, {
      dispatch: session.dispatch,
      rendererDir,
      startHost,
      pages,
    });
    // Start Chromium while the workspace opens and scores.
    void printer().catch(() => undefined);
    const jobId = randomUUID();
    const cancel = () => {
      io.err('\nCancelling after the scorecards being printed…');
      void session.call('export.cancel', { jobId });
    };
    process.once('SIGINT', cancel);
    try {
      await session.call('workspace.open', { path: workspace });
      const result = await session.call('export.scorecardBatch', {
        jobId,
        filter,
        period: stringOption(args, 'period'),
        variant: args.values.internal === true ? 'internal' : 'partner',
        paper,
        outDir,
      });
      io.status('');
      const seconds = (result.ms / 1000).toFixed(1);
      const verb = result.status === 'cancelled' ? 'Cancelled: wrote' : 'Wrote';
      io.out(
        `${verb} ${formatCount(result.written)} of ${formatCount(result.total)} scorecards to ${result.outDir} in ${seconds} s`,
      );
      for (const item of result.items.filter((i) => i.status === 'failed')) {
        io.err(`  ${item.externalId} ${item.name}: ${item.error ?? 'failed'}`);
      }
      const skipped = result.items.filter((i) => i.status === 'skipped').length;
      if (skipped) io.out(`Skipped ${formatCount(skipped)} (see the index).`);
      io.out(`Index: ${result.indexPath}`);
      if (result.status === 'cancelled') return 130;
      return result.failed > 0 ? 1 : 0;
    } finally {
      process.removeListener('SIGINT', cancel);
      await printer.close();
      session.close();
    }
  },
};
