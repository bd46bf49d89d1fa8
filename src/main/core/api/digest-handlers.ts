/** The digest domain's handlers: the digest's data, and the digest as PDF or Markdown. */
import { randomUUID } from 'node:crypto';
import { digestPrintPath } from '../../../shared/api/export-routes';
import { buildDigest } from '../digest/build-digest';
import { digestMarkdown } from '../digest/digest-markdown';
import { deliver } from '../export/files/export-file';
import { checkOutFile } from '../export/files/output-path';
import { safeFileStem } from '../export/files/safe-file-name';
import { pdfPageCount } from '../export/pdf/page-count';
import { requirePrinter } from '../export/pdf/scorecard-pdf';
import type { HandlerMap } from './handler-types';

export const digestHandlers: HandlerMap<'digest.build' | 'digest.export'> = {
  'digest.build': (args, ctx) => buildDigest(ctx.requireWorkspace(), args),
  'digest.export': async ({ format, outFile, ...scope }, ctx) => {
    const started = performance.now();
    if (outFile) checkOutFile(outFile, format);
    // Built first: a wrong region, manager, partner or period fails before Chromium starts.
    const digest = buildDigest(ctx.requireWorkspace(), scope);
    const stem = safeFileStem(`Digest ${digest.scopeLabel.slice(0, 60)} ${digest.period.key}`);
    if (format === 'md') {
      return deliver(
        {
          fileName: `${stem}.md`,
          ext: 'md',
          mime: 'text/markdown',
          bytes: digestMarkdown(digest),
          count: 1,
          started,
        },
        outFile,
      );
    }
    const printer = await requirePrinter(ctx);
    const ready = randomUUID();
    const pdf = await printer.print({
      route: digestPrintPath({ ...scope, period: digest.period.key, ready }),
      ready,
    });
    return deliver(
      {
        fileName: `${stem}.pdf`,
        ext: 'pdf',
        mime: 'application/pdf',
        bytes: pdf,
        count: pdfPageCount(pdf),
        started,
      },
      outFile,
    );
  },
};
