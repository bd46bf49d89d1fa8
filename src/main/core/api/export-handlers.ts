/** The export domain's handlers: glue between the contract and src/main/core/export. */
import { homedir } from 'node:os';
import { join, sep } from 'node:path';
import type { AppContext } from '../app/context';
import { exportData } from '../export/data/export-data';
import { deliver } from '../export/files/export-file';
import { checkOutFile } from '../export/files/output-path';
import { safeFileStem } from '../export/files/safe-file-name';
import { cancelJob } from '../app/jobs';
import { runScorecardBatch } from '../export/pdf/batch';
import { pdfPageCount } from '../export/pdf/page-count';
import { printScorecard, requirePrinter, warmPrinter } from '../export/pdf/scorecard-pdf';
import { qbrDeck } from '../export/pptx/qbr-deck';
import { buildScorecard } from '../export/scorecard/scorecard-data';
import { partnerDetails } from '../export/scorecard/resolve-partner';
import { scoredPeriod } from '../export/scorecard/scored-period';
import { distinctValues } from '../export/select-partners';
import type { HandlerMap } from './handler-types';

type ExportMethods =
  | 'export.scorecard'
  | 'export.scorecardPdf'
  | 'export.batchFilters'
  | 'export.scorecardBatch'
  | 'export.cancel'
  | 'export.qbrDeck'
  | 'export.data';

function periodKeyOf(ctx: AppContext, period: string | undefined): string {
  const s = scoredPeriod(ctx.requireWorkspace(), { period });
  return s.dataset.periods[s.t]!.key;
}

export const exportHandlers: HandlerMap<ExportMethods> = {
  'export.scorecard': (args, ctx) => buildScorecard(ctx.requireWorkspace(), args),

  'export.scorecardPdf': async (args, ctx) => {
    const started = performance.now();
    if (args.outFile) checkOutFile(args.outFile, 'pdf');
    const partner = partnerDetails(ctx.requireWorkspace().sqlite, args.partner);
    const period = periodKeyOf(ctx, args.period);
    const printer = await requirePrinter(ctx);
    const pdf = await printScorecard(printer, { ...args, partner: partner.externalId, period });
    const stem = safeFileStem(`${partner.externalId} ${partner.name.slice(0, 60)} ${period}`);
    return deliver(
      {
        fileName: `${stem}.pdf`,
        ext: 'pdf',
        mime: 'application/pdf',
        bytes: pdf,
        count: pdfPageCount(pdf),
        started,
      },
      args.outFile,
    );
  },

  'export.batchFilters': (_args, ctx) => {
    warmPrinter(ctx);
    const ws = ctx.requireWorkspace();
    const s = scoredPeriod(ws, {});
    return {
      regions: distinctValues(ws.sqlite, 'region'),
      programTiers: distinctValues(ws.sqlite, 'tier'),
      managers: distinctValues(ws.sqlite, 'account_manager'),
      partners: s.dataset.partners.id.length,
      periods: s.dataset.periods.map((p) => ({ key: p.key, label: p.label })),
      defaultPeriod: s.dataset.periods.at(-1)?.key ?? null,
      exportsDir: join(homedir(), 'Partnerscope exports'),
      pathSeparator: sep,
    };
  },

  'export.scorecardBatch': (args, ctx) => runScorecardBatch(ctx, args),

  'export.cancel': ({ jobId }) => ({ cancelled: cancelJob(jobId) }),

  'export.qbrDeck': async (args, ctx) => {
    const started = performance.now();
    if (args.outFile) checkOutFile(args.outFile, 'pptx');
    const card = buildScorecard(ctx.requireWorkspace(), args);
    const deck = await qbrDeck(card);
    const stem = safeFileStem(
      `${card.partner.externalId} ${card.partner.name.slice(0, 60)} QBR ${card.period.key}`,
    );
    return deliver(
      {
        fileName: `${stem}.pptx`,
        ext: 'pptx',
        mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        bytes: deck.bytes,
        count: deck.slides,
        started,
      },
      args.outFile,
    );
  },

  'export.data': async (args, ctx) => {
    const started = performance.now();
    if (args.outFile) checkOutFile(args.outFile, args.format);
    const file = await exportData(ctx.requireWorkspace(), args);
    return deliver({ ...file, started }, args.outFile);
  },
};
