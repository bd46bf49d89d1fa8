/**
 * Scorecards for a filter into a folder: one PDF per partner (safe, unique file names), printed
 * through the printer's page pool, a progress event per file, cancellable between files, and an
 * index.csv listing every selected partner with its file and status, written also on cancel.
 */
import { join } from 'node:path';
import type { BatchFilter } from '../../../../shared/api/export';
import type {
  BatchResult,
  PaperSize,
  ScorecardVariant,
} from '../../../../shared/api/export-results';
import type { AppContext } from '../../app/context';
import { ensureOutDir, writeOutFile } from '../files/output-path';
import { scorecardStem, uniqueFileName } from '../files/safe-file-name';
import { finishJob, startJob } from '../../app/jobs';
import { scoredPeriod } from '../scorecard/scored-period';
import { selectPartners, type SelectedPartner } from '../select-partners';
import { batchIndexCsv, type IndexRow } from './batch-index';
import { pdfPageCount } from './page-count';
import { printScorecard, requirePrinter } from './scorecard-pdf';

export interface BatchRequest {
  jobId: string;
  filter: BatchFilter;
  period?: string;
  methodologyId?: number;
  version?: number;
  variant: ScorecardVariant;
  paper: PaperSize;
  outDir: string;
}

export const INDEX_FILE = 'index.csv';

/** Composite and tier of each selected partner (null when not scored in the period). */
function scoresOf(ctx: AppContext, request: BatchRequest, partners: SelectedPartner[]) {
  const s = scoredPeriod(ctx.requireWorkspace(), request);
  const tiers = s.plan.definition.tiers.map((t) => t.name);
  const rowOf = new Map<number, number>();
  s.ps.structural.rows.forEach((p, i) => rowOf.set(s.dataset.partners.id[p]!, i));
  const period = s.dataset.periods[s.t]!;
  return {
    period,
    scores: partners.map((p) => {
      const i = rowOf.get(p.id);
      if (i === undefined) return null;
      const c = s.ps.weighted.composite[i]!;
      return { composite: Number.isNaN(c) ? null : c, tier: tiers[s.ps.weighted.tier[i]!] ?? null };
    }),
  };
}

export async function runScorecardBatch(
  ctx: AppContext,
  request: BatchRequest,
): Promise<BatchResult> {
  const started = performance.now();
  const ws = ctx.requireWorkspace();
  const outDir = ensureOutDir(request.outDir);
  const partners = selectPartners(ws.sqlite, request.filter);
  const { period, scores } = scoresOf(ctx, request, partners);
  const printer = await requirePrinter(ctx);
  const signal = startJob(request.jobId);
  const task = `export:${request.jobId}`;
  const taken = new Set<string>([INDEX_FILE]);
  const rows: IndexRow[] = partners.map((p, k) => ({
    ...p,
    period: period.key,
    composite: scores[k]?.composite ?? null,
    tier: scores[k]?.tier ?? null,
    file: null,
    pages: null,
    status: 'skipped',
    error: scores[k] ? 'cancelled before it was printed' : `not scored in ${period.label}`,
  }));
  const total = partners.length;
  let done = 0;
  let next = 0;
  const report = (label: string) =>
    ctx.emit('progress', {
      task,
      label,
      done,
      total,
      rate: done / Math.max(0.001, (performance.now() - started) / 1000),
    });

  const worker = async () => {
    while (!signal.aborted && next < total) {
      const k = next++;
      const p = partners[k]!;
      const row = rows[k]!;
      if (scores[k]) {
        const file = uniqueFileName(scorecardStem(p.externalId, p.name, period.key), 'pdf', taken);
        try {
          const pdf = await printScorecard(printer, {
            ...request,
            partner: p.externalId,
            period: period.key,
          });
          writeOutFile(join(outDir, file), pdf);
          Object.assign(row, { file, pages: pdfPageCount(pdf), status: 'written', error: '' });
        } catch (error) {
          Object.assign(row, { status: 'failed', error: (error as Error).message });
        }
      }
      done++;
      report(`Scorecards ${done} of ${total}: ${p.name}`);
    }
  };

  try {
    report(`Scorecards for ${total} partners`);
    await Promise.all(Array.from({ length: Math.min(printer.concurrency, total) || 1 }, worker));
  } finally {
    finishJob(request.jobId, signal);
  }
  const indexPath = join(outDir, INDEX_FILE);
  writeOutFile(indexPath, batchIndexCsv(rows));
  const cancelled = signal.aborted && done < total;
  ctx.emit('progress', {
    task,
    label: cancelled ? `Cancelled after ${done} of ${total} scorecards` : `${done} scorecards done`,
    done,
    total,
    finished: true,
  });
  return {
    jobId: request.jobId,
    outDir,
    indexPath,
    status: cancelled ? 'cancelled' : 'finished',
    total,
    written: rows.filter((r) => r.status === 'written').length,
    failed: rows.filter((r) => r.status === 'failed').length,
    items: rows.map((r) => ({
      externalId: r.externalId,
      name: r.name,
      file: r.file,
      status: r.status as BatchResult['items'][number]['status'],
      ...(r.error ? { error: r.error } : {}),
    })),
    ms: performance.now() - started,
  };
}
