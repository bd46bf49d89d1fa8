import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportHarness } from './helpers';

let h: ImportHarness;
afterEach(() => h?.close());

const PARTNERS = 'Partner ID,Partner Name\nP1,Acme\nP2,Beta\n';
const partnersEntry = {
  match: 'partners.csv',
  kind: 'partners' as const,
  fields: { externalId: 'Partner ID', name: 'Partner Name' },
};

describe('kinds of input', () => {
  it('reads a wide KPI table (partner, period, one column per measure)', async () => {
    h = await new ImportHarness().open();
    const kpi =
      'Partner ID,Quarter,Certifications,Portal Logins,CSAT\nP1,2025-Q1,3,120,88.5\nP2,Q1 2025,1,,70\nP1,2025-Q2,4,90,91\n';
    const { report } = await h.importFiles(
      { 'partners.csv': PARTNERS, 'kpi.csv': kpi },
      {
        files: [
          partnersEntry,
          {
            match: 'kpi.csv',
            kind: 'kpi-wide',
            partner: 'Partner ID',
            period: 'Quarter',
            measures: [
              { measure: 'certifications', value: 'Certifications' },
              { measure: 'portal_logins', value: 'Portal Logins' },
              { measure: 'csat', value: 'CSAT', min: 0, max: 100 },
            ],
          },
        ],
      },
    );
    expect(report.rowsRejected).toBe(0);
    expect(h.values()).toMatchObject({
      'P1|2025-Q1|certifications': 3,
      'P1|2025-Q1|portal_logins': 120,
      'P1|2025-Q1|csat': 88.5,
      'P2|2025-Q1|certifications': 1,
      'P2|2025-Q1|csat': 70,
      'P1|2025-Q2|csat': 91,
    });
    expect(h.values()['P2|2025-Q1|portal_logins']).toBeUndefined();
  });

  it('reads a long KPI table, resolving measure names and rejecting unknown ones', async () => {
    h = await new ImportHarness().open();
    const long =
      'Partner ID,Period,Metric,Value\nP1,2025-03,Revenue,100\nP1,2025-03,trainings_completed,4\nP2,2025-03-31,Staff,12\nP2,2025-03,Happiness,9\n';
    const report = await h.analyse(
      { 'partners.csv': PARTNERS, 'long.csv': long },
      {
        files: [
          partnersEntry,
          {
            match: 'long.csv',
            kind: 'kpi-long',
            partner: 'Partner ID',
            period: 'Period',
            grain: 'month',
            measure: 'Metric',
            value: 'Value',
          },
        ],
      },
    );
    expect(report.issues.find((i) => i.code === 'unknown-measure')).toMatchObject({
      file: 'long.csv',
      row: 5,
      column: 'Metric',
      value: 'Happiness',
    });
    await h.call('import.commit', { analysisId: report.analysisId, skipInvalid: true });
    expect(h.values()).toEqual({
      'P1|2025-03|revenue': 100,
      'P1|2025-03|trainings_completed': 4,
      'P2|2025-03|staff': 12,
    });
  });

  it('reads targets (quotas) into the targets table, and rejects a cell given twice', async () => {
    h = await new ImportHarness().open();
    const targets = 'Partner ID,Quarter,Quota\nP1,2025-Q1,1000\nP2,2025-Q1,500\nP2,2025-Q1,600\n';
    const report = await h.analyse(
      { 'partners.csv': PARTNERS, 'targets.csv': targets },
      {
        files: [
          partnersEntry,
          {
            match: 'targets.csv',
            kind: 'targets-wide',
            partner: 'Partner ID',
            period: 'Quarter',
            measures: [{ measure: 'revenue', value: 'Quota' }],
          },
        ],
      },
    );
    expect(report.issues.find((i) => i.code === 'duplicate')).toMatchObject({
      file: 'targets.csv',
      row: 4,
    });
    expect(report.writes.targets).toBe(2);
    await h.call('import.commit', { analysisId: report.analysisId, skipInvalid: true });
    expect(h.values('targets')).toEqual({ 'P1|2025-Q1|revenue': 1000, 'P2|2025-Q1|revenue': 500 });
    expect(h.values()).toEqual({});
  });

  it('stores deal registrations and rolls up the pipeline measures (won counted by close date)', async () => {
    h = await new ImportHarness().open();
    const deals = [
      'Deal,Partner,Registered,Closed,Stage,Value',
      'D1,Acme,2025-01-10,2025-04-10,Won,1000',
      'D2,Acme,2025-02-10,2025-02-20,Lost,0',
      'D3,Acme,2025-03-01,,Engaging,300',
      'D4,Beta,2025-03-05,,Prospecting,',
      'D5,Beta,2025-03-06,,Negotiation,10',
    ].join('\n');
    const staged = await h.stage('deals.csv', deals);
    const suggestion = await h.call('import.suggest', { fileIds: [staged.fileId] });
    expect(suggestion.source).toBe('recognised');
    const mapping = suggestion.mapping;
    const entry = mapping.files[0]!;
    expect(entry.kind).toBe('transactions');
    if (entry.kind !== 'transactions') return;
    entry.dealRegistration!.statusMap = { negotiation: 'approved' };
    const report = await h.call('import.analyse', { fileIds: [staged.fileId], mapping });
    expect(report.rowsRejected).toBe(0);
    await h.call('import.commit', { analysisId: report.analysisId });
    expect(h.sql('SELECT reference, status FROM deal_registrations ORDER BY reference')).toEqual([
      { reference: 'D1', status: 'won' },
      { reference: 'D2', status: 'lost' },
      { reference: 'D3', status: 'approved' },
      { reference: 'D4', status: 'submitted' },
      { reference: 'D5', status: 'approved' },
    ]);
    expect(h.values()).toEqual({
      'Acme|2025-Q1|deal_regs_submitted': 3,
      'Acme|2025-Q1|deal_regs_approved': 3,
      'Acme|2025-Q1|deal_reg_value': 1300,
      'Acme|2025-Q2|deal_regs_won': 1,
      'Acme|2025-Q2|deal_reg_won_value': 1000,
      'Acme|2025-Q2|days_to_close': 90,
      // The workspace held no revenue: won deal value is offered as revenue, at the close.
      'Acme|2025-Q2|revenue': 1000,
      'Beta|2025-Q1|deal_regs_submitted': 2,
      'Beta|2025-Q1|deal_regs_approved': 1,
      'Beta|2025-Q1|deal_reg_value': 10,
    });
  });

  it('rejects a deal reference seen again for the same partner, in the same file or another', async () => {
    h = await new ImportHarness().open();
    const entry = (match: string) => ({
      match,
      kind: 'transactions' as const,
      partner: 'Partner',
      date: 'Registered',
      dealRegistration: {
        reference: 'Deal',
        registeredOn: 'Registered',
        status: 'Stage',
        statusMap: { Open: 'submitted' as const },
        value: 'Value',
      },
      measures: [{ measure: 'deal_regs_submitted', rule: 'count' as const }],
    });
    const head = 'Deal,Partner,Registered,Stage,Value';
    const report = await h.analyse(
      {
        'a.csv': [
          head,
          'D1,P1,2025-01-10,Open,1',
          'D2,P1,2025-01-11,Open,2',
          'D1,P1,2025-01-12,Open,3',
        ].join('\n'),
        'b.csv': [head, 'D2,P1,2025-02-10,Open,4', 'D1,P2,2025-02-11,Open,5'].join('\n'),
      },
      {
        files: [entry('a.csv'), entry('b.csv')],
        options: { grains: ['quarter'], unknownPartners: 'create' },
      },
    );
    const duplicates = report.issues.filter((i) => i.code === 'duplicate');
    expect(duplicates).toEqual([
      expect.objectContaining({
        file: 'a.csv',
        row: 4,
        message: expect.stringContaining('(a.csv row 2)'),
      }),
      expect.objectContaining({
        file: 'b.csv',
        row: 2,
        message: expect.stringContaining('(a.csv row 3)'),
      }),
    ]);
    await h.call('import.commit', { analysisId: report.analysisId, skipInvalid: true });
    expect(
      h.sql(
        `SELECT p.external_id AS partner, d.reference, d.value FROM deal_registrations d
         JOIN partners p ON p.id = d.partner_id ORDER BY d.value`,
      ),
    ).toEqual([
      { partner: 'P1', reference: 'D1', value: 1 },
      { partner: 'P1', reference: 'D2', value: 2 },
      { partner: 'P2', reference: 'D1', value: 5 },
    ]);
  });

  it('imports an XLSX sheet chosen in the mapping', async () => {
    h = await new ImportHarness().open();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Summary').addRow(['ignore me']);
    const s = wb.addWorksheet('Sales');
    s.addRow(['Reseller', 'Close Date', 'Amount']);
    s.addRow(['Acme', new Date(Date.UTC(2025, 0, 5)), 100]);
    s.addRow(['Acme', new Date(Date.UTC(2025, 4, 5)), 50]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const staged = await h.stage('sales.xlsx', buffer);
    const preview = await h.call('import.preview', {
      fileId: staged.fileId,
      format: { sheet: 'Sales' },
    });
    expect(preview.format.sheets).toEqual(['Summary', 'Sales']);
    expect(preview.rows[0]).toEqual({ row: 2, cells: ['Acme', '2025-01-05', '100'] });
    expect(preview.kind).toBe('transactions');
    const report = await h.call('import.analyse', {
      fileIds: [staged.fileId],
      mapping: {
        files: [preview.mapping],
        options: { grains: ['quarter'], unknownPartners: 'create', outlierZ: 3.5 },
      },
    });
    await h.call('import.commit', { analysisId: report.analysisId });
    expect(h.values()).toEqual({ 'Acme|2025-Q1|revenue': 100, 'Acme|2025-Q2|revenue': 50 });
  });
});
