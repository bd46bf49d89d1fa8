import { describe, expect, it } from 'vitest';
import {
  buildFileMapping,
  type MappingEdits,
} from '../../../src/renderer/src/pages/import/mapping-from-roles';
import { measureKeyFor } from '../../../src/renderer/src/pages/import/column-roles';
import { withMeasureDefs } from '../../../src/renderer/src/pages/import/new-measures';
import {
  rolesForKind,
  rolesFromMapping,
} from '../../../src/renderer/src/pages/import/roles-from-mapping';
import type { FileMapping, ImportMapping, RecognisedColumn } from '../../../src/shared/api/import';

const NO_EDITS: MappingEdits = { uniqueKey: false, grain: null, measureNames: {} };

/** Reads a mapping into the role table and builds it again, as the wizard does on an edit. */
function roundTrip(file: FileMapping, columns: string[]) {
  const read = rolesFromMapping(file, columns);
  if (!read.editable) throw new Error(read.reason);
  return buildFileMapping(file.kind, read.roles, file, read.edits);
}

function recognised(
  column: string,
  role: RecognisedColumn['role'],
  valueType: RecognisedColumn['valueType'],
  measure?: string,
): RecognisedColumn {
  return { column, role, confidence: 1, why: '', valueType, ...(measure ? { measure } : {}) };
}

