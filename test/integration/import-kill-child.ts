/**
 * Child process of import-kill.test.ts: commits a large import into the given workspace and
 * reports commit progress on stdout, so that the parent can kill it mid-transaction.
 * Usage: node --import tsx import-kill-child.ts WORKSPACE CSV HOME
 */
import { AppContext } from '../../src/main/core/app/context';
import { call, createDispatcher } from '../../src/main/core/api/dispatcher';

const [workspace, csv, home] = process.argv.slice(2) as [string, string, string];
const ctx = new AppContext(home);
const dispatch = createDispatcher(ctx);
await call(dispatch, 'workspace.open', { path: workspace });
const staged = await call(dispatch, 'import.stagePath', { path: csv });
const report = await call(dispatch, 'import.analyse', {
  fileIds: [staged.fileId],
  mapping: {
    files: [
      {
        kind: 'transactions',
        partner: 'Partner ID',
        date: 'Date',
        measures: [{ measure: 'revenue', rule: 'sum', value: 'Amount' }],
      },
    ],
    options: { grains: ['month', 'quarter', 'year'], unknownPartners: 'create', outlierZ: 3.5 },
  },
  jobId: 'analyse',
});
ctx.onEvent((event, payload) => {
  const p = payload as { task: string; label: string; done: number; total: number };
  if (event !== 'progress' || p.task !== 'import:commit') return;
  process.stdout.write(`PROGRESS ${p.label} ${p.done}/${p.total}\n`);
  const until = Date.now() + 30; // slow the commit down so that the kill lands inside it
  while (Date.now() < until) {
    // busy wait
  }
});
process.stdout.write('COMMIT START\n');
await call(dispatch, 'import.commit', { analysisId: report.analysisId, jobId: 'commit' });
process.stdout.write('COMMITTED\n');
ctx.close();
