/**
 * An import commit is a write job of its own: saves made while it runs never join its
 * transaction (cancelling the import keeps them), reads made meanwhile see the last committed
 * state, and a second process trying to import at the same time is told so in words.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { PORTFOLIO_FACETS, type PortfolioViewState } from '../../src/shared/api/views';
import { rejects } from '../helpers/demo-api';
import { ImportHarness } from '../unit/import/helpers';

const view: PortfolioViewState = {
  search: 'acme',
  filters: Object.fromEntries(PORTFOLIO_FACETS.map((f) => [f, []])) as never,
  sort: [],
  columns: null,
  brush: null,
};

/** Deal registrations for two partners: enough rows that the commit writes several chunks. */
function dealsCsv(rows: number): string {
  const lines = ['Deal,Partner,Registered,Closed,Stage,Value'];
  for (let i = 0; i < rows; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(`D${i},${i % 2 ? 'Acme' : 'Beta'},2025-${month}-10,,Prospecting,${100 + (i % 7)}`);
  }
  return lines.join('\n');
}

async function harnessWithPartners() {
  const h = await new ImportHarness().open();
  await h.importFiles({ 'partners.csv': 'Partner ID,Partner name\nAcme,Acme\nBeta,Beta\n' });
  return h;
}

const count = (h: ImportHarness) =>
  (h.sql('SELECT COUNT(*) AS n FROM deal_registrations') as { n: number }[])[0]!.n;

describe('import commit isolation', () => {
  let h: ImportHarness | undefined;
  afterEach(() => h?.close());

  it('keeps saves made during a commit that is then cancelled, and reads see the state before it', async () => {
    h = await harnessWithPartners();
    const report = await h.analyse({ 'deals.csv': dealsCsv(9000) });
    expect(report.rowsRejected).toBe(0);
    const before = count(h);

    let during: Promise<unknown>[] = [];
    let readMidCommit: number | undefined;
    const stop = h.ctx.onEvent((event, payload) => {
      if (event !== 'progress' || during.length) return;
      const p = payload as { task: string; done: number };
      if (!p.task.startsWith('import:') || p.done === 0) return;
      // The commit has written rows and yielded: save, read, then cancel it.
      during = [
        h!.call('workspace.updateSettings', { name: 'Renamed during import' }),
        h!.call('views.saveView', { name: 'My view', view }),
      ];
      readMidCommit = count(h!);
      void h!.call('import.cancel', { jobId: 'job-1' });
    });
    await rejects(
      h.call('import.commit', { analysisId: report.analysisId, jobId: 'job-1' }),
      'CANCELLED',
    );
    stop();
    await Promise.all(during);

    expect(during).toHaveLength(2);
    expect(readMidCommit).toBe(before);
    expect(count(h)).toBe(before);
    expect((await h.call('workspace.current', {}))?.name).toBe('Renamed during import');
    expect((await h.call('views.savedViews', {})).map((v) => v.name)).toEqual(['My view']);
  });

  it('keeps saves made during a commit that completes, next to the import', async () => {
    h = await harnessWithPartners();
    const report = await h.analyse({ 'deals.csv': dealsCsv(9000) });
    let during: Promise<unknown> | undefined;
    const stop = h.ctx.onEvent((event, payload) => {
      if (event !== 'progress' || during) return;
      const p = payload as { task: string; done: number };
      if (p.task.startsWith('import:') && p.done > 0)
        during = h!.call('workspace.updateSettings', { name: 'Saved meanwhile' });
    });
    await h.call('import.commit', { analysisId: report.analysisId, jobId: 'job-2' });
    stop();
    await during;
    expect(during).toBeDefined();
    expect(count(h)).toBe(9000);
    expect((await h.call('workspace.current', {}))?.name).toBe('Saved meanwhile');
  });

  it('tells a second process that another import is writing the workspace', async () => {
    h = await harnessWithPartners();
    const report = await h.analyse({ 'deals.csv': dealsCsv(10) });
    // Another process holds the write transaction (as an import from the command line would).
    const other = new Database(h.workspacePath);
    other.exec('BEGIN IMMEDIATE');
    try {
      await rejects(
        h.call('import.commit', { analysisId: report.analysisId }),
        'BUSY',
        /Another import is writing this workspace/,
      );
      await rejects(
        h.call('workspace.updateSettings', { name: 'x' }),
        'BUSY',
        /Another import is writing this workspace/,
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    await h.call('import.commit', { analysisId: report.analysisId });
    expect(count(h)).toBe(10);
  });
});
