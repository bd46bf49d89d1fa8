import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterEach, describe, expect, it } from 'vitest';
import { importMappingSchema } from '../../../src/shared/api/import';
import { ImportHarness, SALES_MAPPING } from './helpers';

let h: ImportHarness;
afterEach(() => h?.close());

describe('import API', () => {
  it('stages bytes from a browser, in chunks, and previews them', async () => {
    h = await new ImportHarness().open();
    const text =
      'Partner ID,Partner Name\r\n' +
      Array.from({ length: 100 }, (_, i) => `P${i},Name ${i}`).join('\r\n');
    const bytes = Buffer.from(text);
    const first = await h.call('import.stage', {
      fileName: '../../evil/partners.csv',
      contentBase64: bytes.subarray(0, 1000).toString('base64'),
      last: false,
    });
    expect(first).toMatchObject({ fileName: 'partners.csv', pending: true });
    await expect(h.call('import.preview', { fileId: first.fileId })).rejects.toThrow(
      /still being uploaded/,
    );
    const done = await h.call('import.stage', {
      fileName: 'x',
      contentBase64: bytes.subarray(1000).toString('base64'),
      uploadId: first.fileId,
    });
    expect(done).toMatchObject({ fileId: first.fileId, bytes: bytes.length });
    expect(done.pending).toBeUndefined();
    const preview = await h.call('import.preview', { fileId: done.fileId, rows: 3 });
    expect(preview.rows).toEqual([
      { row: 2, cells: ['P0', 'Name 0'] },
      { row: 3, cells: ['P1', 'Name 1'] },
      { row: 4, cells: ['P2', 'Name 2'] },
    ]);
    expect(preview.kind).toBe('partners');
    await h.call('import.discard', { fileIds: [done.fileId] });
    await expect(h.call('import.preview', { fileId: done.fileId })).rejects.toThrow(
      /No staged file/,
    );
  });

  it('emits progress and cancels a running analysis', async () => {
    h = await new ImportHarness().open();
    const rows = Array.from(
      { length: 200_000 },
      (_, i) => `P${i % 50},2025-01-${String((i % 28) + 1).padStart(2, '0')},${i % 100}`,
    );
    const staged = await h.stage('big.csv', `Partner ID,Date,Amount\n${rows.join('\n')}`);
    const off = h.ctx.onEvent((event, payload) => {
      if (event === 'progress' && (payload as { task: string }).task === 'import:job-1')
        void h.call('import.cancel', { jobId: 'job-1' });
    });
    await expect(
      h.call('import.analyse', {
        fileIds: [staged.fileId],
        mapping: SALES_MAPPING as never,
        jobId: 'job-1',
      }),
    ).rejects.toThrow(/cancelled/);
    off();
    expect(h.events.some((e) => e.task === 'import:job-1' && e.total > 0)).toBe(true);
    expect(h.sql('SELECT * FROM imports')).toEqual([]);
  });

  it('rolls back a commit cancelled midway', async () => {
    h = await new ImportHarness().open();
    const rows = Array.from(
      { length: 30_000 },
      (_, i) => `P${i % 3000},2024-${String((i % 12) + 1).padStart(2, '0')}-01,${i}`,
    );
    const staged = await h.stage('big.csv', `Partner ID,Date,Amount\n${rows.join('\n')}`);
    const mapping = {
      ...SALES_MAPPING,
      options: { grains: ['month', 'quarter', 'year'], unknownPartners: 'create' },
    };
    const report = await h.call('import.analyse', {
      fileIds: [staged.fileId],
      mapping: mapping as never,
    });
    let cancelled = false;
    h.ctx.onEvent((event, payload) => {
      const p = payload as { task: string; done: number; label: string };
      if (event === 'progress' && p.task === 'import:commit-1' && p.done > 0 && !cancelled) {
        cancelled = true;
        void h.call('import.cancel', { jobId: 'commit-1' });
      }
    });
    await expect(
      h.call('import.commit', { analysisId: report.analysisId, jobId: 'commit-1' }),
    ).rejects.toThrow(/cancelled; nothing was written/);
    expect(cancelled).toBe(true);
    for (const table of [
      'imports',
      'partners',
      'measure_values',
      'value_lineage',
      'import_files',
    ]) {
      expect(h.sql(`SELECT count(*) AS n FROM ${table}`)).toEqual([{ n: 0 }]);
    }
  });

  it('saves, lists, exports and re-imports mapping presets; built-ins are read-only', async () => {
    h = await new ImportHarness().open();
    const presets = await h.call('import.presets', {});
    expect(presets.find((p) => p.name === 'adventureworks')).toMatchObject({
      builtIn: true,
      kinds: ['partners', 'transactions'],
    });
    const mapping = importMappingSchema.parse(SALES_MAPPING);
    await h.call('import.savePreset', {
      name: 'Monthly sales',
      description: 'from the ERP',
      mapping,
    });
    await expect(h.call('import.savePreset', { name: 'Monthly sales', mapping })).rejects.toThrow(
      /exists/,
    );
    await expect(h.call('import.savePreset', { name: 'adventureworks', mapping })).rejects.toThrow(
      /built-in/,
    );
    const exported = JSON.stringify(await h.call('import.getPreset', { name: 'Monthly sales' }));
    await h.call('import.deletePreset', { name: 'Monthly sales' });
    await h.call('import.savePreset', { name: 'Copy', mapping: JSON.parse(exported) });
    const report = await h.analyse(
      { 's.csv': 'Partner ID,Date,Amount\nP1,2025-01-01,5\n' },
      undefined,
      'Copy',
    );
    expect(report.writes.values).toBe(1);
    await expect(h.call('import.getPreset', { name: 'nope' })).rejects.toThrow(
      /no mapping preset "nope" \(known: adventureworks, Copy\)/,
    );
  });

  it('records history and details of each import', async () => {
    h = await new ImportHarness().open();
    const { summary } = await h.importFiles(
      { 's.csv': 'Partner ID,Date,Amount\nP1,2025-01-01,5\nP2,2025-01-01,6\n' },
      SALES_MAPPING,
    );
    const [entry] = await h.call('import.history', {});
    expect(entry).toMatchObject({
      importId: summary.importId,
      kind: 'transactions',
      fileNames: ['s.csv'],
      rowsRead: 2,
      rowsAccepted: 2,
      status: 'committed',
    });
    const details = await h.call('import.details', { importId: summary.importId });
    expect(details.files[0]).toMatchObject({
      fileName: 's.csv',
      kind: 'transactions',
      rowsRead: 2,
    });
    expect(details.files[0]!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(details.counts).toEqual({
      values: 2,
      targets: 0,
      dealRegistrations: 0,
      partnersCreated: 2,
    });
    expect(details.mapping).toMatchObject({ files: [{ kind: 'transactions' }] });
    const overview = await h.call('workspace.overview', {});
    expect(overview.counts.imports).toBe(1);
  });

  it('exports partners and every value as CSV (formula-safe) and Arrow', async () => {
    h = await new ImportHarness().open();
    await h.importFiles(
      {
        'p.csv': 'Partner ID,Partner Name\nP1,=HYPERLINK("x")\nP2,"Beta, Inc"\n',
        's.csv': 'Partner ID,Date,Amount\nP1,2025-01-01,-5\nP2,2025-01-01,6\n',
      },
      {
        files: [
          {
            match: 'p.csv',
            kind: 'partners',
            fields: { externalId: 'Partner ID', name: 'Partner Name' },
          },
          { match: 's.csv', ...SALES_MAPPING.files[0]! } as never,
        ],
      },
    );
    const out = join(h.dir, 'export');
    const csv = await h.call('import.exportData', { outDir: out, format: 'csv' });
    expect(csv.files).toEqual([
      { fileName: 'partners.csv', rows: 2 },
      { fileName: 'values.csv', rows: 2 },
      { fileName: 'targets.csv', rows: 0 },
      { fileName: 'deal_registrations.csv', rows: 0 },
    ]);
    const partners = readFileSync(join(out, 'partners.csv'), 'utf8');
    expect(partners).toContain(`P1,"'=HYPERLINK(""x"")"`);
    expect(partners).toContain('"Beta, Inc"');
    expect(readFileSync(join(out, 'values.csv'), 'utf8')).toContain('P1,2025-Q1,revenue,-5,1');
    await h.call('import.exportData', { outDir: out, format: 'arrow' });
    expect(existsSync(join(out, 'values.arrow'))).toBe(true);
    const table = tableFromIPC(readFileSync(join(out, 'values.arrow')));
    expect(table.numRows).toBe(2);
    expect(table.get(0)!.toJSON()).toMatchObject({
      partner: 'P1',
      period: '2025-Q1',
      measure: 'revenue',
      value: -5,
    });
  });
});
