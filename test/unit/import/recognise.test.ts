import { describe, expect, it } from 'vitest';
import { buildFileMapping } from '../../../src/main/core/import/mapping/build-mapping';
import { recogniseColumns } from '../../../src/main/core/import/mapping/recognise';

function recognise(header: string[], rows: string[][]) {
  const recognised = recogniseColumns(header, rows, false);
  return { recognised, built: buildFileMapping('file.csv', recognised, rows, header) };
}

const role = (r: ReturnType<typeof recognise>, column: string) =>
  r.recognised.find((c) => c.column === column)?.role;

describe('column recognition', () => {
  it('recognises partner lists by header synonyms', () => {
    const r = recognise(
      [
        'Account ID',
        'Account Name',
        'Partner Tier',
        'Sales Region',
        'Country',
        'Partner Manager',
        'Employees',
      ],
      [['A1', 'Acme', 'Gold', 'EMEA', 'DE', 'Ann', '12']],
    );
    expect(r.recognised.map((c) => c.role)).toEqual([
      'partnerId',
      'partnerName',
      'tier',
      'region',
      'country',
      'accountManager',
      'measure',
    ]);
    expect(r.built.kind).toBe('partners');
    expect(r.built.mapping).toMatchObject({
      kind: 'partners',
      fields: {
        externalId: 'Account ID',
        name: 'Account Name',
        tier: 'Partner Tier',
        region: 'Sales Region',
      },
    });
  });

  it('recognises sales lines: Reseller, Close Date, Amount, Invoice, Qty', () => {
    const r = recognise(
      ['Reseller', 'Close Date', 'Amount', 'Invoice Number', 'Qty'],
      [['Acme', '2025-01-02', '10.5', 'INV1', '2']],
    );
    expect(role(r, 'Reseller')).toBe('partnerName');
    expect(role(r, 'Close Date')).toBe('closedOn');
    expect(r.built.mapping).toMatchObject({
      kind: 'transactions',
      partner: 'Reseller',
      partnerMatch: 'name',
      date: 'Close Date',
      measures: [
        { measure: 'revenue', rule: 'sum', value: 'Amount' },
        { measure: 'orders', rule: 'distinct', value: 'Invoice Number' },
        { measure: 'units', rule: 'sum', value: 'Qty' },
      ],
    });
  });

  it('falls back to the values: dates, amounts, stages, period keys', () => {
    const r = recognise(
      ['col A', 'col B', 'col C', 'col D'],
      [
        ['P1', '2025-01-02', '10', 'Won'],
        ['P2', '2025-02-03', '11', 'Lost'],
      ],
    );
    expect(r.recognised.map((c) => c.role)).toEqual([null, 'date', 'amount', 'stage']);
    const k = recognise(['Partner ID', 'When', 'Revenue'], [['P1', '2025-Q1', '10']]);
    expect(k.built.kind).toBe('kpi-wide');
  });

  it('recognises a long KPI table and a targets file', () => {
    const long = recognise(
      ['Partner ID', 'Period', 'Metric', 'Value'],
      [['P1', '2025-Q1', 'Revenue', '10']],
    );
    expect(long.built.kind).toBe('kpi-long');
    const quota = recognise(['Partner ID', 'Quarter', 'Quota'], [['P1', '2025-Q1', '1000']]);
    expect(quota.built.kind).toBe('targets-wide');
  });
});
