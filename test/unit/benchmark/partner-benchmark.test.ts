/** The partner-safe benchmark on hand-built workspaces: merging upward, suppression, withholding. */
import { afterEach, describe, expect, it } from 'vitest';
import { partnerBenchmark, updateBenchmarkSettings } from '../../../src/main/core/benchmark';
import type { Workspace } from '../../../src/main/core/workspace/workspace';
import { buildWorkspace, partners } from './workspace-builder';

let ws: Workspace | undefined;
afterEach(() => ws?.close());

/** 3 VAR · EMEA, 4 VAR · APAC, 5 MSP · EMEA; revenue 100, 200, … in that order. */
function world(): Workspace {
  const types = [
    'VAR',
    'VAR',
    'VAR',
    'VAR',
    'VAR',
    'VAR',
    'VAR',
    'MSP',
    'MSP',
    'MSP',
    'MSP',
    'MSP',
  ];
  const regions = [
    'EMEA',
    'EMEA',
    'EMEA',
    'APAC',
    'APAC',
    'APAC',
    'APAC',
    'EMEA',
    'EMEA',
    'EMEA',
    'EMEA',
    'EMEA',
  ];
  return buildWorkspace({
    partners: partners(12, (i) => ({ type: types[i], region: regions[i] })),
    quarters: ['2026-Q3'],
    values: { revenue: Object.fromEntries(types.map((_, i) => [i, [100 * (i + 1)]])) },
  });
}

describe('partnerBenchmark', () => {
  it('compares with the own group when it has at least k partners with a figure', () => {
    ws = world();
    const b = partnerBenchmark(ws, {
      partner: 'P8',
      kpis: ['revenue'],
      groupBy: ['type', 'region'],
    });
    expect(b.ownGroup).toBe('MSP · EMEA');
    const [c] = b.comparisons;
    expect(c!.basis).toMatchObject({ level: 'own', label: 'MSP · EMEA', partners: 5 });
    expect(c!.own).toBe(800);
    // peers 800…1200: p90 at 3.6 → 1100 + 0.6 × 100 = 1160, not a partner's figure
    expect(c!.peers?.p90).toBe(1160);
    expect(c!.percentile).toBe(0);
  });

  it('merges a group smaller than k upward (type · region → type → all partners) and says so', () => {
    ws = world();
    const var_ = partnerBenchmark(ws, {
      partner: 'P1',
      kpis: ['revenue'],
      groupBy: ['type', 'region'],
    });
    expect(var_.ownGroup).toBe('VAR · EMEA');
    expect(var_.comparisons[0]!.basis).toMatchObject({
      level: 'merged',
      label: 'VAR',
      partners: 7,
    });
    expect(var_.comparisons[0]!.basis.note).toContain('VAR · EMEA has fewer than 5 partners');
    updateBenchmarkSettings(ws, { minGroupSize: 8 });
    const all = partnerBenchmark(ws, {
      partner: 'P1',
      kpis: ['revenue'],
      groupBy: ['type', 'region'],
    });
    expect(all.comparisons[0]!.basis).toMatchObject({
      level: 'merged',
      label: 'All partners',
      partners: 12,
    });
  });

  it('suppresses the comparison when no group has k partners with a figure', () => {
    ws = world();
    updateBenchmarkSettings(ws, { minGroupSize: 13 });
    const b = partnerBenchmark(ws, { partner: 'P1', kpis: ['revenue'], groupBy: ['region'] });
    const [c] = b.comparisons;
    expect(c!.basis).toMatchObject({ level: 'suppressed', label: null, partners: null });
    expect(c!.peers).toBeNull();
    expect(c!.percentile).toBeNull();
    expect(c!.own).toBe(100);
  });

  it('withholds an aggregate that would equal one partner’s own figure', () => {
    ws = buildWorkspace({
      partners: partners(5, () => ({ type: 'VAR' })),
      quarters: ['2026-Q3'],
      values: { revenue: { 0: [10], 1: [20], 2: [30], 3: [40], 4: [50] } },
    });
    const [c] = partnerBenchmark(ws, {
      partner: 'P1',
      kpis: ['revenue'],
      groupBy: ['type'],
    }).comparisons;
    // mean = median = 30, p25 = 20, p75 = 40 are other partners' figures; p90 = 46 is not.
    expect(c!.peers).toEqual({ mean: null, p25: null, median: null, p75: null, p90: 46 });
    expect(c!.withheld).toEqual(['mean', 'p25', 'median', 'p75']);
  });

  it('shows a figure that at least k partners share', () => {
    ws = buildWorkspace({
      partners: partners(6, () => ({ type: 'VAR' })),
      quarters: ['2026-Q3'],
      values: { certifications: { 0: [2], 1: [3], 2: [3], 3: [3], 4: [3], 5: [3] } },
    });
    const [c] = partnerBenchmark(ws, {
      partner: 'P1',
      kpis: ['certifications'],
      groupBy: ['type'],
    }).comparisons;
    expect(c!.peers?.median).toBe(3);
    expect(c!.withheld).not.toContain('median');
  });

  it('never lowers k below the workspace setting and refuses a partner that had not joined yet', () => {
    ws = buildWorkspace({
      partners: partners(6, (i) => ({ type: 'VAR', onboardedOn: i === 5 ? '2027-01-01' : null })),
      quarters: ['2026-Q3'],
      values: { revenue: { 0: [1], 1: [2], 2: [3], 3: [4], 4: [5] } },
    });
    expect(() => updateBenchmarkSettings(ws!, { minGroupSize: 2 })).toThrow();
    expect(() => partnerBenchmark(ws!, { partner: 'P6', kpis: ['revenue'] })).toThrow(
      /had not joined/,
    );
  });

  it('answers each partner the same whichever partners were asked before (figures kept per group)', () => {
    // Figures kept for a group are counted over every partner once; each partner's own figures
    // come off per request. P3 holds the median (30): hidden from the others, shown to P3.
    const spec = () =>
      buildWorkspace({
        partners: partners(12, (i) => ({
          type: i < 5 ? 'VAR' : 'MSP',
          region: i % 2 ? 'EMEA' : 'APAC',
        })),
        quarters: ['2026-Q3'],
        values: {
          revenue: Object.fromEntries(
            Array.from({ length: 12 }, (_, i) => [i, [i < 5 ? 10 * (i + 1) : 7 * i]]),
          ),
        },
      });
    const ask = (w: Workspace, p: number) =>
      partnerBenchmark(w, { partner: `P${p}`, kpis: ['revenue'], groupBy: ['type', 'region'] });
    ws = spec();
    const forward = Array.from({ length: 12 }, (_, i) => ask(ws!, i + 1));
    ws.close();
    ws = spec();
    const backward = Array.from({ length: 12 }, (_, i) => ask(ws!, 12 - i)).reverse();
    expect(backward).toEqual(forward);
    const [p1] = forward[0]!.comparisons;
    const [p3] = forward[2]!.comparisons;
    expect(p1!.basis.level).toBe('merged');
    expect(p1!.withheld).toContain('median');
    expect(p3!.peers?.median).toBe(30);
  });
});
