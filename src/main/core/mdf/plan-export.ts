/**
 * A plan as a spreadsheet: CSV (the allocation table) or XLSX (the allocation table plus a
 * "Plan" sheet with the budget, reserve, rules and the criterion in words). Amounts are currency
 * units with two decimals; text that looks like a formula is neutralised.
 */
import ExcelJS from 'exceljs';
import type { MdfProposal } from '../../../shared/api/mdf';
import type { DataTable } from '../export/data/data-table';
import { tableCsv } from '../export/data/write-table';
import { neutralise } from '../import/export/csv-cells';
import { fitColumnWidth } from '../export/files/column-width';

const money = (c: number) => Math.round(c) / 100;

export function planTable(p: MdfProposal): DataTable {
  const rows = p.rows;
  const col = (
    name: string,
    kind: 'int' | 'float' | 'text',
    pick: (r: MdfProposal['rows'][number]) => string | number | null,
    numFmt?: string,
  ) => ({ name, kind, values: rows.map(pick), numFmt });
  return {
    name: 'Allocation',
    rows: rows.length,
    columns: [
      col('Partner ID', 'text', (r) => r.externalId),
      col('Partner', 'text', (r) => r.name),
      col('Region', 'text', (r) => r.region),
      col('Type', 'text', (r) => r.type),
      col('Tier', 'text', (r) => r.tier),
      col('Eligible', 'text', (r) => (r.eligible ? 'yes' : 'no')),
      col('Amount', 'float', (r) => money(r.amountCents), '#,##0.00'),
      col('Share of budget', 'float', (r) => Math.round(r.share * 1_000_000) / 1_000_000, '0.0%'),
      col('Partner co-funding', 'float', (r) => money(r.partnerCoFundingCents), '#,##0.00'),
      col('Criterion', 'float', (r) => Math.round(r.criterion * 10) / 10, '0.0'),
      col(
        'Score',
        'float',
        (r) => (r.composite === null ? null : Math.round(r.composite * 10) / 10),
        '0.0',
      ),
      col(
        'Revenue (last 4 periods)',
        'float',
        (r) => (r.revenue === null ? null : Math.round(r.revenue * 100) / 100),
        '#,##0',
      ),
      col(
        'Revenue growth',
        'float',
        (r) => (r.growth === null ? null : Math.round(r.growth * 10_000) / 10_000),
        '0.0%',
      ),
      col(
        'Pipeline coverage',
        'float',
        (r) => (r.pipelineCoverage === null ? null : Math.round(r.pipelineCoverage * 100) / 100),
        '0.00"×"',
      ),
      col(
        'Points to next tier',
        'float',
        (r) => (r.gapToNextTier === null ? null : Math.round(r.gapToNextTier * 10) / 10),
        '0.0',
      ),
      col('Set by hand', 'text', (r) => (r.locked ? 'yes' : '')),
      col('Why', 'text', (r) => r.explanation),
    ],
  };
}

export function planCsv(p: MdfProposal): string {
  return tableCsv(planTable(p));
}

export async function planXlsx(p: MdfProposal, name: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Partnerscope';
  const t = planTable(p);
  const sheet = wb.addWorksheet('Allocation', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = t.columns.map((c) => ({
    header: c.name,
    key: c.name,
    width: fitColumnWidth(c.name, c.values, { numFmt: c.numFmt, max: c.name === 'Why' ? 70 : 40 }),
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (let i = 0; i < t.rows; i++) {
    sheet.addRow(
      t.columns.map((c) => {
        const v = c.values[i] ?? null;
        return typeof v === 'string' ? neutralise(v) : v;
      }),
    );
  }
  const totalRow = sheet.addRow(['Total', '', '', '', '', '', money(p.allocatedCents)]);
  totalRow.font = { bold: true };
  const info = wb.addWorksheet('Plan');
  info.columns = [
    { header: 'Item', key: 'k', width: 28 },
    { header: 'Value', key: 'v', width: 90 },
  ];
  info.getRow(1).font = { bold: true };
  const r = p.rules;
  const lines: [string, string | number][] = [
    ['Plan', neutralise(name)],
    ['Period', p.period.label],
    [
      'Scope',
      [
        p.scope.region && `region ${p.scope.region}`,
        p.scope.type && `type ${p.scope.type}`,
        p.scope.program && `program ${p.scope.program}`,
      ]
        .filter(Boolean)
        .join(', ') || 'all partners',
    ],
    ['Budget', money(p.budgetCents)],
    ['Reserve', money(p.reserveCents)],
    ['Allocated', money(p.allocatedCents)],
    ['Eligible partners', p.eligibleCount],
    [
      'Eligible tiers',
      r.eligibleTiers === null ? 'every tier above the entry tier' : r.eligibleTiers.join(', '),
    ],
    ['Minimum per partner', money(r.minCents)],
    ['Maximum per partner', r.maxCents === null ? 'none' : money(r.maxCents)],
    ['Partner co-funding share', `${Math.round(r.coFundingRatio * 100)} %`],
    ['Reserve share', `${Math.round(r.reserveShare * 1000) / 10} %`],
    [
      'Criterion weights',
      `revenue ${r.weights.revenue}, score ${r.weights.score}, growth ${r.weights.growth}, pipeline ${r.weights.pipeline}, headroom ${r.weights.headroom}`,
    ],
    ['Criterion', p.criterionText],
    ...p.warnings.map((w): [string, string] => ['Warning', w]),
  ];
  for (const [k, v] of lines) info.addRow({ k, v });
  for (const key of [
    'Budget',
    'Reserve',
    'Allocated',
    'Minimum per partner',
    'Maximum per partner',
  ]) {
    const row = lines.findIndex((l) => l[0] === key) + 2;
    info.getCell(`B${row}`).numFmt = '#,##0.00';
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
