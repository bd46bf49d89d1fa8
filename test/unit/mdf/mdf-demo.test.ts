/** The MDF demo: seeded plans and claims that add up, the same twice, with a visible return. */
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src/main/core/demo/generate-demo';
import { generateMdfDemo } from '../../../src/main/core/demo/mdf-demo';
import { planReturn } from '../../../src/main/core/mdf/mdf-return';
import { listPlans } from '../../../src/main/core/mdf/plan-store';
import { Workspace } from '../../../src/main/core/workspace/workspace';

function build() {
  const ws = Workspace.open(':memory:');
  generateDemo(ws, { partners: 200, quarters: 8, seed: 11 });
  const summary = generateMdfDemo(ws, 11);
  const dump = ws.sqlite
    .prepare(
      `SELECT c.reference, c.plan_id, c.partner_id, c.amount_cents, c.status, c.revenue_attributed_cents, a.amount_cents AS allocated
         FROM mdf_claims c JOIN mdf_allocations a ON a.plan_id = c.plan_id AND a.partner_id = c.partner_id
        ORDER BY c.reference`,
    )
    .all() as {
    plan_id: number;
    reference: string;
    partner_id: number;
    amount_cents: number;
    status: string;
    allocated: number;
  }[];
  return { ws, summary, dump };
}

describe('MDF demo', () => {
  it('writes four plans with claims, deterministically, within each allocation', () => {
    const a = build();
    const b = build();
    try {
      expect(a.summary.plans).toBe(4);
      expect(a.summary.claims).toBeGreaterThan(50);
      expect(a.dump).toEqual(b.dump);
      const plans = listPlans(a.ws);
      expect(plans.map((p) => p.period).sort()).toEqual([
        '2025-Q4',
        '2026-Q1',
        '2026-Q2',
        '2026-Q3',
      ]);
      for (const p of plans)
        expect(p.allocatedCents).toBe(p.budgetCents - Math.round(p.budgetCents * 0.1));
      const held = new Map<string, number>();
      for (const c of a.dump) {
        if (c.status === 'rejected') continue;
        const key = `${c.plan_id}|${c.partner_id}`;
        held.set(key, (held.get(key) ?? 0) + c.amount_cents);
        expect(held.get(key)!).toBeLessThanOrEqual(c.allocated);
      }
      const statuses = new Set(a.dump.map((c) => c.status));
      expect([...statuses].sort()).toEqual(['approved', 'claimed', 'paid', 'planned', 'rejected']);
      // An older plan has a return to show: following periods, funds, revenue per dollar.
      const old = plans.find((p) => p.period === '2026-Q1')!;
      const r = planReturn(a.ws, old.id, 2);
      expect(r.followingPeriods).toEqual(['2026-Q2', '2026-Q3']);
      expect(r.fundedCents).toBeGreaterThan(0);
      expect(r.roi).toBeGreaterThan(1);
      expect(r.revenuePerDollar).toBeGreaterThan(1);
    } finally {
      a.ws.close();
      b.ws.close();
    }
  });
});