describe('the wizard’s role table ↔ file mappings', () => {
  it('reads every kind of simple mapping back and rebuilds it unchanged', () => {
    const cases: [FileMapping, string[]][] = [
      [
        {
          match: 'partners.csv',
          kind: 'partners',
          fields: { externalId: 'ID', name: 'Name', tier: 'Level' },
          extraColumnsAsAttributes: true,
        },
        ['ID', 'Name', 'Level', 'Notes'],
      ],
      [
        {
          match: 'sales.csv',
          kind: 'transactions',
          partner: 'Reseller',
          partnerMatch: 'name',
          date: 'Date',
          measures: [
            { measure: 'revenue', rule: 'sum', value: 'Amount' },
            { measure: 'orders', rule: 'distinct', value: 'Order' },
          ],
          uniqueKey: ['Order'],
        },
        ['Reseller', 'Date', 'Amount', 'Order'],
      ],
      [
        {
          match: 'lms.csv',
          format: { delimiter: ';' },
          kind: 'kpi-wide',
          partner: 'Partner ID',
          partnerMatch: 'externalId',
          period: 'Month',
          grain: 'month',
          measures: [
            { measure: 'trainings_completed', value: 'Completed' },
            { measure: 'csat', value: 'CSAT', min: 0, max: 100 },
          ],
        },
        ['Partner ID', 'Month', 'Completed', 'CSAT', 'Comment'],
      ],
      [
        {
          kind: 'targets-long',
          partner: 'Partner',
          partnerMatch: 'name',
          period: 'Quarter',
          measure: 'KPI',
          value: 'Goal',
          measureNames: { Courses: 'trainings_completed' },
        },
        ['Partner', 'Quarter', 'KPI', 'Goal'],
      ],
    ];
    for (const [file, columns] of cases) {
      const built = roundTrip(file, columns);
      expect(built.problems).toEqual([]);
      expect(built.mapping).toEqual(file);
    }
  });

  it('keeps mappings it cannot show read-only, saying why', () => {
    const deals: FileMapping = {
      kind: 'transactions',
      partner: 'Partner',
      date: 'Registered',
      measures: [{ measure: 'deal_regs_submitted', rule: 'count' }],
      dealRegistration: { reference: 'Deal', registeredOn: 'Registered', status: 'Stage' },
    };
    expect(rolesFromMapping(deals, ['Partner', 'Registered', 'Deal', 'Stage'])).toEqual({
      editable: false,
      reason: 'it stores deal registrations',
    });
    const lookup: FileMapping = {
      kind: 'kpi-wide',
      partner: { lookup: 'resellers', key: 'Key', column: 'Code' },
      period: 'Quarter',
      measures: [{ measure: 'revenue', value: 'Sales' }],
    };
    expect(rolesFromMapping(lookup, ['Key', 'Quarter', 'Sales'])).toMatchObject({
      editable: false,
    });
  });

  it('maps an unrecognised column of a wide KPI table to a measure', () => {
    const base: FileMapping = {
      match: 'lms.csv',
      kind: 'kpi-wide',
      partner: 'Partner ID',
      partnerMatch: 'externalId',
      period: 'Quarter',
      measures: [{ measure: 'revenue', value: 'Revenue' }],
    };
    const read = rolesFromMapping(base, ['Partner ID', 'Quarter', 'Revenue', 'Completed courses']);
    if (!read.editable) throw new Error(read.reason);
    expect(read.roles['Completed courses']).toEqual({ role: null });

    const picking = {
      ...read.roles,
      'Completed courses': { role: 'measure' as const, measure: null },
    };
    expect(buildFileMapping('kpi-wide', picking, base, NO_EDITS)).toEqual({
      mapping: null,
      problems: ['Column “Completed courses” needs a measure.'],
    });

    const picked = {
      ...picking,
      'Completed courses': { role: 'measure' as const, measure: 'trainings_completed' },
    };
    expect(buildFileMapping('kpi-wide', picked, base, NO_EDITS).mapping).toEqual({
      ...base,
      measures: [
        { measure: 'revenue', value: 'Revenue' },
        { measure: 'trainings_completed', value: 'Completed courses' },
      ],
    });
  });

  it('names what is missing, column by column, instead of building a broken mapping', () => {
    const base: FileMapping = {
      kind: 'kpi-wide',
      partner: 'P',
      period: 'Q',
      measures: [{ measure: 'revenue', value: 'A' }],
    };
    const names = (key: string) => (key === 'revenue' ? 'Revenue' : key);
    expect(
      buildFileMapping(
        'kpi-wide',
        {
          P: { role: null },
          Q: { role: null },
          A: { role: 'measure', measure: 'revenue' },
          B: { role: 'measure', measure: 'revenue' },
        },
        base,
        NO_EDITS,
        names,
      ).problems,
    ).toEqual([
      'Map a column to the partner id (or the partner name).',
      'Map a column to the period or date.',
      'Columns “A” and “B” both feed Revenue; keep one.',
    ]);
    expect(
      buildFileMapping(
        'targets-wide',
        { P: { role: 'partnerId' }, Q: { role: 'period' } },
        base,
        NO_EDITS,
      ).problems,
    ).toEqual(['Map at least one column to the measure it sets a target for.']);
    expect(
      buildFileMapping(
        'kpi-long',
        { P: { role: 'partnerName' }, Q: { role: 'period' } },
        base,
        NO_EDITS,
      ).problems,
    ).toEqual([
      'Map the column that names the measure (Measure name).',
      'Map the column with the values.',
    ]);
    expect(
      buildFileMapping('transactions', { P: { role: 'partnerId' } }, base, NO_EDITS).problems,
    ).toEqual([
      'Map a column to the transaction date.',
      'Map at least one amount, cost, quantity or order id column.',
    ]);
  });

  it('carries the roles over when the user says the file holds another kind of data', () => {
    const cols = [
      recognised('Partner', 'partnerName', 'text'),
      recognised('Month end', 'date', 'date'),
      recognised('Completed', 'amount', 'number'),
      recognised('Logins', 'measure', 'number', 'portal_logins'),
      recognised('Region', 'region', 'text'),
    ];
    const asTransactions = {
      Partner: { role: 'partnerName' as const },
      'Month end': { role: 'date' as const },
      Completed: { role: 'amount' as const },
      Logins: { role: null },
      Region: { role: null },
    };
    expect(rolesForKind('kpi-wide', asTransactions, cols)).toEqual({
      Partner: { role: 'partnerName' },
      'Month end': { role: 'period' },
      Completed: { role: 'measure', measure: 'revenue' },
      Logins: { role: 'measure', measure: 'portal_logins' },
      Region: { role: null },
    });
    expect(rolesForKind('kpi-long', asTransactions, cols)).toMatchObject({
      'Month end': { role: 'period' },
      Completed: { role: 'value' },
      Logins: { role: null },
    });
    expect(rolesForKind('partners', asTransactions, cols)).toMatchObject({
      Partner: { role: 'partnerName' },
      'Month end': { role: null },
      Region: { role: 'region' },
    });
  });

  it('does not carry over a header guess the values contradict, and finds the date column', () => {
    // "Completed" reads like a date header, but holds numbers; "Month end" holds the dates.
    const cols = [
      recognised('Partner', 'partnerName', 'text'),
      recognised('Month end', null, 'date'),
      recognised('Completed', 'date', 'number'),
    ];
    const asPartners = {
      Partner: { role: 'partnerName' as const },
      'Month end': { role: null },
      Completed: { role: null },
    };
    expect(rolesForKind('kpi-wide', asPartners, cols)).toEqual({
      Partner: { role: 'partnerName' },
      'Month end': { role: 'period' },
      Completed: { role: null },
    });
    expect(rolesForKind('transactions', asPartners, cols)['Month end']).toEqual({ role: 'date' });
  });

  it('defines the measures created in the wizard, and only while a column uses them', () => {
    const mapping: ImportMapping = {
      version: 1,
      files: [
        {
          kind: 'kpi-wide',
          partner: 'P',
          period: 'Q',
          measures: [
            { measure: 'webinars', value: 'Webinars' },
            { measure: 'revenue', value: 'Revenue' },
          ],
        },
      ],
      measures: [{ key: 'nps', name: 'NPS', unit: 'score', aggregation: 'avg', description: '' }],
      options: { grains: ['quarter'], unknownPartners: 'reject', outlierZ: 3.5 },
    };
    const created = { webinars: 'Webinars', old_one: 'Old one' };
    const out = withMeasureDefs(mapping, mapping.measures!, created, new Set(['revenue']));
    expect(out.measures).toEqual([
      mapping.measures![0],
      {
        key: 'webinars',
        name: 'Webinars',
        unit: 'count',
        aggregation: 'sum',
        description: 'Added in the import wizard.',
      },
    ]);
    expect(withMeasureDefs(mapping, [], {}, new Set()).measures).toBeUndefined();
    expect(measureKeyFor('Completed courses')).toBe('completed_courses');
    expect(measureKeyFor('2025 NPS (%)')).toBe('m_2025_nps');
    expect(measureKeyFor('Über-Score')).toBe('uber_score');
  });
});
