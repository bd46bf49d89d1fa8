import { afterEach, describe, expect, it } from 'vitest';
import { ImportHarness, SALES_MAPPING } from './helpers';

let h: ImportHarness;
afterEach(() => h?.close());

const PARTNERS = 'Partner ID,Partner Name,Region\nP1,Acme,EMEA\nP2,Beta,APAC\nP3,Gamma,EMEA\n';

describe('quality report (nothing written before commit)', () => {
  it('lists rejected rows with file, row, column and reason, and writes nothing', async () => {
    h = await new ImportHarness().open();
    const sales = [
      'Partner ID,Date,Amount,Order',
      'P1,2025-01-15,100,A', // ok
      ',2025-01-16,5,B', // missing partner
      'P1,not a date,5,C', // invalid date
      'P1,2025-01-17,abc,D', // invalid number
      'P1,2025-01-18,-3,E', // negative (warning)
      'P1,1970-01-01,5,F', // out of range
      'P1,2025-01-19,999999,A', // duplicate order id; also an outlier
      ...Array.from(
        { length: 20 },
        (_, i) => `P2,2025-02-${String(i + 1).padStart(2, '0')},${10 + (i % 5)},G${i}`,
      ),
    ].join('\n');
    const report = await h.analyse(
      { 'sales.csv': sales },
      {
        files: [
          {
            kind: 'transactions',
            partner: 'Partner ID',
            date: 'Date',
            uniqueKey: ['Order'],
            measures: [{ measure: 'revenue', rule: 'sum', value: 'Amount' }],
          },
        ],
        options: { unknownPartners: 'create', dateFrom: '2000-01-01' },
      },
    );
    const errors = report.issues.filter((i) => i.severity === 'error');
    const at = (row: number) => errors.find((e) => e.row === row);
    expect(at(3)).toMatchObject({ file: 'sales.csv', column: 'Partner ID', code: 'missing' });
    expect(at(4)).toMatchObject({ column: 'Date', code: 'invalid-date', value: 'not a date' });
    expect(at(5)).toMatchObject({
      column: 'Amount',
      code: 'invalid-number',
      message: '"abc" is not a number',
    });
    expect(at(7)).toMatchObject({ column: 'Date', code: 'date-out-of-range' });
    expect(at(8)).toMatchObject({
      column: 'Order',
      code: 'duplicate',
      message: 'duplicate of row 2',
    });
    expect(report.issues.find((i) => i.code === 'negative')).toMatchObject({
      row: 6,
      severity: 'warning',
    });
    expect(report.rowsRead).toBe(27);
    expect(report.rowsRejected).toBe(5);
    expect(report.rowsAccepted).toBe(22);
    expect(report.clean).toBe(false);
    expect(h.sql('SELECT * FROM measure_values')).toEqual([]);
    expect(h.sql('SELECT * FROM imports')).toEqual([]);
    await expect(h.call('import.commit', { analysisId: report.analysisId })).rejects.toThrow(
      /5 of 27 rows are rejected/,
    );
    const summary = await h.call('import.commit', {
      analysisId: report.analysisId,
      skipInvalid: true,
    });
    expect(summary.rowsAccepted).toBe(22);
    expect(h.values()['P1|2025-Q1|revenue']).toBe(97);
  });

  it('reports outliers by robust z-score', async () => {
    h = await new ImportHarness().open();
    const rows = Array.from(
      { length: 50 },
      (_, i) => `P1,2025-01-${String((i % 28) + 1).padStart(2, '0')},${100 + (i % 7)}`,
    );
    rows.push('P1,2025-01-30,100000');
    const report = await h.analyse(
      { 'sales.csv': `Partner ID,Date,Amount\n${rows.join('\n')}` },
      SALES_MAPPING,
    );
    expect(report.outliers).toHaveLength(1);
    expect(report.outliers[0]).toMatchObject({
      file: 'sales.csv',
      measure: 'revenue',
      count: 1,
      scale: 'log',
    });
    expect(report.outliers[0]!.top[0]).toMatchObject({ row: 52, value: 100000 });
  });

  it('lists unknown partners and rejects or creates them as chosen at commit', async () => {
    h = await new ImportHarness().open();
    await h.importFiles({ 'partners.csv': PARTNERS });
    const sales =
      'Partner ID,Date,Amount\nP1,2025-01-15,10\nP9,2025-01-15,5\nP9,2025-02-15,5\nP8,2025-01-01,1\n';
    const report = await h.analyse(
      { 'sales.csv': sales },
      { ...SALES_MAPPING, options: { unknownPartners: 'reject' } },
    );
    expect(report.unknownPartners).toMatchObject({ policy: 'reject', count: 2, rows: 3 });
    expect(report.unknownPartners.partners[0]).toMatchObject({ key: 'P9', rows: 2 });
    expect(report.rowsRejected).toBe(3);
    expect(report.issues.find((i) => i.code === 'unknown-partner')).toMatchObject({
      row: 3,
      column: 'Partner ID',
      value: 'P9',
    });
    const summary = await h.call('import.commit', {
      analysisId: report.analysisId,
      unknownPartners: 'create',
    });
    expect(summary.rowsRejected).toBe(0);
    expect(summary.partnersCreated).toBe(2);
    expect(h.values()['P9|2025-Q1|revenue']).toBe(10);
  });

  it('builds a coverage matrix of partners lacking measures in periods', async () => {
    h = await new ImportHarness().open();
    const report = await h.analyse(
      {
        'partners.csv': PARTNERS,
        'sales.csv':
          'Partner ID,Date,Amount\nP1,2025-01-15,10\nP1,2025-04-15,10\nP2,2025-01-15,5\n',
      },
      {
        files: [
          {
            match: 'partners.csv',
            kind: 'partners',
            fields: { externalId: 'Partner ID', name: 'Partner Name', region: 'Region' },
          },
          { match: 'sales.csv', ...SALES_MAPPING.files[0]! } as never,
        ],
      },
    );
    expect(report.coverage).toMatchObject({
      partners: 3,
      measures: ['revenue'],
      periods: ['2025-Q1', '2025-Q2'],
      cells: 6,
      filled: 3,
    });
    expect(report.coverage.gaps).toEqual([
      {
        measure: 'revenue',
        period: '2025-Q2',
        partnersWith: 1,
        partnersWithout: 2,
        sample: ['P2', 'P3'],
      },
      {
        measure: 'revenue',
        period: '2025-Q1',
        partnersWith: 2,
        partnersWithout: 1,
        sample: ['P3'],
      },
    ]);
  });

  it('blocks an ambiguous date format and accepts it once the format is given', async () => {
    h = await new ImportHarness().open();
    const sales = 'Partner ID,Date,Amount\nP1,03/04/2025,10\nP1,01/02/2025,5\n';
    const report = await h.analyse({ 'sales.csv': sales }, SALES_MAPPING);
    expect(report.blocking.join()).toMatch(
      /sales\.csv, column "Date": every date could be read as month\/day or day\/month/,
    );
    await expect(
      h.call('import.commit', { analysisId: report.analysisId, skipInvalid: true }),
    ).rejects.toThrow(/cannot be written/);
    const files = SALES_MAPPING.files.map((f) => ({ ...f, dateFormat: 'dmy' as const }));
    const eu = await h.analyse({ 'sales2.csv': sales }, { ...SALES_MAPPING, files });
    expect(eu.blocking).toEqual([]);
    expect(eu.periods).toEqual([{ grain: 'quarter', keys: ['2025-Q1', '2025-Q2'] }]);
  });

  it('names a mapped column the file lacks', async () => {
    h = await new ImportHarness().open();
    const report = await h.analyse(
      { 'sales.csv': 'Partner,Date,Amount\nP1,2025-01-01,1\n' },
      SALES_MAPPING,
    );
    expect(report.blocking[0]).toMatch(
      /sales\.csv has no column "Partner ID" \(its columns: "Partner", "Date", "Amount"\)/,
    );
  });

  it('detects a file imported before (same content) and refuses it unless asked', async () => {
    h = await new ImportHarness().open();
    const sales = 'Partner ID,Date,Amount\nP1,2025-01-15,10\n';
    const { summary } = await h.importFiles({ 'sales.csv': sales }, SALES_MAPPING);
    const staged = await h.stage('renamed.csv', sales);
    expect(staged.importedBefore).toMatchObject([
      { importId: summary.importId, fileName: 'sales.csv' },
    ]);
    const report = await h.call('import.analyse', {
      fileIds: [staged.fileId],
      mapping: SALES_MAPPING as never,
    });
    expect(report.files[0]!.importedBefore[0]!.importId).toBe(summary.importId);
    await expect(h.call('import.commit', { analysisId: report.analysisId })).rejects.toThrow(
      /renamed\.csv was already imported \(import #1, sales\.csv/,
    );
    const again = await h.call('import.commit', {
      analysisId: report.analysisId,
      allowReimport: true,
    });
    expect(again.valuesReplaced).toBe(1);
  });
});
