import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src/main/core/demo/generate-demo';
import {
  compileMethodology,
  knownMeasures,
} from '../../../src/main/core/scoring/compile-methodology';
import { PARTNER_HEALTH_V1 } from '../../../src/main/core/scoring/default-methodology';
import { loadDataset } from '../../../src/main/core/scoring/load-dataset';
import { scorePeriod } from '../../../src/main/core/scoring/score-period';
import { resultColumns } from '../../../src/main/core/scoring/versions/result-columns';
import {
  decodeSlice,
  encodeColumns,
  encodePartners,
  hashColumns,
  sliceColumns,
} from '../../../src/main/core/scoring/versions/snapshot-codec';
import {
  planLookback,
  sliceForPeriod,
} from '../../../src/main/core/scoring/versions/snapshot-slice';
import { Workspace } from '../../../src/main/core/workspace/workspace';

const ws = Workspace.open(':memory:');
generateDemo(ws, { partners: 120, quarters: 8, seed: 11 });
const ds = loadDataset(ws.sqlite);

describe('loading a workspace', () => {
  it('puts every stored quarterly value in its cell', () => {
    const count = ws.sqlite
      .prepare(
        `SELECT count(*) AS n FROM measure_values v JOIN periods p ON p.id = v.period_id WHERE p.grain = 'quarter'`,
      )
      .get() as { n: number };
    const derived = ds.measures.findIndex((m) => m.key === 'days_to_first_deal');
    const size = ds.periods.length * ds.partners.id.length;
    const stored = ds.values.subarray(0, derived * size).filter((x) => !Number.isNaN(x)).length;
    expect(stored).toBe(count.n);
    const one = ws.sqlite
      .prepare(
        `SELECT v.partner_id AS partner, p.key AS period, v.value FROM measure_values v
         JOIN periods p ON p.id = v.period_id JOIN measures m ON m.id = v.measure_id
         WHERE m.key = 'revenue' ORDER BY v.partner_id DESC, p.key LIMIT 1`,
      )
      .get() as { partner: number; period: string; value: number };
    const m = ds.measures.findIndex((x) => x.key === 'revenue');
    const t = ds.periods.findIndex((x) => x.key === one.period);
    const p = ds.partners.id.indexOf(one.partner);
    expect(ds.values[(m * ds.periods.length + t) * ds.partners.id.length + p]).toBe(one.value);
  });

  it('reads the same cells in small chunks as in one', () => {
    const chunked = loadDataset(ws.sqlite, 'quarter', 997);
    expect(chunked.values).toEqual(ds.values);
    expect(chunked.targets).toEqual(ds.targets);
  });
});

describe('snapshot input slices', () => {
  const plan = compileMethodology(
    {
      ...PARTNER_HEALTH_V1,
      kpis: [
        ...PARTNER_HEALTH_V1.kpis,
        { kpi: 'mdf_roi', weight: 5, normaliser: { kind: 'zscore', spread: 2.5 } },
        { kpi: 'revenue_share', weight: 5, normaliser: { kind: 'percentile' } },
      ],
    },
    knownMeasures(ds.measures.map((m) => m.key)),
  );

  it('look back as far as the formulas and segment rules read', () => {
    // yoy(revenue) reads 4 quarters back; trailing windows 3; segments 2 - 1 + 4.
    expect(planLookback(plan, 4)).toBe(5);
  });

  it('score exactly like the full dataset, for every period, through an Arrow round trip', () => {
    for (let t = 0; t < ds.periods.length; t++) {
      const full = resultColumns(plan, ds, scorePeriod(plan, ds, t));
      const slice = sliceForPeriod(plan, ds, t);
      expect(slice.dataset.periods.length).toBe(Math.min(t, 5) + 1);
      const restored = decodeSlice(
        {
          engineVersion: 'test',
          grain: slice.dataset.grain,
          periods: slice.dataset.periods,
          measures: slice.dataset.measures,
          targetMeasures: slice.dataset.targetMeasures,
          t: slice.t,
        },
        encodePartners(slice.dataset.partners),
        encodeColumns(sliceColumns(slice.dataset)),
      );
      const fromSlice = resultColumns(plan, restored, scorePeriod(plan, restored, slice.t));
      expect(hashColumns(fromSlice)).toBe(hashColumns(full));
      expect(fromSlice).toEqual(full);
    }
  });
});
