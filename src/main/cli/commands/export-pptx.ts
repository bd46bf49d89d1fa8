/** `partnerscope export-pptx`: one partner's QBR deck (PPTX with native charts). */
import { resolve } from 'node:path';
import type { Command } from '../command';
import { requiredString, stringOption, UsageError } from '../command';
import { CliSession } from '../session';

export const exportPptxCommand: Command = {
  name: 'export-pptx',
  summary: "Write a partner's QBR deck as PPTX (editable text, native charts)",
  usage:
    'partnerscope export-pptx --workspace FILE --partner ID [--period P] [--internal] --out FILE.pptx',
  options: {
    workspace: { type: 'string', short: 'w' },
    partner: { type: 'string' },
    period: { type: 'string', short: 'p' },
    internal: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
  },
  async run(args, io) {
    const out = resolve(requiredString(args, 'out'));
    if (!out.toLowerCase().endsWith('.pptx')) throw new UsageError('--out must name a .pptx file');
    const session = new CliSession(io);
    try {
      await session.call('workspace.open', { path: requiredString(args, 'workspace') });
      const deck = await session.call('export.qbrDeck', {
        partner: requiredString(args, 'partner'),
        period: stringOption(args, 'period'),
        variant: args.values.internal === true ? 'internal' : 'partner',
        outFile: out,
      });
      io.out(`Wrote ${deck.path} (${deck.count} slides) in ${(deck.ms / 1000).toFixed(1)} s`);
      return 0;
    } finally {
      session.close();
    }
  },
};
