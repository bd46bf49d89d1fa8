/**
 * Property: approved corrections, whatever the cells, values and order, never change what a
 * published snapshot recomputes to (its stored input and results stay byte for byte, and the
 * recomputation stays identical), while the live scores do follow the corrections.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoApi, type DemoApi } from '../../helpers/demo-api';

let demo: DemoApi;
beforeAll(() => {
  demo = openDemoApi({ partners: 30, quarters: 3, seed: 11 });
});
afterAll(() => demo.close());

function snapshotBytes(): string[] {
  return (
    demo.ws.sqlite
      .prepare('SELECT input_values, input_partners, results FROM score_snapshots ORDER BY id')
      .all() as { input_values: Buffer; input_partners: Buffer; results: Buffer }[]
  ).map(
    (r) =>
      `${r.input_values.toString('base64')}|${r.input_partners.toString('base64')}|${r.results.toString('base64')}`,
  );
}

describe('corrections and published snapshots', () => {
  it('never change a published snapshot’s recomputation', async () => {
    const table = await demo.api('scoring.score', {});
    const [methodology] = await demo.api('methodology.list', {});
    for (const p of table.periods)
      await demo.api('scoring.createSnapshot', { methodologyId: methodology!.id, period: p.key });
    const snapshots = await demo.api('scoring.snapshots', {});
    expect(snapshots.length).toBeGreaterThanOrEqual(table.periods.length);
    const before = snapshotBytes();
    const measures = (
      demo.ws.sqlite.prepare('SELECT key FROM measures ORDER BY id').all() as { key: string }[]
    ).map((m) => m.key);
    let round = 0;

    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            partner: fc.integer({ min: 0, max: table.externalId.length - 1 }),
            period: fc.integer({ min: 0, max: table.periods.length - 1 }),
            measure: fc.constantFrom(...measures),
            value: fc.oneof(
              fc.double({ min: -1e7, max: 1e9, noNaN: true }),
              fc.constantFrom(0, 1, 1e12),
            ),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        async (cells) => {
          round++;
          for (const cell of cells) {
            const c = await demo.api('disputes.requestCorrection', {
              partner: table.externalId[cell.partner]!,
              period: table.periods[cell.period]!.key,
              measure: cell.measure,
              value: cell.value,
              reason: `property round ${round}`,
              requestedBy: 'Requester',
            });
            await demo.api('disputes.approveCorrection', { id: c.id, approver: 'Approver' });
          }
          for (const s of snapshots) {
            const v = await demo.api('scoring.verifySnapshot', { snapshotId: s.id });
            expect(v.identical).toBe(true);
            expect(v.mismatches).toBe(0);
          }
          expect(snapshotBytes()).toEqual(before);
        },
      ),
      { numRuns: 12, seed: 20261204 },
    );

    // The corrections did reach the live scores: a huge revenue lifts its partner's score.
    const target = table.composite.findIndex((c) => c !== null && c < 90);
    const c = await demo.api('disputes.requestCorrection', {
      partner: table.externalId[target]!,
      period: table.period.key,
      measure: 'revenue',
      value: 1e12,
      reason: 'sanity',
      requestedBy: 'Requester',
    });
    const approved = await demo.api('disputes.approveCorrection', {
      id: c.id,
      approver: 'Approver',
    });
    expect(approved.scoreAfter).not.toBe(approved.scoreBefore);
    for (const s of snapshots)
      expect((await demo.api('scoring.verifySnapshot', { snapshotId: s.id })).identical).toBe(true);
  }, 120_000);
});
