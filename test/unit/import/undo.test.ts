import { afterEach, describe, expect, it } from 'vitest';
import type { ImportMappingInput } from '../../../src/shared/api/import';
import { ImportHarness, SALES_MAPPING } from './helpers';

let h: ImportHarness;
afterEach(() => h?.close());

const PARTNER_MAPPING: ImportMappingInput = {
  files: [
    {
      kind: 'partners',
      fields: { externalId: 'Partner ID', name: 'Partner Name', region: 'Region', tier: 'Tier' },
    },
  ],
};

function sales(amounts: Record<string, number>): string {
  return `Partner ID,Date,Amount\n${Object.entries(amounts)
    .map(([p, a]) => `${p},2025-02-01,${a}`)
    .join('\n')}\n`;
}

describe('undo', () => {
  it('removes exactly what an import wrote and puts back what it replaced, in any order', async () => {
    h = await new ImportHarness().open();
    const a = await h.importFiles({ 'a.csv': sales({ P1: 1, P2: 2 }) }, SALES_MAPPING);
    const stateA = h.values();
    const b = await h.importFiles({ 'b.csv': sales({ P1: 10, P3: 30 }) }, SALES_MAPPING);
    const c = await h.importFiles({ 'c.csv': sales({ P1: 100, P2: 200 }) }, SALES_MAPPING);
    expect(h.values()).toEqual({
      'P1|2025-Q1|revenue': 100,
      'P2|2025-Q1|revenue': 200,
      'P3|2025-Q1|revenue': 30,
    });

    // Undo the middle one first: P1 stays C's, P3 (only B's) goes, and C's memory of P1 now points at A's value.
    const undoB = await h.call('import.undo', { importId: b.summary.importId });
    expect(undoB).toMatchObject({ valuesRemoved: 1, partnersRemoved: 1 });
    expect(h.values()).toEqual({ 'P1|2025-Q1|revenue': 100, 'P2|2025-Q1|revenue': 200 });

    await h.call('import.undo', { importId: c.summary.importId });
    expect(h.values()).toEqual(stateA);
    const lineage = await h.call('import.explain', {
      partner: 'P1',
      period: '2025-Q1',
      measure: 'revenue',
    });
    expect(lineage).toMatchObject({
      value: 1,
      importId: a.summary.importId,
      sources: [{ fileName: 'a.csv', rowCount: 1 }],
    });

    await h.call('import.undo', { importId: a.summary.importId });
    expect(h.values()).toEqual({});
    expect(h.sql('SELECT * FROM partners')).toEqual([]);
    expect(h.sql('SELECT * FROM import_superseded')).toEqual([]);
    expect(h.sql('SELECT * FROM value_lineage')).toEqual([]);
    const history = await h.call('import.history', {});
    expect(history.map((e) => e.status)).toEqual(['undone', 'undone', 'undone']);
    await expect(h.call('import.undo', { importId: a.summary.importId })).rejects.toThrow(
      /is undone/,
    );
  });

  it('restores partners an import updated, and refuses to remove partners later imports use', async () => {
    h = await new ImportHarness().open();
    const first = await h.importFiles(
      { 'p1.csv': 'Partner ID,Partner Name,Region,Tier\nP1,Acme,EMEA,Gold\n' },
      PARTNER_MAPPING,
    );
    const before = h.sql('SELECT * FROM partners');
    const second = await h.importFiles(
      { 'p2.csv': 'Partner ID,Partner Name,Region,Tier\nP1,Acme Ltd,,Platinum\nP2,Beta,APAC,\n' },
      PARTNER_MAPPING,
    );
    expect(second.summary).toMatchObject({ partnersCreated: 1, partnersUpdated: 1 });
    expect(
      h.sql<{ name: string; region: string; tier: string }>(
        "SELECT name, region, tier FROM partners WHERE external_id = 'P1'",
      )[0],
    ).toEqual({
      name: 'Acme Ltd',
      region: 'EMEA', // an empty cell never blanks a stored field
      tier: 'Platinum',
    });
    const facts = await h.importFiles(
      { 's.csv': sales({ P2: 5 }) },
      { ...SALES_MAPPING, options: { unknownPartners: 'reject' } },
    );
    await expect(h.call('import.undo', { importId: second.summary.importId })).rejects.toThrow(
      new RegExp(
        `created partners that import #${facts.summary.importId} still uses; undo #${facts.summary.importId} first`,
      ),
    );
    await h.call('import.undo', { importId: facts.summary.importId });
    const undone = await h.call('import.undo', { importId: second.summary.importId });
    expect(undone).toMatchObject({ partnersRemoved: 1, partnersRestored: 1 });
    expect(h.sql('SELECT * FROM partners')).toEqual(before);
    expect(first.summary.importId).toBe(1);
  });

  it('updates deal registrations in place and undo restores their previous state', async () => {
    h = await new ImportHarness().open();
    const mapping: ImportMappingInput = {
      files: [
        {
          kind: 'transactions',
          partner: 'Partner',
          partnerMatch: 'name',
          date: 'Registered',
          measures: [{ measure: 'deal_regs_submitted', rule: 'count' }],
          dealRegistration: {
            reference: 'Deal',
            registeredOn: 'Registered',
            closedOn: 'Closed',
            status: 'Stage',
            value: 'Value',
          },
        },
      ],
      options: { unknownPartners: 'create' },
    };
    await h.importFiles(
      {
        'd1.csv': 'Deal,Partner,Registered,Closed,Stage,Value\nD1,Acme,2025-01-10,,Approved,500\n',
      },
      mapping,
    );
    const before = h.sql('SELECT * FROM deal_registrations');
    const second = await h.importFiles(
      {
        'd2.csv':
          'Deal,Partner,Registered,Closed,Stage,Value\nD1,Acme,2025-01-10,2025-03-01,Won,650\n',
      },
      mapping,
    );
    expect(
      h.sql('SELECT reference, status, value, closed_on AS closedOn FROM deal_registrations'),
    ).toEqual([{ reference: 'D1', status: 'won', value: 650, closedOn: '2025-03-01' }]);
    await h.call('import.undo', { importId: second.summary.importId });
    expect(h.sql('SELECT * FROM deal_registrations')).toEqual(before);
  });
});

