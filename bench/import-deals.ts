/**
 * Deal registrations at scale: a seeded 1M-row registration CSV (6 columns, 5,000 partners
 * created from the facts) analysed and committed through the API, one row per registration.
 * `npm run bench -- import-deals`, or standalone: `npx tsx bench/import-deals.ts [rows]`.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppContext } from '../src/main/core/app/context';
import { call, createDispatcher } from '../src/main/core/api/dispatcher';
import { DEAL_MAPPING, writeDealRegistrations } from '../test/helpers/deal-registrations';
import { tempDir } from '../test/helpers/temp';
import { ms, type BenchRow, printTable } from './table';

export async function runDealImportBench(rows = 1_000_000): Promise<BenchRow[]> {
  const { dir, cleanup } = tempDir('partnerscope-bench-deals-');
  const ctx = new AppContext(join(dir, 'home'));
  try {
    const dispatch = createDispatcher(ctx);
    const csv = join(dir, 'deals.csv');
    writeDealRegistrations(csv, rows);
    await call(dispatch, 'workspace.create', { path: join(dir, 'deals.partnerscope') });
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const staged = await call(dispatch, 'import.stagePath', { path: csv });
    const report = await call(dispatch, 'import.analyse', {
      fileIds: [staged.fileId],
      mapping: DEAL_MAPPING,
    });
    const analysed = performance.now() - started;
    const summary = await call(dispatch, 'import.commit', { analysisId: report.analysisId });
    const elapsed = performance.now() - started;
    clearInterval(sampler);
    const rate = rows / (elapsed / 1000);
    const label = `${(rows / 1e6).toLocaleString('en-US')}M`;
    return [
      {
        benchmark: `import ${label} deal registrations (${(statSync(csv).size / 2 ** 20).toFixed(0)} MiB) end to end`,
        measured: `${Math.round(rate).toLocaleString('en-US')} rows/s`,
        target: 'completes (no stack overflow)',
        met: summary.dealRegistrations === rows,
        note: `${ms(elapsed)} = stage+analyse ${ms(analysed)} + commit ${ms(elapsed - analysed)}; ${summary.dealRegistrations.toLocaleString('en-US')} registrations`,
      },
      {
        benchmark: '  peak memory (RSS) during the import',
        measured: `${(peak / 2 ** 20).toFixed(0)} MiB`,
        target: '< 2,048 MiB',
        met: peak < 2 * 2 ** 30,
      },
    ];
  } finally {
    ctx.close();
    cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printTable(await runDealImportBench(Number(process.argv[2] ?? 1_000_000)));
}
