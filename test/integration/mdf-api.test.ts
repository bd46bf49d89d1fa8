/**
 * Investment planning through the dispatcher on a seeded demo workspace: proposals that add up
 * to the cent under the rules, hand edits that keep the total, saved plans compared, claims
 * through their life cycle and from CSV, utilisation and expiry flags, the return per fund dollar,
 * the MDF measures written as an undoable import, and the plan exported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mdfProposalInputSchema, type MdfPlan, type MdfProposal } from '../../src/shared/api/mdf';
import { mdfHandlers } from '../../src/main/core/api/mdf-handlers';
import { undoImport } from '../../src/main/core/import/commit/undo';
import { syncKpis } from '../../src/main/core/mdf/kpi-sync';
import { scoringService } from '../../src/main/core/scoring/service/scoring-service';
import { openDemoApi, rejects, type DemoApi } from '../helpers/demo-api';
import { tempDir } from '../helpers/temp';

let demo: DemoApi;
const api: DemoApi['api'] = (name, args) => demo.api(name, args);
const temp = tempDir();

beforeAll(() => {
  demo = openDemoApi({ partners: 150, quarters: 8, seed: 7 });
});
afterAll(() => {
  demo.close();
  temp.cleanup();
});

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const eligible = (p: MdfProposal) => p.rows.filter((r) => r.eligible);

describe('mdf.propose', () => {
  it('hands out the budget minus the reserve to the cent, explained per partner', async () => {
    const p = await api('mdf.propose', { budgetCents: 50_000_012, period: '2026-Q1' });
    expect(p.reserveCents).toBe(Math.round(50_000_012 * 0.1));
    expect(sum(p.rows.map((r) => r.amountCents))).toBe(50_000_012 - p.reserveCents);
    expect(p.allocatedCents + p.reserveCents).toBe(p.budgetCents);
    expect(p.eligibleCount).toBeGreaterThan(10);
    for (const r of p.rows) {
      if (!r.eligible) {
        expect(r.amountCents).toBe(0);
        expect(r.ineligibleReason).toBeTruthy();
      } else {
        expect(r.explanation).toMatch(/^\d+\.\d % of budget.*: score \d+/);
        expect(r.explanation).toContain(r.tier!);
      }
    }
    // The entry tier is not eligible by default.
    expect(p.rows.some((r) => r.tier === 'Registered' && r.eligible)).toBe(false);
    // Co-funding 50 %: the partner puts in as much as it receives.
    for (const r of p.rows) expect(r.partnerCoFundingCents).toBe(r.amountCents);
    // A larger criterion never gets less.
    const e = eligible(p).sort((a, b) => a.criterion - b.criterion);
    for (let i = 1; i < e.length; i++)
      expect(e[i]!.amountCents).toBeGreaterThanOrEqual(e[i - 1]!.amountCents - 1);
  });

  it('binds the minimum and maximum, and the tier eligibility', async () => {
    const tiers = { eligibleTiers: ['Gold', 'Platinum'] };
    const free = await api('mdf.propose', { budgetCents: 30_000_000, rules: tiers });
    const amounts = eligible(free).map((r) => r.amountCents);
    const minCents = Math.ceil((Math.min(...amounts) * 1.5) / 100) * 100;
    const maxCents = Math.floor((Math.max(...amounts) * 0.8) / 100) * 100;
    const p = await api('mdf.propose', {
      budgetCents: 30_000_000,
      rules: { ...tiers, minCents, maxCents },
    });
    const e = eligible(p);
    expect(e.length).toBe(eligible(free).length);
    expect(e.every((r) => r.tier === 'Gold' || r.tier === 'Platinum')).toBe(true);
    expect(p.rows.filter((r) => r.tier === 'Silver').every((r) => r.amountCents === 0)).toBe(true);
    expect(e.every((r) => r.amountCents >= minCents && r.amountCents <= maxCents)).toBe(true);
    expect(e.filter((r) => r.bound === 'max').every((r) => r.amountCents === maxCents)).toBe(true);
    expect(e.some((r) => r.bound === 'max')).toBe(true);
    expect(e.some((r) => r.bound === 'min')).toBe(true);
    expect(e.find((r) => r.bound === 'max')!.explanation).toMatch(/capped at the maximum/);
    expect(sum(e.map((r) => r.amountCents))).toBe(p.allocatableCents);
    await rejects(
      api('mdf.propose', { budgetCents: 100_000, rules: { minCents: 100_000 } }),
      'INVALID_ARGUMENT',
      /eligible partners at the minimum of 1,000\.00 need/,
    );
    await rejects(
      api('mdf.propose', { budgetCents: 100_000, rules: { eligibleTiers: ['Diamond'] } }),
      'INVALID_ARGUMENT',
      /Unknown tier "Diamond"/,
    );
  });

  it('keeps the total when an amount is set by hand', async () => {
    const base = await api('mdf.propose', { budgetCents: 20_000_000 });
    const target = eligible(base)[3]!;
    const edited = await api('mdf.propose', {
      budgetCents: 20_000_000,
      locks: [{ partnerId: target.partnerId, amountCents: target.amountCents + 123_456 }],
    });
    const row = edited.rows.find((r) => r.partnerId === target.partnerId)!;
    expect(row.amountCents).toBe(target.amountCents + 123_456);
    expect(row.bound).toBe('locked');
    expect(edited.allocatedCents).toBe(base.allocatedCents);
    expect(sum(edited.rows.map((r) => r.amountCents))).toBe(base.allocatedCents);
    await rejects(
      api('mdf.propose', {
        budgetCents: 20_000_000,
        rules: { maxCents: 500_000 },
        locks: [{ partnerId: target.partnerId, amountCents: 600_000 }],
      }),
      'INVALID_ARGUMENT',
      /set an amount between 0\.00 and 5,000\.00/,
    );
  });
});

describe('plans, claims, return', () => {
  let planId = 0;
  let other = 0;
  let partner = '';

  it('saves, lists and compares plans', async () => {
    const a = await api('mdf.savePlan', {
      name: 'Q1 MDF',
      period: '2026-Q1',
      budgetCents: 20_000_000,
      expiresOn: '2026-06-30',
    });
    const b = await api('mdf.savePlan', {
      name: 'Q1 MDF capped',
      period: '2026-Q1',
      budgetCents: 20_000_000,
      rules: { maxCents: 250_000 },
    });
    planId = a.id;
    other = b.id;
    expect(a.allocatedCents).toBe(18_000_000);
    expect(b.expiresOn).toBe('2026-06-29');
    const list = await api('mdf.plans', {});
    expect(list.map((p) => p.name)).toEqual(expect.arrayContaining(['Q1 MDF', 'Q1 MDF capped']));
    await rejects(
      api('mdf.savePlan', { name: 'Q1 MDF', budgetCents: 1_000_000 }),
      'ALREADY_EXISTS',
    );
    const cmp = await api('mdf.compare', { ids: [a.id, b.id] });
    expect(cmp.totals).toEqual([a.allocatedCents, b.allocatedCents]);
    expect(sum(cmp.rows.map((r) => r.amounts[1] ?? 0))).toBe(b.allocatedCents);
    expect(cmp.rows.some((r) => r.amounts[0] !== r.amounts[1])).toBe(true);
    partner = eligible(a.proposal)[0]!.externalId;
  });

  it('moves claims through their life cycle and refuses what does not fit', async () => {
    const plan = await api('mdf.plan', { id: planId });
    const alloc = plan.proposal.rows.find((r) => r.externalId === partner)!.amountCents;
    const c = await api('mdf.addClaim', {
      planId,
      partner,
      reference: 'CL-1',
      activity: 'Webinar series',
      amountCents: Math.floor(alloc / 2),
      on: '2026-04-10',
    });
    expect(c.status).toBe('planned');
    await rejects(
      api('mdf.moveClaim', { id: c.id, to: 'claimed' }),
      'INVALID_ARGUMENT',
      /proof reference/,
    );
    await rejects(
      api('mdf.moveClaim', { id: c.id, to: 'paid' }),
      'INVALID_ARGUMENT',
      /can move to claimed, not to paid/,
    );
    await api('mdf.moveClaim', { id: c.id, to: 'claimed', proofRef: 'INV-77', on: '2026-04-20' });
    await api('mdf.moveClaim', {
      id: c.id,
      to: 'approved',
      on: '2026-04-25',
      revenueAttributedCents: 2_000_000,
      pipelineSourcedCents: 5_000_000,
    });
    const paid = await api('mdf.moveClaim', { id: c.id, to: 'paid', on: '2026-05-02' });
    expect(paid.history.map((h) => h.status)).toEqual(['planned', 'claimed', 'approved', 'paid']);
    await rejects(api('mdf.moveClaim', { id: c.id, to: 'rejected' }), 'INVALID_ARGUMENT', /final/);
    await rejects(
      api('mdf.addClaim', { planId, partner, reference: 'CL-2', amountCents: alloc }),
      'INVALID_ARGUMENT',
      /more than the .* left of/,
    );
    expect((await api('mdf.claims', { status: 'paid' })).map((x) => x.reference)).toEqual(['CL-1']);
    const own = await api('mdf.partner', { partner });
    expect(own.find((a) => a.planId === planId)).toMatchObject({
      amountCents: alloc,
      usedCents: Math.floor(alloc / 2),
      paidCents: Math.floor(alloc / 2),
      claims: 1,
    });
    await rejects(api('mdf.deletePlan', { id: planId }), 'INVALID_ARGUMENT', /has 1 claims/);
    expect(await api('mdf.deletePlan', { id: other })).toEqual({ deleted: true });
  });

  it('imports claims from CSV, naming file, row and column of a wrong row, writing nothing then', async () => {
    const plan = await api('mdf.plan', { id: planId });
    const [, second, third] = eligible(plan.proposal);
    const bad = [
      'plan,partner,reference,amount,status,proof_ref',
      `Q1 MDF,${second!.externalId},CSV-1,100.00,claimed,INV-1`,
      `Q1 MDF,${third!.externalId},CSV-2,abc,planned,`,
      `Q1 MDF,NOPE,CSV-3,50,planned,`,
      `Q1 MDF,${third!.externalId},CSV-4,10,approved,`,
    ].join('\n');
    const r = await api('mdf.importClaims', { fileName: 'claims.csv', csv: bad });
    expect(r.imported).toBe(0);
    expect(r.errors).toEqual([
      expect.objectContaining({ file: 'claims.csv', row: 3, column: 'amount' }),
      expect.objectContaining({ row: 4, column: 'partner' }),
      expect.objectContaining({ row: 5, column: 'proof_ref' }),
    ]);
    expect((await api('mdf.claims', { planId })).length).toBe(1);
    const noAmount = await api('mdf.importClaims', {
      fileName: 'short.csv',
      csv: '\ufeffPlan,Partner,Reference\nQ1 MDF,P-000001,X-1\n',
    });
    expect(noAmount.errors).toEqual([
      expect.objectContaining({ file: 'short.csv', row: 1, column: 'amount' }),
    ]);
    const good = [
      'Plan;Partner ID;Reference;Amount;Status;Proof ref;Date',
      `Q1 MDF;${second!.externalId};CSV-1;100.00;claimed;INV-1;2026-04-02`,
      `Q1 MDF;${third!.externalId};CSV-2;"1,000.50";approved;INV-2;2026-04-03`,
    ].join('\r\n');
    const ok = await api('mdf.importClaims', { fileName: 'claims.csv', csv: good });
    expect(ok).toMatchObject({ imported: 2, errors: [] });
    const claims = await api('mdf.claims', { planId });
    expect(claims.find((c) => c.reference === 'CSV-2')!.amountCents).toBe(100_050);
  });

  it('reports utilisation and flags unused allocations before they expire', async () => {
    const u = await api('mdf.utilisation', { planId, asOf: '2026-06-10', warnDays: 30 });
    const top = u.byPartner.find((r) => r.key === partner)!;
    expect(top.paidCents).toBeGreaterThan(0);
    expect(top.utilisation).toBeCloseTo(top.paidCents / top.allocatedCents, 10);
    expect(sum(u.byRegion.map((r) => r.allocatedCents))).toBe(18_000_000);
    expect(u.byPeriod.map((r) => r.key)).toEqual(['2026-Q1']);
    expect(u.unused.length).toBeGreaterThan(0);
    expect(u.unused[0]!.daysLeft).toBe(20);
    expect(u.unused[0]!.message).toMatch(/closes for claims on 2026-06-30 \(in 20 days\)/);
    expect(
      (await api('mdf.utilisation', { planId, asOf: '2026-04-01', warnDays: 30 })).unused,
    ).toEqual([]);
  });

  it('measures the return per fund dollar against similar partners, labelled observational', async () => {
    const r = await api('mdf.return', { planId, followingPeriods: 2 });
    expect(r.followingPeriods).toEqual(['2026-Q2', '2026-Q3']);
    const funded = r.rows.reduce((s, x) => s + x.fundedCents, 0);
    expect(r.fundedCents).toBe(funded);
    expect(r.roi).toBeCloseTo(r.revenueAttributed / (funded / 100), 8);
    expect(r.revenuePerDollar).toBeCloseTo(r.revenueAfter / (funded / 100), 8);
    expect(r.comparison.note).toMatch(/^Observational/);
  });

  it('keeps the engine’s dataset across plan writes, and reloads it after the MDF measures change', () => {
    // Called synchronously (no timer of the app can write in between).
    const service = scoringService(demo.ws);
    const before = service.load().dataset;
    const save = mdfHandlers['mdf.savePlan'] as (a: unknown, c: typeof demo.ctx) => MdfPlan;
    const saved = save(
      { ...mdfProposalInputSchema.parse({ budgetCents: 1_000_000 }), name: 'No reload', note: '' },
      demo.ctx,
    );
    expect(service.load().dataset).toBe(before);
    (mdfHandlers['mdf.deletePlan'] as (a: unknown, c: typeof demo.ctx) => unknown)(
      { id: saved.id },
      demo.ctx,
    );
    expect(service.load().dataset).toBe(before);
    const s = syncKpis(demo.ws, planId);
    expect(service.load().dataset).not.toBe(before);
    undoImport(demo.ws, s.importId);
  });

  it('feeds the MDF measures as an undoable import', async () => {
    const read = () =>
      demo.ws.sqlite
        .prepare(
          `SELECT v.value FROM measure_values v JOIN partners p ON p.id = v.partner_id
             JOIN periods t ON t.id = v.period_id JOIN measures m ON m.id = v.measure_id
            WHERE p.external_id = ? AND t.key = '2026-Q1' AND m.key = ?`,
        )
        .get(partner, 'mdf_claimed') as { value: number } | undefined;
    const before = read();
    const s = await api('mdf.syncKpis', { planId });
    expect(s.values).toBeGreaterThan(0);
    const claims = await api('mdf.claims', { planId, partner });
    const approvedOrPaid = claims.filter((c) => c.status === 'approved' || c.status === 'paid');
    expect(read()!.value).toBeCloseTo(sum(approvedOrPaid.map((c) => c.amountCents)) / 100, 6);
    await api('import.undo', { importId: s.importId });
    expect(read()).toEqual(before);
  });

  it('exports the plan as CSV and XLSX whose amounts add up to the allocation', async () => {
    const csvPath = join(temp.dir, 'plan.csv');
    const xlsxPath = join(temp.dir, 'plan.xlsx');
    await api('mdf.exportPlan', { planId, format: 'csv', outFile: csvPath });
    const lines = readFileSync(csvPath, 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^Partner ID,Partner,Region,Type,Tier,Eligible,Amount,/);
    await api('mdf.exportPlan', { planId, format: 'xlsx', outFile: xlsxPath });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxPath);
    const sheet = wb.getWorksheet('Allocation')!;
    let total = 0;
    sheet.eachRow((row, n) => {
      const v = row.getCell(7).value;
      if (n > 1 && row.getCell(1).value !== 'Total' && typeof v === 'number')
        total += Math.round(v * 100);
    });
    expect(total).toBe(18_000_000);
    expect(wb.getWorksheet('Plan')!.getCell('B5').value).toBe(200_000);
  });
});
