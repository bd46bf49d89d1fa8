import { afterEach, describe, expect, it } from 'vitest';
import { ImportHarness, SALES_MAPPING } from './helpers';

let h: ImportHarness;
afterEach(() => h?.close());

const PIPELINE = [
  'opportunity_id,account,deal_stage,engage_date,close_date,close_value',
  'O1,Acme,Won,2017-01-05,2017-02-10,1000',
  'O2,Acme,Lost,2017-01-06,2017-02-11,0',
  'O3,Bolt,Won,2017-03-01,2017-04-20,250',
  'O4,Bolt,Engaging,2017-03-02,,',
].join('\n');

describe('won deal value as revenue', () => {
  it('offers the value of won deals as revenue while the workspace holds no sales', async () => {
    h = await new ImportHarness().open();
    const staged = await h.stage('sales_pipeline.csv', PIPELINE);
    const suggestion = await h.call('import.suggest', { fileIds: [staged.fileId] });
    const file = suggestion.mapping.files[0]!;
    expect(
      file.kind === 'transactions' && file.measures.find((m) => m.measure === 'revenue'),
    ).toMatchObject({ rule: 'sum', value: 'close_value', date: 'close_date' });
    expect(suggestion.notes.join()).toMatch(/value of won deals \(close_value.*offered as revenue/);
    const report = await h.call('import.analyse', { fileIds: [staged.fileId] });
    await h.call('import.commit', { analysisId: report.analysisId });
    expect(h.values()).toMatchObject({
      'Acme|2017-Q1|revenue': 1000,
      'Bolt|2017-Q2|revenue': 250,
    });
  });

  it('does not offer it once the workspace holds revenue', async () => {
    h = await new ImportHarness().open();
    await h.importFiles(
      { 'sales.csv': 'Partner ID,Date,Amount\nAcme,2017-01-05,10\n' },
      SALES_MAPPING,
    );
    const staged = await h.stage('sales_pipeline.csv', PIPELINE);
    const suggestion = await h.call('import.suggest', { fileIds: [staged.fileId] });
    const file = suggestion.mapping.files[0]!;
    expect(file.kind === 'transactions' && file.measures.some((m) => m.measure === 'revenue')).toBe(
      false,
    );
  });
});
