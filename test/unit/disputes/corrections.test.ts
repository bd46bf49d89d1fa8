/**
 * Disputes and corrections through the dispatcher on a seeded demo workspace: four eyes, the
 * score recomputed with before/after kept, lineage and audit log, expiry.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failure, openDemoApi, type DemoApi } from '../../helpers/demo-api';
import { readDataRevision } from '../../../src/main/core/workspace/data-revision';

let demo: DemoApi;
beforeEach(() => {
  demo = openDemoApi({ partners: 40, quarters: 4, seed: 7 });
});
afterEach(() => {
  vi.useRealTimers();
  demo.close();
});

/** The first partner scored in the latest period, with its revenue there. */
async function aPartner() {
  const table = await demo.api('scoring.score', {});
  const i = table.composite.findIndex((c) => c !== null);
  const externalId = table.externalId[i]!;
  const period = table.period.key;
  const row = demo.ws.sqlite
    .prepare(
      `SELECT mv.value FROM measure_values mv JOIN partners p ON p.id = mv.partner_id
       JOIN periods pe ON pe.id = mv.period_id JOIN measures m ON m.id = mv.measure_id
       WHERE p.external_id = ? AND pe.key = ? AND m.key = 'revenue'`,
    )
    .get(externalId, period) as { value: number };
  return { externalId, period, revenue: row.value, composite: table.composite[i]! };
}

async function compositeOf(externalId: string): Promise<number | null> {
  const table = await demo.api('scoring.score', {});
  return table.composite[table.externalId.indexOf(externalId)]!;
}

