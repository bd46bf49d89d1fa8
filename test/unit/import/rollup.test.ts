import { afterEach, describe, expect, it } from 'vitest';
import type { RollupRule } from '../../../src/shared/api/import';
import { ImportHarness } from './helpers';

let h: ImportHarness;
afterEach(() => h?.close());

const LINES = [
  'Partner ID,Date,Amount,Order',
  'P1,2025-01-15,100,A',
  'P1,2025-02-10,50,A',
  'P1,2025-03-31,25,B',
  'P1,2025-04-01,10,C',
  'P2,2025-02-01,7,D',
].join('\n');

async function rolled(
  rule: RollupRule,
  grains: ('month' | 'quarter' | 'year')[] = ['quarter'],
  fyStart = 1,
) {
  h = new ImportHarness();
  await h.open(fyStart);
  await h.importFiles(
    { 'sales.csv': LINES },
    {
      files: [
        {
          kind: 'transactions',
          partner: 'Partner ID',
          date: 'Date',
          measures: [
            {
              measure: 'revenue',
              rule,
              value: rule === 'distinct' ? 'Order' : rule === 'count' ? undefined : 'Amount',
            },
          ],
        },
      ],
      options: { grains, unknownPartners: 'create' },
    },
  );
  return h.values();
}

describe('roll-up rules', () => {
  it.each([
    ['sum', 175, 10],
    ['count', 3, 1],
    ['distinct', 2, 1],
    ['average', 175 / 3, 10],
    ['min', 25, 10],
    ['max', 100, 10],
    ['last', 25, 10],
  ] as [RollupRule, number, number][])('%s rolls rows into quarters', async (rule, q1, q2) => {
    const v = await rolled(rule);
    expect(v['P1|2025-Q1|revenue']).toBeCloseTo(q1, 10);
    expect(v['P1|2025-Q2|revenue']).toBeCloseTo(q2, 10);
    expect(v['P2|2025-Q1|revenue']).toBe(rule === 'count' || rule === 'distinct' ? 1 : 7);
  });

  it('writes months, quarters and years when asked', async () => {
    const v = await rolled('sum', ['month', 'quarter', 'year']);
    expect(v['P1|2025-01|revenue']).toBe(100);
    expect(v['P1|2025-03|revenue']).toBe(25);
    expect(v['P1|2025-Q1|revenue']).toBe(175);
    expect(v['P1|FY2025|revenue']).toBe(185);
  });

  it('follows the fiscal year start month', async () => {
    const v = await rolled('sum', ['quarter', 'year'], 4);
    // Fiscal years start in April: Jan–Mar 2025 is FY2025 Q4, April 2025 is FY2026 Q1.
    expect(v['P1|2025-Q4|revenue']).toBe(175);
    expect(v['P1|2026-Q1|revenue']).toBe(10);
    expect(v['P1|FY2026|revenue']).toBe(10);
    expect(
      h.sql<{ start_date: string }>("SELECT start_date FROM periods WHERE key = '2026-Q1'")[0]!
        .start_date,
    ).toBe('2025-04-01');
  });

  it('keeps lineage: file, rule, row count and rows of every value', async () => {
    await rolled('sum');
    const lineage = await h.call('import.explain', {
      partner: 'P1',
      period: '2025-Q1',
      measure: 'revenue',
    });
    expect(lineage.value).toBe(175);
    expect(lineage.sources).toEqual([
      { importId: lineage.importId, fileName: 'sales.csv', rule: 'sum', rowCount: 3, rows: '2-4' },
    ]);
  });
});
