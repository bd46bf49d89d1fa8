/**
 * The anonymity property: whatever the partners, their names and figures, the partner-safe
 * benchmark made for partner A holds no other partner's name or external id, and no peer
 * aggregate equals another partner's exact figure for that KPI (its KPI value, or a raw measure
 * the KPI is computed from) unless at least k partners share that figure. Every comparison is
 * over at least k partners, and A's own figures are A's. Real SQLite: each run builds its own
 * workspace.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  benchmarkTable,
  partnerBenchmark,
  updateBenchmarkSettings,
} from '../../../src/main/core/benchmark';
import type { PartnerBenchmark } from '../../../src/shared/api/benchmark';
import { buildWorkspace } from './workspace-builder';

const KPIS = ['score', 'revenue', 'certifications', 'portal_activity'];
const MEASURES = ['revenue', 'certifications', 'portal_logins', 'staff'] as const;
/** The raw measures each KPI is computed from (`score` is the composite). */
const READS: Record<string, number[]> = {
  score: [],
  revenue: [0],
  certifications: [1],
  portal_activity: [2, 3],
};

const figure = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1, 2, 5, 100, 1000) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const nameText = fc.string({ minLength: 1, maxLength: 10 }).filter((s) => !/[«»]/.test(s));

const world = fc
  .record({
    count: fc.integer({ min: 4, max: 24 }),
    k: fc.integer({ min: 3, max: 6 }),
    names: fc.uniqueArray(nameText, { minLength: 24, maxLength: 24 }),
  })
  .chain(({ count, k, names }) =>
    fc.record({
      k: fc.constant(k),
      self: fc.integer({ min: 0, max: count - 1 }),
      partners: fc.tuple(
        ...Array.from({ length: count }, (_, i) =>
          fc.record({
            name: fc.constant(`«${names[i]!}»`),
            type: fc.constantFrom('VAR', 'MSP', 'SI'),
            region: fc.constantFrom('EMEA', 'APAC'),
            figures: fc.tuple(...MEASURES.map(() => figure)),
          }),
        ),
      ),
      groupBy: fc.constantFrom(['type', 'region'], ['region'], ['type'], [] as string[]),
    }),
  );

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

describe('partner-safe benchmark', () => {
  it('never shows another partner’s name, id or exact figure, and only groups of at least k', () => {
    fc.assert(
      fc.property(world, ({ k, self, partners, groupBy }) => {
        const ws = buildWorkspace({
          partners: partners.map((p, i) => ({
            externalId: `X${i}-${p.name.length}`,
            name: p.name,
            type: p.type,
            region: p.region,
          })),
          quarters: ['2026-Q3'],
          values: Object.fromEntries(
            MEASURES.map((m, j) => [
              m,
              Object.fromEntries(partners.map((p, i) => [i, [p.figures[j]!]])),
            ]),
          ),
        });
        try {
          updateBenchmarkSettings(ws, { minGroupSize: k });
          const dims = groupBy as ('type' | 'region')[];
          const out: PartnerBenchmark = partnerBenchmark(ws, {
            partner: `X${self}-${partners[self]!.name.length}`,
            kpis: KPIS,
            groupBy: dims,
          });
          // Ground truth: every partner's KPI values (the internal table) and raw figures.
          const internal = benchmarkTable(ws, {
            kpis: KPIS,
            groupBy: dims,
            partners: true,
          }).partners!;
          const selfRow = internal.externalId.indexOf(out.partner.externalId);
          const rowOf = partners.map((p, i) =>
            internal.externalId.indexOf(`X${i}-${p.name.length}`),
          );
          /** Partners (rows) holding each figure of KPI j, A excluded. */
          const holdersOf = (j: number) => {
            const holders = new Map<number, Set<number>>();
            const hold = (v: number | null, row: number) => {
              if (v === null || row === selfRow) return;
              let set = holders.get(v);
              if (!set) holders.set(v, (set = new Set()));
              set.add(row);
            };
            internal.values[j]!.forEach((v, row) => hold(v, row));
            for (const m of READS[KPIS[j]!]!)
              partners.forEach((p, i) => hold(p.figures[m]!, rowOf[i]!));
            return holders;
          };

          const text = strings(out).join('\n');
          internal.name.forEach((name, row) => {
            if (row === selfRow) return;
            expect(text.includes(name), `contains ${name}`).toBe(false);
            expect(
              text.includes(internal.externalId[row]!),
              `contains ${internal.externalId[row]}`,
            ).toBe(false);
          });
          for (const c of out.comparisons) {
            const j = KPIS.indexOf(c.kpi.key);
            expect(c.own).toBe(internal.values[j]![selfRow]);
            if (c.basis.level === 'suppressed') {
              expect(c.peers).toBeNull();
              continue;
            }
            expect(c.basis.partners).toBeGreaterThanOrEqual(k);
            const holders = holdersOf(j);
            for (const v of Object.values(c.peers!)) {
              if (v === null) continue;
              const others = holders.get(v)?.size ?? 0;
              if (others > 0)
                expect(others, `${c.kpi.key} aggregate ${v}`).toBeGreaterThanOrEqual(k);
            }
          }
        } finally {
          ws.close();
        }
      }),
      { numRuns: Number(process.env.ANONYMITY_RUNS ?? 60) },
    );
  });
});
