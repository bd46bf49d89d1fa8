import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../src/main/host/server';
import { rawRequest } from '../helpers/http';
import { startTestHost, type TestHost } from '../helpers/test-host';

let host: RunningHost;
let testHost: TestHost;

beforeAll(async () => {
  testHost = await startTestHost();
  ({ host } = testHost);
});

afterAll(() => testHost.close());

async function invoke<T>(name: string, args: unknown): Promise<T> {
  const res = await rawRequest(host.port, {
    method: 'POST',
    path: `/api/invoke/${name}`,
    headers: { 'content-type': 'application/json', 'x-partnerscope-token': host.token },
    body: JSON.stringify(args),
  });
  const body = JSON.parse(res.body) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  return body.value;
}

describe('the import wizard flow over the HTTP transport (as a browser drives it)', () => {
  it('stages bytes, previews, suggests, analyses, commits and undoes', async () => {
    const csv = 'Reseller,Close Date,Amount\nAcme,2025-01-05,100\nBeta,2025-02-05,oops\n';
    const staged = await invoke<{ fileId: string }>('import.stage', {
      fileName: 'sales.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    const preview = await invoke<{ kind: string; columns: string[] }>('import.preview', {
      fileId: staged.fileId,
    });
    expect(preview).toMatchObject({
      kind: 'transactions',
      columns: ['Reseller', 'Close Date', 'Amount'],
    });
    const suggestion = await invoke<{ mapping: unknown }>('import.suggest', {
      fileIds: [staged.fileId],
    });
    const report = await invoke<{
      analysisId: string;
      rowsRejected: number;
      issues: { row: number; column: string }[];
    }>('import.analyse', {
      fileIds: [staged.fileId],
      mapping: suggestion.mapping,
    });
    expect(report.rowsRejected).toBe(1);
    expect(report.issues[0]).toMatchObject({ row: 3, column: 'Amount' });
    await expect(invoke('import.commit', { analysisId: report.analysisId })).rejects.toThrow(
      /1 of 2 rows are rejected/,
    );
    const summary = await invoke<{ importId: number; valuesWritten: number }>('import.commit', {
      analysisId: report.analysisId,
      skipInvalid: true,
    });
    expect(summary.valuesWritten).toBe(1);
    const undo = await invoke<{ valuesRemoved: number }>('import.undo', {
      importId: summary.importId,
    });
    expect(undo.valuesRemoved).toBe(1);
  });

  it('lists the measures and takes an edited mapping for a wide KPI table', async () => {
    const measures = await invoke<{ key: string; name: string; standard: boolean }[]>(
      'import.measures',
      {},
    );
    expect(measures).toContainEqual(
      expect.objectContaining({ key: 'trainings_completed', standard: true }),
    );
    const csv = 'Partner,Quarter,Completed courses\nAcme,2025-Q1,7\nBeta,2025-Q1,3\n';
    const staged = await invoke<{ fileId: string }>('import.stage', {
      fileName: 'lms.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    const suggestion = await invoke<{ mapping: { files: unknown[]; options: unknown } }>(
      'import.suggest',
      { fileIds: [staged.fileId] },
    );
    // What the wizard sends once the user has said "Completed courses" is trainings_completed.
    const mapping = {
      ...suggestion.mapping,
      files: [
        {
          match: 'lms.csv',
          kind: 'kpi-wide',
          partner: 'Partner',
          partnerMatch: 'name',
          period: 'Quarter',
          measures: [{ measure: 'trainings_completed', value: 'Completed courses' }],
        },
      ],
    };
    const report = await invoke<{
      analysisId: string;
      rowsAccepted: number;
      writes: { values: number };
    }>('import.analyse', { fileIds: [staged.fileId], mapping });
    expect(report).toMatchObject({ rowsAccepted: 2, writes: { values: 2 } });
    const summary = await invoke<{ valuesWritten: number }>('import.commit', {
      analysisId: report.analysisId,
      unknownPartners: 'create',
    });
    expect(summary.valuesWritten).toBe(2);
    const after = await invoke<{ key: string; values: number }[]>('import.measures', {});
    expect(after.find((m) => m.key === 'trainings_completed')?.values).toBe(2);
  });
});
