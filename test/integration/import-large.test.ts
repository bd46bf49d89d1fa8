import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEAL_MAPPING, writeDealRegistrations } from '../helpers/deal-registrations';
import { ImportHarness } from '../unit/import/helpers';

let h: ImportHarness;
afterEach(() => h?.close());

describe('large imports', () => {
  // 200k rows used to fail with "Maximum call stack size exceeded" (an argument spread of every
  // planned deal); the 1M-row figure is in `npm run bench -- import-deals`.
  it('imports 200,000 deal registrations', { timeout: 180_000 }, async () => {
    h = await new ImportHarness().open();
    const path = join(h.dir, 'deals.csv');
    writeDealRegistrations(path, 200_000);
    const staged = await h.call('import.stagePath', { path });
    const report = await h.call('import.analyse', {
      fileIds: [staged.fileId],
      mapping: DEAL_MAPPING as never,
    });
    expect(report.blocking).toEqual([]);
    expect(report.rowsAccepted).toBe(200_000);
    expect(report.writes.dealRegistrations).toBe(200_000);
    const summary = await h.call('import.commit', { analysisId: report.analysisId });
    expect(summary.rowsAccepted).toBe(200_000);
    expect(h.sql('SELECT count(*) AS n FROM deal_registrations')).toEqual([{ n: 200_000 }]);
  });
});
