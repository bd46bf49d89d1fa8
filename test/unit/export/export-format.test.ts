import { describe, expect, it } from 'vitest';
import {
  formatAttainment,
  formatChange,
  formatCompact,
  formatCompactRange,
  formatDocumentDate,
  formatKpiValue,
  formatScore,
} from '../../../src/shared/api/export-format';

describe('document number formats', () => {
  it('write own values in full by unit', () => {
    expect(formatKpiValue(679797, 'currency')).toBe('$679,797');
    expect(formatKpiValue(679797, 'currency', { locale: 'en-US', currency: 'EUR' })).toBe(
      '€679,797',
    );
    expect(formatKpiValue(0.4375, 'percent')).toBe('43.8%');
    expect(formatKpiValue(97.6, 'days')).toBe('98 days');
    expect(formatKpiValue(2.44, 'multiple')).toBe('2.4×');
    expect(formatKpiValue(1, 'flag')).toBe('Yes');
    expect(formatKpiValue(null, 'count')).toBe('—');
    expect(formatKpiValue(NaN, 'count')).toBe('—');
  });

  it('write peer aggregates compactly', () => {
    expect(formatCompact(740000, 'currency')).toBe('$740K');
    expect(formatCompact(0.44, 'percent')).toBe('44%');
    expect(formatCompactRange(82000, 740000, 'currency')).toBe('$82K–$740K');
    expect(formatCompactRange(110, 170, 'days')).toBe('110–170 days');
    expect(formatCompactRange(0, 1, 'flag')).toBe('—');
  });

  it('write scores, changes, attainment and dates', () => {
    expect(formatScore(68.96)).toBe('69.0');
    expect(formatChange(4.27)).toBe('+4.3');
    expect(formatChange(-1.25)).toBe('−1.3');
    expect(formatChange(0.01)).toBe('±0.0');
    expect(formatAttainment(1.0435)).toBe('104%');
    expect(formatDocumentDate('2026-10-05T23:59:00Z')).toBe('Oct 5, 2026');
  });
});
