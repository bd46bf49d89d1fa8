/**
 * Conformance with a published reference pipeline: COINr's ASEM index (51 countries, 49
 * indicators, 8 pillars, 2 sub-indices), built denominate → impute → treat → normalise →
 * aggregate. The inputs go through the Partnerscope engine as a methodology (one partner per
 * country, one measure per indicator) and every stage must match COINr's stored results to
 * 1e-9. Provenance and licence: test/fixtures/coinr-asem/PROVENANCE.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodologyDefinitionInput } from '../../../src/shared/api/scoring-methodology';
import {
  compileMethodology,
  knownMeasures,
} from '../../../src/main/core/scoring/compile-methodology';
import { scorePeriod } from '../../../src/main/core/scoring/score-period';
import { makeDataset, passthroughKpi } from '../../helpers/scoring-dataset';

interface Input {
  units: { code: string; name: string; group: string }[];
  indicators: {
    code: string;
    direction: number;
    weight: number;
    denominator: string | null;
    pillar: string;
    subindex: string;
  }[];
  aggregates: { code: string; level: number; weight: number }[];
  denominators: Record<string, (number | null)[]>;
  raw: Record<string, (number | null)[]>;
}
type Columns = Record<string, (number | null)[]>;
interface Expected {
  Denominated: Columns;
  Imputed: Columns;
  Treated: Columns;
  Normalised: Columns;
  Aggregated: Columns;
  TreatSummary: { code: string; low: number; high: number }[];
  NImputed: number;
}

const dir = join(__dirname, '../../fixtures/coinr-asem');
const input = JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8')) as Input;
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;

/** Partnerscope keys are lower-case: Goods → goods, Den_GDP → den_gdp, ConEcFin → conecfin. */
const key = (code: string) => code.toLowerCase();

function asemMethodology(): MethodologyDefinitionInput {
  const pillars = [...new Set(input.indicators.map((i) => i.pillar))];
  const subindices = [...new Set(input.indicators.map((i) => i.subindex))];
  const weightOf = (code: string) => input.aggregates.find((a) => a.code === code)!.weight;
  return {
    peerGroup: [],
    groupWeights: Object.fromEntries([...pillars, ...subindices].map((g) => [key(g), weightOf(g)])),
    groups: [
      ...subindices.map((s) => ({ key: key(s), label: s })),
      ...pillars.map((p) => ({
        key: key(p),
        label: p,
        parent: key(input.indicators.find((i) => i.pillar === p)!.subindex),
      })),
    ],
    aggregation: { kind: 'arithmetic' },
    kpis: input.indicators.map((ind) => ({
      kpi: key(ind.code),
      weight: ind.weight,
      group: key(ind.pillar),
      normaliser: { kind: 'minmax' as const },
      ...(ind.denominator
        ? { denominator: { kind: 'measure' as const, measure: key(ind.denominator) } }
        : {}),
      imputation: { kind: 'peer_mean' as const, peerBy: ['region' as const] },
      treatment: { kind: 'winsorise' as const, skew: 2, kurtosis: 3.5, maxPoints: 6 },
    })),
    customKpis: input.indicators.map((ind) =>
      passthroughKpi(key(ind.code), key(ind.code), ind.direction < 0 ? 'lower' : 'higher'),
    ),
    tiers: [{ name: 'All', minScore: 0 }],
  };
}

function run() {
  const values: Record<string, (number | null)[][]> = {};
  for (const ind of input.indicators) values[key(ind.code)] = [input.raw[ind.code]!];
  for (const [d, col] of Object.entries(input.denominators)) values[key(d)] = [col];
  const ds = makeDataset({
    partners: input.units.map((u) => ({ region: u.group })),
    periods: ['2018-Q4'],
    values,
  });
  const plan = compileMethodology(asemMethodology(), knownMeasures(Object.keys(values)));
  return { plan, ps: scorePeriod(plan, ds, 0) };
}

function close(actual: number, wanted: number | null | undefined, what: string) {
  if (wanted === null || wanted === undefined) {
    expect(Number.isNaN(actual), what).toBe(true);
    return;
  }
  expect(Math.abs(actual - wanted), `${what}: ${actual} vs ${wanted}`).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(wanted)),
  );
}

describe('COINr ASEM reference pipeline', () => {
  const { plan, ps } = run();
  const s = ps.structural;
  const n = input.units.length;
  const k = (code: string) => plan.kpis.findIndex((x) => x.key === key(code));

  it('denominates every indicator by its denominator', () => {
    for (const ind of input.indicators)
      input.units.forEach((u, i) =>
        close(s.raw[k(ind.code)]![i]!, expected.Denominated[ind.code]![i], `${ind.code} ${u.code}`),
      );
  });

  it('imputes the Europe/Asia group mean, recording every imputed cell', () => {
    let count = 0;
    for (const ind of input.indicators) {
      const records = s.imputed[k(ind.code)]!;
      count += records.length;
      input.units.forEach((u, i) => {
        const wasMissing = expected.Denominated[ind.code]![i] === null;
        const record = records.find((r) => r.row === i);
        expect(Boolean(record), `${ind.code} ${u.code}`).toBe(wasMissing);
        if (record) close(record.value, expected.Imputed[ind.code]![i], `${ind.code} ${u.code}`);
      });
    }
    expect(count).toBe(expected.NImputed);
  });

  it('winsorises the same points of the same indicators to the same values', () => {
    for (const ind of input.indicators) {
      const records = s.treated[k(ind.code)]!;
      const summary = expected.TreatSummary.find((t) => t.code === ind.code)!;
      expect(records.length, ind.code).toBe(summary.low + summary.high);
      input.units.forEach((u, i) => {
        const before = expected.Imputed[ind.code]![i]!;
        const after = expected.Treated[ind.code]![i]!;
        const record = records.find((r) => r.row === i);
        expect(Boolean(record), `${ind.code} ${u.code}`).toBe(before !== after);
        if (record) {
          close(record.before, before, `${ind.code} ${u.code} before`);
          close(record.after, after, `${ind.code} ${u.code} after`);
        }
      });
    }
  });

  it('normalises min–max to 0–100 with each indicator’s direction', () => {
    for (const ind of input.indicators)
      input.units.forEach((u, i) =>
        close(
          s.scores[k(ind.code)]![i]!,
          expected.Normalised[ind.code]![i],
          `${ind.code} ${u.code}`,
        ),
      );
  });

  it('aggregates pillars, sub-indices and the index by weighted arithmetic means', () => {
    for (const agg of input.aggregates) {
      const wanted = expected.Aggregated[agg.code]!;
      if (agg.level === 4) {
        input.units.forEach((u, i) =>
          close(ps.weighted.composite[i]!, wanted[i], `Index ${u.code}`),
        );
        continue;
      }
      const g = plan.groups.indexOf(key(agg.code));
      expect(g, agg.code).toBeGreaterThanOrEqual(0);
      input.units.forEach((u, i) =>
        close(ps.weighted.groupScores[g * n + i]!, wanted[i], `${agg.code} ${u.code}`),
      );
    }
  });
});