describe('disputes and corrections', () => {
  it('applies a correction only once another person approved it, and keeps before/after', async () => {
    const p = await aPartner();
    const revision = readDataRevision(demo.ws.sqlite).n;
    const dispute = await demo.api('disputes.open', {
      partner: p.externalId,
      subject: 'kpi',
      kpi: 'revenue',
      period: p.period,
      reason: 'A closed deal was booked to the wrong reseller',
      evidence: 'Invoice INV-2291',
      raisedBy: 'Partner finance',
    });
    expect(dispute.status).toBe('open');
    expect((await demo.api('disputes.list', { status: 'open' })).map((d) => d.id)).toEqual([
      dispute.id,
    ]);

    const corrected = p.revenue * 3 + 50_000;
    const c = await demo.api('disputes.requestCorrection', {
      disputeId: dispute.id,
      partner: p.externalId,
      period: p.period,
      measure: 'revenue',
      value: corrected,
      reason: 'Invoice INV-2291 belongs to this partner',
      requestedBy: 'Ana Ruiz',
    });
    expect(c).toMatchObject({ status: 'pending', originalValue: p.revenue, active: false });
    // Pending: nothing changes, and neither a dispute nor a request is a change of the data.
    expect(await compositeOf(p.externalId)).toBe(p.composite);
    expect(readDataRevision(demo.ws.sqlite).n).toBe(revision);

    // The requester cannot approve, whatever the case or spacing of the name.
    const refused = await failure(
      demo.api('disputes.approveCorrection', { id: c.id, approver: '  ana   RUIZ ' }),
    );
    expect(refused.message).toMatch(/requested correction .* another person must approve/);
    expect(await compositeOf(p.externalId)).toBe(p.composite);

    const approved = await demo.api('disputes.approveCorrection', {
      id: c.id,
      approver: 'Ben Ode',
    });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Ben Ode', active: true });
    expect(readDataRevision(demo.ws.sqlite).n).toBe(revision + 1);
    expect(approved.scoreBefore).toBe(p.composite);
    const after = await compositeOf(p.externalId);
    expect(after).toBe(approved.scoreAfter);
    expect(after).toBeGreaterThan(p.composite);
    // The stored value itself is untouched.
    const stored = demo.ws.sqlite
      .prepare(
        `SELECT mv.value FROM measure_values mv JOIN partners p ON p.id = mv.partner_id
         JOIN periods pe ON pe.id = mv.period_id JOIN measures m ON m.id = mv.measure_id
         WHERE p.external_id = ? AND pe.key = ? AND m.key = 'revenue'`,
      )
      .get(p.externalId, p.period) as { value: number };
    expect(stored.value).toBe(p.revenue);

    // Lineage shows the corrected value and where it came from.
    const page = await demo.api('views.partner', { partner: p.externalId, period: p.period });
    const revenue = page.sources.find((s) => s.measure === 'revenue' && s.kind === 'value')!;
    expect(revenue.value).toBe(corrected);
    expect(revenue.correction).toMatchObject({ storedValue: p.revenue, approvedBy: 'Ben Ode' });

    // The audit log has the request and the approval.
    const audit = await demo.api('methodology.audit', { limit: 50 });
    const actions = audit.filter((a) => a.entity === 'correction').map((a) => a.action);
    expect(actions).toEqual(['correction.approve', 'correction.request']);

    // A second decision is refused; the dispute is resolved.
    await failure(demo.api('disputes.rejectCorrection', { id: c.id, approver: 'Cy' }));
    const resolved = await demo.api('disputes.setStatus', {
      id: dispute.id,
      status: 'resolved_upheld',
      resolution: 'Revenue corrected',
    });
    expect(resolved.resolvedAt).not.toBeNull();
    expect(resolved.corrections.map((x) => x.id)).toEqual([c.id]);
    expect(await demo.api('disputes.list', { status: 'open' })).toEqual([]);
    expect(await demo.api('disputes.list', { status: 'resolved' })).toHaveLength(1);
  });

  it('refuses a resolution without text and impossible moves, with clear messages', async () => {
    const p = await aPartner();
    const d = await demo.api('disputes.open', {
      partner: p.externalId,
      subject: 'tier',
      period: p.period,
      reason: 'We expected Gold',
    });
    const empty = await failure(
      demo.api('disputes.setStatus', { id: d.id, status: 'resolved_rejected' }),
    );
    expect(empty.message).toMatch(/resolution/);
    const badPeriod = await failure(
      demo.api('disputes.open', {
        partner: p.externalId,
        subject: 'tier',
        period: '1999-Q1',
        reason: 'x',
      }),
    );
    expect(badPeriod.message).toMatch(/no period 1999-Q1/);
    const badMeasure = await failure(
      demo.api('disputes.requestCorrection', {
        partner: p.externalId,
        period: p.period,
        measure: 'nope',
        value: 1,
        reason: 'x',
        requestedBy: 'A',
      }),
    );
    expect(badMeasure.message).toMatch(/no stored measure "nope"/);
  });

  it('stops applying a correction on its expiry date', async () => {
    const p = await aPartner();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-10T12:00:00Z'));
    const c = await demo.api('disputes.requestCorrection', {
      partner: p.externalId,
      period: p.period,
      measure: 'revenue',
      value: p.revenue * 4 + 80_000,
      reason: 'Provisional until the audit',
      requestedBy: 'Ana',
      expiresOn: '2030-02-01',
    });
    await demo.api('disputes.approveCorrection', { id: c.id, approver: 'Ben' });
    expect(await compositeOf(p.externalId)).toBeGreaterThan(p.composite);
    vi.setSystemTime(new Date('2030-02-01T00:00:01Z'));
    expect(await compositeOf(p.externalId)).toBe(p.composite);
    const [item] = await demo.api('disputes.corrections', { partner: p.externalId });
    expect(item).toMatchObject({ status: 'approved', active: false });
    const late = await failure(
      demo.api('disputes.requestCorrection', {
        partner: p.externalId,
        period: p.period,
        measure: 'revenue',
        value: 1,
        reason: 'x',
        requestedBy: 'Ana',
        expiresOn: '2030-01-01',
      }),
    );
    expect(late.message).toMatch(/has passed/);
  });
});
