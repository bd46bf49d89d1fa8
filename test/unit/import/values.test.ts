import { describe, expect, it } from 'vitest';
import { codeToIso } from '../../../src/main/core/import/values/date-code';
import { DateColumn } from '../../../src/main/core/import/values/date-column';
import {
  parseNumber,
  prefersDecimalComma,
} from '../../../src/main/core/import/values/parse-number';
import { parsePeriodKey } from '../../../src/main/core/import/values/parse-period';

function readColumn(values: string[], format: 'auto' | 'mdy' | 'dmy' = 'auto') {
  const column = new DateColumn('Close Date', format);
  const raw = values.map((v) => column.parse(v));
  const resolution = column.resolve('deals.csv');
  return {
    resolution,
    dates: raw.map((r) => column.finalCode(r)).map((c) => (c === c ? codeToIso(c) : null)),
  };
}

describe('numbers', () => {
  it('reads plain, grouped, currency, accounting and SAP negatives, percentages', () => {
    expect(parseNumber('1234.5')).toBe(1234.5);
    expect(parseNumber('-0.25')).toBe(-0.25);
    expect(parseNumber('1,234.50')).toBe(1234.5);
    expect(parseNumber('$ 1,234')).toBe(1234);
    expect(parseNumber('(120.5)')).toBe(-120.5);
    expect(parseNumber('120-')).toBe(-120);
    expect(parseNumber('12%')).toBe(12);
    expect(parseNumber('1e3')).toBe(1000);
    expect(parseNumber('1.234,5', true)).toBe(1234.5);
    for (const bad of ['', 'abc', '0x1f', '12abc', 'Infinity', '-'])
      expect(parseNumber(bad)).toBeNaN();
  });

  it('gives the same doubles as Number() on plain decimals', () => {
    for (const text of [
      '0.1',
      '2024.9940',
      '80450596.9823',
      '-13496.5852',
      '999999999999999',
      '0.000001',
    ]) {
      expect(parseNumber(text)).toBe(Number(text));
    }
  });

  it('recognises a decimal comma from the values', () => {
    expect(prefersDecimalComma(['1.234,50', '12,5', '3'])).toBe(true);
    expect(prefersDecimalComma(['1,234.50', '12.5'])).toBe(false);
  });
});

describe('dates', () => {
  it('reads ISO (with time), YYYYMMDD, Excel serials and spelled months', () => {
    const { dates, resolution } = readColumn([
      '2024-03-05',
      '2024-03-05 10:00:00.000',
      '20240305',
      '45356',
      '5 Mar 2024',
      'Mar 5, 2024',
    ]);
    expect(dates).toEqual(Array(6).fill('2024-03-05'));
    expect(resolution.ambiguous).toBeNull();
    expect(resolution.described).toMatch(/^mixed: /);
  });

  it('reads Excel serials around the 1900 leap-year bug', () => {
    expect(readColumn(['1', '59', '61', '25569']).dates).toEqual([
      '1900-01-01',
      '1900-02-28',
      '1900-03-01',
      '1970-01-01',
    ]);
  });

  it('decides US order when a second part is above 12, EU order when a first part is', () => {
    expect(readColumn(['03/04/2024', '12/31/2024']).dates).toEqual(['2024-03-04', '2024-12-31']);
    expect(readColumn(['03/04/2024', '31.12.2024']).dates).toEqual(['2024-04-03', '2024-12-31']);
    expect(readColumn(['03/04/2024', '12/31/2024']).resolution.described).toBe('mdy');
  });

  it('reports a column whose every value could be either order, naming file and column', () => {
    const { resolution } = readColumn(['03/04/2024', '01/02/2024', '12/12/2024']);
    expect(resolution.ambiguous).toMatch(
      /deals\.csv, column "Close Date": every date could be read as month\/day or day\/month/,
    );
    expect(resolution.ambiguous).toMatch(/03\/04\/2024/);
  });

  it('follows a given order and then has nothing ambiguous', () => {
    const { dates, resolution } = readColumn(['03/04/2024', '01/02/24'], 'dmy');
    expect(dates).toEqual(['2024-04-03', '2024-02-01']);
    expect(resolution.ambiguous).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(readColumn(['2024-02-30', '2023-13-01', 'soon', '20241301']).dates).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('period keys', () => {
  it('reads quarters, months and years in the usual spellings', () => {
    const key = (t: string) => parsePeriodKey(t, 1)?.key;
    expect(['2025-Q1', '2025Q1', 'Q1 2025', 'Q1-2025', 'FY2025 Q1'].map(key)).toEqual(
      Array(5).fill('2025-Q1'),
    );
    expect(['2025-03', '03/2025', 'Mar 2025', 'March 2025', '2025-Mar'].map(key)).toEqual(
      Array(5).fill('2025-03'),
    );
    expect(['FY2025', '2025'].map(key)).toEqual(['FY2025', 'FY2025']);
    expect(key('next year')).toBeUndefined();
  });

  it('names fiscal quarters by the workspace fiscal year', () => {
    expect(parsePeriodKey('FY2025 Q1', 7)).toMatchObject({
      startDate: '2024-07-01',
      endDate: '2024-09-30',
    });
  });
});
