import { describe, expect, it } from 'vitest';
import {
  fiscalOf,
  periodForDate,
  quarterPeriod,
  trailingQuarters,
  yearPeriod,
} from '../../../src/main/core/workspace/periods';

describe('periods', () => {
  it('calendar quarters when the fiscal year starts in January', () => {
    expect(periodForDate('2025-05-17', 'quarter')).toMatchObject({
      key: '2025-Q2',
      label: '2025 Q2',
      startDate: '2025-04-01',
      endDate: '2025-06-30',
    });
    expect(periodForDate('2024-02-29', 'month')).toMatchObject({
      key: '2024-02',
      endDate: '2024-02-29',
    });
  });

  it('fiscal years named after the year they end in', () => {
    expect(fiscalOf(2024, 7, 7)).toEqual({ fiscalYear: 2025, fiscalQuarter: 1 });
    expect(fiscalOf(2025, 6, 7)).toEqual({ fiscalYear: 2025, fiscalQuarter: 4 });
    expect(quarterPeriod(2025, 1, 7)).toMatchObject({
      key: '2025-Q1',
      label: 'FY2025 Q1',
      startDate: '2024-07-01',
      endDate: '2024-09-30',
    });
    expect(yearPeriod(2025, 7)).toMatchObject({ startDate: '2024-07-01', endDate: '2025-06-30' });
    expect(periodForDate('2025-01-15', 'quarter', 10)).toMatchObject({
      key: '2025-Q2',
      startDate: '2025-01-01',
    });
  });

  it('trailing quarters cross year boundaries', () => {
    expect(trailingQuarters('2026-09-30', 8).map((p) => p.key)).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
  });
});
