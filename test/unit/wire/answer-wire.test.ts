/**
 * The Portfolio's columnar wire form decodes to exactly what JSON would have carried: nulls,
 * non-finite numbers (null in JSON), text outside ASCII, columns shorter than the partner count
 * (change and trend before a second period), no partners at all; every other answer is JSON.
 */
import { describe, expect, it } from 'vitest';
import type { PortfolioTable } from '../../../src/shared/api/views';
import { decodeAnswer, encodeAnswer, portfolioAnswer } from '../../../src/shared/wire/answer-wire';

function table(rows: number, periods = 2): PortfolioTable {
  const nth = <T>(f: (i: number) => T) => Array.from({ length: rows }, (_, i) => f(i));
  return {
    methodology: { id: 1, name: 'Partner health', version: 2, status: 'published' },
    period: { key: '2026-Q2', label: 'Q2 2026' },
    periods: Array.from({ length: periods }, (_, t) => ({ key: `P${t}`, label: `Period ${t}` })),
    currency: 'EUR',
    groups: [{ key: 'sales', label: 'Sales', weight: 0.6 }],
    kpis: [
      { key: 'rev', name: 'Revenue', unit: 'currency' },
      { key: 'cert', name: 'Certifications', unit: 'count' },
    ],
    tiers: [{ name: 'Gold', minScore: 70 }],
    quadrant: { attainmentName: 'Attainment', growAt: 1, engagedAt: 50 },
    summary: { partners: rows },
    tierHistory: [{ Gold: 3 }],
    partnerId: nth((i) => i + 1),
    externalId: nth((i) => `P-${i}`),
    name: nth((i) => (i % 3 === 0 ? `Société Générale ${i} 東京` : `Reseller ${i}`)),
    type: nth((i) => (i % 4 === 0 ? null : 'VAR')),
    region: nth((i) => (i % 5 === 0 ? null : 'EMEA')),
    manager: nth(() => null),
    programTier: nth((i) => (i % 2 ? 'Gold' : '')),
    composite: nth((i) => (i % 7 === 0 ? null : i / 3)),
    tier: nth((i) => (i % 7 === 0 ? null : 'Gold')),
    segment: nth(() => 'Grow'),
    rank: nth((i) => i + 1),
    change: [],
    trend: [],
    coverage: nth((i) => (i % 11 === 0 ? Number.NaN : 0.875)),
    lowCoverage: nth((i) => i % 11 === 0),
    groupScores: [nth((i) => (i % 2 ? Number.POSITIVE_INFINITY : -0.5))],
    revenue: nth((i) => i * 1e9 + 0.1),
    attainment: nth(() => null),
    engagement: nth((i) => i),
    kpiRaw: [nth((i) => 1.23456e-7 * i), nth((i) => (i % 3 ? null : i))],
    sparkline: Array.from({ length: rows * periods }, (_, i) => (i % 5 ? i / 10 : null)),
    timings: { totalMs: 12.5, cached: false },
  } as unknown as PortfolioTable;
}

const viaJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('the answer wire', () => {
  it('carries the Portfolio as Arrow columns that decode to what JSON would carry', () => {
    for (const rows of [0, 1, 9, 1000]) {
      const value = table(rows);
      const bytes = encodeAnswer('views.portfolio', { ok: true, value });
      expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('PSW1');
      expect(decodeAnswer(bytes)).toEqual(viaJson({ ok: true, value }));
    }
  });

  it('keeps one encoding per table and only the timings differ between answers', () => {
    const { timings: _t, ...kept } = table(50);
    const a = encodeAnswer('views.portfolio', {
      ok: true,
      value: portfolioAnswer(kept, { totalMs: 1, cached: true }),
    });
    const b = encodeAnswer('views.portfolio', {
      ok: true,
      value: portfolioAnswer(kept, { totalMs: 2, cached: true }),
    });
    const decoded = decodeAnswer(b) as { ok: true; value: PortfolioTable };
    expect(decoded.value.timings).toEqual({ totalMs: 2, cached: true });
    expect(decodeAnswer(a)).toEqual(
      viaJson({ ok: true, value: { ...kept, timings: { totalMs: 1, cached: true } } }),
    );
  });

  it('sends every other answer, and every error, as JSON', () => {
    const error = {
      ok: false as const,
      error: { code: 'NOT_FOUND' as const, message: 'No period' },
    };
    for (const [name, result] of [
      ['views.portfolio', error],
      ['views.options', { ok: true as const, value: { periods: [] } }],
    ] as const) {
      const bytes = encodeAnswer(name, result);
      expect(bytes[0]).toBe('{'.charCodeAt(0));
      expect(decodeAnswer(bytes)).toEqual(result);
    }
  });
});
