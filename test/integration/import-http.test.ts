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
});
