/**
 * The scoring context is invalidated by the workspace's data revision only: an import (here, in
 * another process's connection too) moves it and changes the scores; settings, saved views and
 * methodology drafts leave it, and the loaded dataset, alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PORTFOLIO_FACETS, type PortfolioViewState } from '../../src/shared/api';
import { scoringService } from '../../src/main/core/scoring/service/scoring-service';
import { dataRevisionKey, readDataRevision } from '../../src/main/core/workspace/data-revision';
import { Workspace } from '../../src/main/core/workspace/workspace';
import { ImportHarness, SALES_MAPPING } from '../unit/import/helpers';

const VIEW: PortfolioViewState = {
  search: '',
  filters: Object.fromEntries(PORTFOLIO_FACETS.map((f) => [f, []])) as never,
  sort: [],
  columns: null,
  brush: null,
};
const SALES = 'Partner ID,Date,Amount\nAcme,2024-01-05,10\nBolt,2024-04-02,7\n';

describe('data revision', () => {
  let h: ImportHarness | undefined;
  afterEach(() => {
    h?.close();
    h = undefined;
  });

  it('moves on an import and its undo, and on nothing else', async () => {
    h = await new ImportHarness().open();
    const ws = h.ctx.requireWorkspace();
    const r0 = readDataRevision(ws.sqlite);
    await h.importFiles({ 'sales.csv': SALES }, SALES_MAPPING);
    const r1 = readDataRevision(ws.sqlite);
    expect(r1.n).toBe(r0.n + 1);
    expect(r1.token).not.toBe(r0.token);

    const service = scoringService(ws);
    const scoreOf = async (row: number) => {
      const table = await h!.call('scoring.score', { detail: 'full' });
      return table.composite[row];
    };
    await scoreOf(0);
    const loaded = service.load().dataset;
    const reloads = service.reloads;

    await h.call('workspace.updateSettings', { name: 'Renamed' });
    await h.call('views.saveView', { name: 'Mine', view: VIEW });
    expect(dataRevisionKey(ws.sqlite)).toBe(`${r1.n}:${r1.token}`);
    await scoreOf(0);
    expect(service.load().dataset).toBe(loaded);
    expect(service.reloads).toBe(reloads);

    const second = await h.importFiles(
      { 'more.csv': 'Partner ID,Date,Amount\nAcme,2024-02-05,500\nCrux,2024-05-01,3\n' },
      SALES_MAPPING,
    );
    expect(readDataRevision(ws.sqlite).n).toBe(r1.n + 1);
    await scoreOf(0);
    expect(service.reloads).toBe(reloads + 1);
    expect(service.load().dataset.partners.externalId).toContain('Crux');

    await h.call('import.undo', { importId: second.summary.importId });
    expect(readDataRevision(ws.sqlite).n).toBe(r1.n + 2);
    expect(service.load().dataset.partners.externalId).not.toContain('Crux');
  });

  it('moves when the fiscal year changes, not when it is saved unchanged', async () => {
    h = await new ImportHarness().open();
    const ws = h.ctx.requireWorkspace();
    const before = readDataRevision(ws.sqlite).n;
    await h.call('workspace.updateSettings', { fiscalYearStartMonth: 1 });
    expect(readDataRevision(ws.sqlite).n).toBe(before);
    await h.call('workspace.updateSettings', { fiscalYearStartMonth: 4 });
    expect(readDataRevision(ws.sqlite).n).toBe(before + 1);
  });

  it('sees an import committed by another connection (another process) on the next call', async () => {
    h = await new ImportHarness().open();
    await h.importFiles({ 'sales.csv': SALES }, SALES_MAPPING);
    const ws = h.ctx.requireWorkspace();
    const service = scoringService(ws);
    expect(service.load().dataset.partners.externalId).not.toContain('Dyna');

    // A second harness-free connection stands for a CLI import into the same file.
    const other = Workspace.open(h.workspacePath);
    try {
      const { bumpDataRevision } = await import('../../src/main/core/workspace/data-revision');
      other.sqlite.transaction(() => {
        other.sqlite
          .prepare(`INSERT INTO partners (external_id, name) VALUES ('Dyna', 'Dyna Ltd')`)
          .run();
        bumpDataRevision(other.sqlite);
      })();
    } finally {
      other.close();
    }
    expect(service.load().dataset.partners.externalId).toContain('Dyna');
  });
});
