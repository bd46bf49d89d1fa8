import { afterEach, describe, expect, it } from 'vitest';
import { ImportHarness } from './helpers';

let h: ImportHarness;
afterEach(() => h?.close());

const INDICATORS = ['patents', 'royalties', 'internet_hosts', 'high_tech_exports', 'phones'];

function wideTable(partners: number): string {
  const lines = [`Partner ID,Period,${INDICATORS.join(',')}`];
  for (let p = 1; p <= partners; p++)
    lines.push(`P${p},2024-Q1,${INDICATORS.map((_, i) => p * 10 + i + 0.5).join(',')}`);
  return `${lines.join('\n')}\n`;
}

describe('wide and long KPI tables with measures of their own', () => {
  it('makes every unrecognised numeric column a measure named after its header, never revenue', async () => {
    h = await new ImportHarness().open();
    const staged = await h.stage('indicators.csv', wideTable(23));
    const suggestion = await h.call('import.suggest', { fileIds: [staged.fileId] });
    const file = suggestion.mapping.files[0]!;
    expect(file.kind).toBe('kpi-wide');
    expect(file.kind === 'kpi-wide' && file.measures.map((m) => m.measure)).toEqual(INDICATORS);
    expect(suggestion.notes.join()).toMatch(
      /New measures named after their columns: patents → patents/,
    );
    const report = await h.call('import.analyse', {
      fileIds: [staged.fileId],
      mapping: {
        ...suggestion.mapping,
        options: { ...suggestion.mapping.options, unknownPartners: 'create' },
      },
    });
    expect(report.writes.measuresNew.sort()).toEqual([...INDICATORS].sort());
    expect(report.warnings.join()).toMatch(/Measure "internet_hosts" is not a standard measure/);
    await h.call('import.commit', { analysisId: report.analysisId });
    const values = h.values();
    expect(values['P3|2024-Q1|royalties']).toBe(31.5);
    expect(values['P23|2024-Q1|phones']).toBe(234.5);
    expect(Object.keys(values).some((k) => k.endsWith('|revenue'))).toBe(false);
    expect(Object.keys(values)).toHaveLength(23 * INDICATORS.length);
  });

  it('keeps revenue for a column whose header says so', async () => {
    h = await new ImportHarness().open();
    const staged = await h.stage(
      'kpis.csv',
      'Partner ID,Period,Revenue,patents\nP1,2024-Q1,100,3\nP2,2024-Q1,200,4\n',
    );
    const suggestion = await h.call('import.suggest', { fileIds: [staged.fileId] });
    const file = suggestion.mapping.files[0]!;
    expect(file.kind === 'kpi-wide' && file.measures).toEqual([
      { measure: 'revenue', value: 'Revenue' },
      { measure: 'patents', value: 'patents' },
    ]);
  });

  it('names new measures after the measure names of a long table', async () => {
    h = await new ImportHarness().open();
    const staged = await h.stage(
      'long.csv',
      'Partner ID,Period,KPI,Value\nP1,2024-Q1,Revenue,100\nP1,2024-Q1,Internet hosts,7\nP2,2024-Q1,Internet hosts,9\n',
    );
    const suggestion = await h.call('import.suggest', { fileIds: [staged.fileId] });
    const file = suggestion.mapping.files[0]!;
    expect(file.kind).toBe('kpi-long');
    expect(file.kind === 'kpi-long' && file.measureNames).toEqual({
      'Internet hosts': 'internet_hosts',
    });
    const report = await h.call('import.analyse', {
      fileIds: [staged.fileId],
      mapping: {
        ...suggestion.mapping,
        options: { ...suggestion.mapping.options, unknownPartners: 'create' },
      },
    });
    expect(report.rowsRejected).toBe(0);
    await h.call('import.commit', { analysisId: report.analysisId });
    expect(h.values()).toMatchObject({
      'P1|2024-Q1|revenue': 100,
      'P1|2024-Q1|internet_hosts': 7,
      'P2|2024-Q1|internet_hosts': 9,
    });
  });
});
