/** Peer groups over dimensions: order, labels, size bands, attributes, combinations. */
import { describe, expect, it } from 'vitest';
import { assignGroups, type DimensionSource } from '../../../src/main/core/benchmark/assign-groups';
import { sizeBand } from '../../../src/main/core/benchmark/size-bands';
import type { PartnerColumns } from '../../../src/main/core/scoring/dataset';

function source(
  rows: { type: string | null; region: string | null; size: number; segment?: string }[],
): DimensionSource {
  const partners: PartnerColumns = {
    id: Int32Array.from(rows, (_, i) => i + 1),
    externalId: rows.map((_, i) => `P${i}`),
    name: rows.map((_, i) => `Partner ${i}`),
    type: rows.map((r) => r.type),
    region: rows.map((r) => r.region),
    tier: rows.map(() => null),
    status: rows.map(() => 'active'),
    onboardedOn: rows.map(() => null),
  };
  return {
    partners,
    attributes: () =>
      rows.map((r): Record<string, string> => (r.segment ? { segment: r.segment } : {})),
    size: () => Float64Array.from(rows, (r) => r.size),
    sizeBy: 'revenue',
  };
}

const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe('assignGroups', () => {
  const s = source([
    { type: 'VAR', region: 'EMEA', size: 2_000_000, segment: 'SMB' },
    { type: 'MSP', region: 'APAC', size: 100_000 },
    { type: 'VAR', region: 'APAC', size: 300_000, segment: 'Enterprise' },
    { type: null, region: 'EMEA', size: NaN, segment: 'SMB' },
  ]);

  it('orders groups alphabetically with "no value" last', () => {
    const g = assignGroups(s, all(4), ['type']);
    expect(g.labels).toEqual(['MSP', 'VAR', 'No type']);
    expect(Array.from(g.ids)).toEqual([1, 0, 1, 2]);
  });

  it('combines dimensions like a spreadsheet sort', () => {
    const g = assignGroups(s, all(4), ['region', 'type']);
    expect(g.labels).toEqual(['APAC · MSP', 'APAC · VAR', 'EMEA · VAR', 'EMEA · No type']);
    expect(Array.from(g.ids)).toEqual([2, 0, 1, 3]);
  });

  it('puts size bands in size order and groups by any attribute', () => {
    expect(assignGroups(s, all(4), ['size']).labels).toEqual([
      'Annual revenue under 250k',
      'Annual revenue 250k–1M',
      'Annual revenue 1M–5M',
      'Size unknown',
    ]);
    expect(assignGroups(s, all(4), ['attr:segment']).labels).toEqual([
      'Enterprise',
      'SMB',
      'No segment',
    ]);
  });

  it('makes one group of everyone without dimensions, and groups only the rows given', () => {
    expect(assignGroups(s, all(4), []).labels).toEqual(['All partners']);
    const g = assignGroups(s, Int32Array.from([1, 2]), ['type']);
    expect(g.labels).toEqual(['MSP', 'VAR']);
  });

  it('has fixed band edges', () => {
    expect(sizeBand('revenue', 249_999)).toBe(0);
    expect(sizeBand('revenue', 250_000)).toBe(1);
    expect(sizeBand('employees', 49)).toBe(0);
    expect(sizeBand('employees', 1000)).toBe(3);
    expect(sizeBand('employees', NaN)).toBe(-1);
  });
});