describe('partner hierarchy', () => {
  it('links parents by external id and warns about unknown ones', async () => {
    h = await new ImportHarness().open();
    const { report } = await h.importFiles(
      { 'p.csv': 'Partner ID,Partner Name,Parent\nP2,Child,P1\nP1,Parent,\nP3,Orphan,P9\n' },
      {
        files: [
          {
            kind: 'partners',
            fields: { externalId: 'Partner ID', name: 'Partner Name', parent: 'Parent' },
          },
        ],
      },
    );
    expect(report.issues.find((i) => i.code === 'unknown-parent')).toMatchObject({
      file: 'p.csv',
      row: 4,
      value: 'P9',
      severity: 'warning',
    });
    expect(
      h.sql(
        'SELECT c.external_id AS child, p.external_id AS parent FROM partners c JOIN partners p ON p.id = c.parent_id',
      ),
    ).toEqual([{ child: 'P2', parent: 'P1' }]);
  });
});

describe('partner updates', () => {
  it('never blank or reset what a file does not give (name, status)', async () => {
    h = await new ImportHarness().open();
    await h.importFiles(
      { 'p1.csv': 'Partner ID,Partner Name,Status\nP1,Acme,Terminated\n' },
      {
        files: [
          {
            kind: 'partners',
            fields: { externalId: 'Partner ID', name: 'Partner Name', status: 'Status' },
          },
        ],
      },
    );
    await h.importFiles(
      { 'p2.csv': 'Partner ID,Tier\nP1,Gold\n' },
      { files: [{ kind: 'partners', fields: { externalId: 'Partner ID', tier: 'Tier' } }] },
    );
    expect(h.sql('SELECT name, status, tier FROM partners')).toEqual([
      { name: 'Acme', status: 'inactive', tier: 'Gold' },
    ]);
  });
});
