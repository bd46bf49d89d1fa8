/**
 * Saved plans: the inputs (period, scope, rules, budget, hand-set amounts), the proposal they
 * gave and each partner's allocation, written in one transaction. Re-saving a plan recomputes it
 * and refuses to cut an allocation below what its partner has already claimed.
 */
import type {
  MdfComparison,
  MdfPlan,
  MdfPlanSummary,
  MdfProposalArgs,
} from '../../../shared/api/mdf';
import { AppError } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';
import { formatCents } from './money';
import { proposeAllocation } from './propose';

export interface SavePlanArgs extends MdfProposalArgs {
  id?: number;
  name: string;
  note: string;
  expiresOn?: string;
}

interface PlanRow {
  id: number;
  name: string;
  note: string;
  period_key: string;
  scope_json: string;
  rules_json: string;
  budget_cents: number;
  locks_json: string;
  allocated_cents: number;
  proposal_json: string;
  expires_on: string;
  created_at: string;
  updated_at: string;
}

function summary(r: PlanRow, partners: number): MdfPlanSummary {
  return {
    id: r.id,
    name: r.name,
    period: r.period_key,
    scope: JSON.parse(r.scope_json) as MdfPlanSummary['scope'],
    budgetCents: r.budget_cents,
    allocatedCents: r.allocated_cents,
    partners,
    expiresOn: r.expires_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function periodEnd(ws: Workspace, key: string): string {
  const row = ws.sqlite
    .prepare('SELECT end_date AS endDate FROM periods WHERE key = ?')
    .get(key) as { endDate: string } | undefined;
  return row?.endDate ?? new Date().toISOString().slice(0, 10);
}

export function savePlan(ws: Workspace, args: SavePlanArgs, now = new Date()): MdfPlan {
  const proposal = proposeAllocation(ws, args);
  const expiresOn = args.expiresOn ?? addDays(periodEnd(ws, proposal.period.key), 90);
  const stamp = now.toISOString();
  const db = ws.sqlite;
  const clash = db
    .prepare('SELECT id FROM mdf_plans WHERE name = ? AND id IS NOT ?')
    .get(args.name, args.id ?? null) as { id: number } | undefined;
  if (clash) {
    throw new AppError(
      'ALREADY_EXISTS',
      `A plan named "${args.name}" exists; choose another name.`,
      {
        id: clash.id,
      },
    );
  }
  const id = db.transaction(() => {
    let planId = args.id;
    const values = [
      args.name,
      args.note,
      proposal.period.key,
      JSON.stringify(proposal.scope),
      JSON.stringify(proposal.rules),
      proposal.budgetCents,
      JSON.stringify(args.locks),
      proposal.allocatedCents,
      JSON.stringify(proposal),
      expiresOn,
    ];
    if (planId === undefined) {
      planId = Number(
        db
          .prepare(
            `INSERT INTO mdf_plans (name, note, period_key, scope_json, rules_json, budget_cents,
               locks_json, allocated_cents, proposal_json, expires_on, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(...values, stamp, stamp).lastInsertRowid,
      );
    } else {
      const changed = db
        .prepare(
          `UPDATE mdf_plans SET name = ?, note = ?, period_key = ?, scope_json = ?, rules_json = ?,
             budget_cents = ?, locks_json = ?, allocated_cents = ?, proposal_json = ?,
             expires_on = ?, updated_at = ? WHERE id = ?`,
        )
        .run(...values, stamp, planId).changes;
      if (changed === 0) throw new AppError('NOT_FOUND', `No MDF plan ${planId}.`);
      db.prepare('DELETE FROM mdf_allocations WHERE plan_id = ?').run(planId);
    }
    const insert = db.prepare(
      'INSERT INTO mdf_allocations (plan_id, partner_id, amount_cents, locked, criterion) VALUES (?, ?, ?, ?, ?)',
    );
    for (const r of proposal.rows) {
      if (r.eligible) insert.run(planId, r.partnerId, r.amountCents, r.locked ? 1 : 0, r.criterion);
    }
    const over = db
      .prepare(
        `SELECT p.external_id AS externalId, SUM(c.amount_cents) AS claimed,
                COALESCE(a.amount_cents, 0) AS allocated
           FROM mdf_claims c JOIN partners p ON p.id = c.partner_id
           LEFT JOIN mdf_allocations a ON a.plan_id = c.plan_id AND a.partner_id = c.partner_id
          WHERE c.plan_id = ? AND c.status <> 'rejected'
          GROUP BY c.partner_id HAVING claimed > allocated`,
      )
      .all(planId) as { externalId: string; claimed: number; allocated: number }[];
    if (over.length) {
      const o = over[0]!;
      throw new AppError(
        'INVALID_ARGUMENT',
        `${o.externalId} has claims of ${formatCents(o.claimed)} but would be allocated ${formatCents(o.allocated)}${over.length > 1 ? ` (and ${over.length - 1} more partners)` : ''}; lock its amount or reject claims first.`,
        { partners: over.map((x) => x.externalId) },
      );
    }
    return planId;
  })();
  return getPlan(ws, id);
}

function partnersOf(ws: Workspace, planId: number): number {
  return (
    ws.sqlite
      .prepare('SELECT COUNT(*) AS n FROM mdf_allocations WHERE plan_id = ? AND amount_cents > 0')
      .get(planId) as { n: number }
  ).n;
}

export function listPlans(ws: Workspace): MdfPlanSummary[] {
  const rows = ws.sqlite
    .prepare('SELECT * FROM mdf_plans ORDER BY period_key DESC, updated_at DESC, id DESC')
    .all() as PlanRow[];
  return rows.map((r) => summary(r, partnersOf(ws, r.id)));
}

export function getPlan(ws: Workspace, id: number): MdfPlan {
  const r = ws.sqlite.prepare('SELECT * FROM mdf_plans WHERE id = ?').get(id) as
    PlanRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', `No MDF plan ${id}.`);
  return { ...summary(r, partnersOf(ws, id)), note: r.note, proposal: JSON.parse(r.proposal_json) };
}

export function planByName(ws: Workspace, name: string): MdfPlanSummary | null {
  const r = ws.sqlite.prepare('SELECT * FROM mdf_plans WHERE name = ?').get(name) as
    PlanRow | undefined;
  return r ? summary(r, partnersOf(ws, r.id)) : null;
}

export function deletePlan(ws: Workspace, id: number): { deleted: boolean } {
  const claims = (
    ws.sqlite.prepare('SELECT COUNT(*) AS n FROM mdf_claims WHERE plan_id = ?').get(id) as {
      n: number;
    }
  ).n;
  if (claims > 0) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `The plan has ${claims} claims; a plan with claims is kept for the record.`,
    );
  }
  return { deleted: ws.sqlite.prepare('DELETE FROM mdf_plans WHERE id = ?').run(id).changes > 0 };
}

export function comparePlans(ws: Workspace, ids: number[]): MdfComparison {
  const plans = ids.map((id) => getPlan(ws, id));
  const byPartner = new Map<number, MdfComparison['rows'][number]>();
  plans.forEach((plan, k) => {
    for (const r of plan.proposal.rows) {
      if (!r.eligible) continue;
      let row = byPartner.get(r.partnerId);
      if (!row) {
        row = {
          partnerId: r.partnerId,
          externalId: r.externalId,
          name: r.name,
          tier: r.tier,
          amounts: plans.map(() => null),
        };
        byPartner.set(r.partnerId, row);
      }
      row.amounts[k] = r.amountCents;
    }
  });
  const rows = [...byPartner.values()].sort(
    (a, b) =>
      Math.max(...b.amounts.map((x) => x ?? 0)) - Math.max(...a.amounts.map((x) => x ?? 0)) ||
      a.name.localeCompare(b.name),
  );
  return {
    plans: plans.map(({ proposal: _p, note: _n, ...s }) => s),
    rows,
    totals: plans.map((p) => p.allocatedCents),
  };
}
