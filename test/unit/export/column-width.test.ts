import { describe, expect, it } from 'vitest';
import { fitColumnWidth, formattedLength } from '../../../src/main/core/export/files/column-width';

describe('spreadsheet column widths', () => {
  it('counts the characters a number shows with its format', () => {
    expect(formattedLength(1234567, '#,##0')).toBe('1,234,567'.length);
    expect(formattedLength(-75.66, '#,##0.0')).toBe('-75.7'.length);
    expect(formattedLength(0.934, '0.0%')).toBe('93.4%'.length);
    expect(formattedLength(2500000, '"EUR" #,##0')).toBe('EUR 2,500,000'.length);
    expect(formattedLength(7)).toBe(1);
  });

  it('makes a partner-name column as wide as its longest name, within a cap', () => {
    const names = ['Acme', 'Northwind Traders International GmbH', 'Fabrikam'];
    expect(fitColumnWidth('Partner', names)).toBe(names[1]!.length + 2);
    expect(fitColumnWidth('Partner', ['x'.repeat(500)], { max: 60 })).toBe(60);
  });

  it('never makes a column narrower than its title and fits numbers', () => {
    expect(fitColumnWidth('Engagement index', [1.5, 2])).toBeGreaterThanOrEqual(
      'Engagement index'.length,
    );
    const revenue = fitColumnWidth('Rev', [12_345_678, null], { numFmt: '"USD" #,##0' });
    expect(revenue).toBe('USD 12,345,678'.length + 2);
    expect(fitColumnWidth('N', [1, 2, 3], { numFmt: '#,##0' })).toBe(8);
  });
});
