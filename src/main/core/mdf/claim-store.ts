/**
 * Claims against allocations: entered or imported, moved through their life cycle by the state
 * machine (claim-states.ts), each move recorded in the claim's history. A claim must fit what is
 * left of its partner's allocation in the plan (rejected claims hold nothing).
 */
import type { MdfClaim, MdfClaimStatus } from '../../../shared/api/mdf';
import { AppError } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';
import { checkMove, pathTo } from './claim-states';
import { formatCents } from './money';

interface ClaimRow {
  id: number;
  plan_id: number;
  plan_name: string;
  period_key: string;
  partner_id: number;
  external_id: string;
  partner_name: string;
  region: string | null;
  reference: string;
  activity: string;
  amount_cents: number;
  status: MdfClaimStatus;
  proof_ref: string | null;
  pipeline_sourced_cents: number;
  revenue_attributed_cents: number;
  note: string;
  updated_on: string;
  history_json: string;
}

const SELECT = `SELECT c.*, m.name AS plan_name, m.period_key, p.external_id, p.name AS partner_name, p.region
  FROM mdf_claims c JOIN mdf_plans m ON m.id = c.plan_id JOIN partners p ON p.id = c.partner_id`;

function toClaim(r: ClaimRow): MdfClaim {
  return {
    id: r.id,
    planId: r.plan_id,
    planName: r.plan_name,
    period: r.period_key,
    partnerId: r.partner_id,
    externalId: r.external_id,
    partnerName: r.partner_name,
    region: r.region,
    reference: r.reference,
    activity: r.activity,
    amountCents: r.amount_cents,
    status: r.status,
    proofRef: r.proof_ref,
    pipelineSourcedCents: r.pipeline_sourced_cents,
    revenueAttributedCents: r.revenue_attributed_cents,
    note: r.note,
    updatedOn: r.updated_on,
    history: JSON.parse(r.history_json) as MdfClaim['history'],
  };
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function resolvePartnerId(ws: Workspace, ref: string): number {
  const row = ws.sqlite
    .prepare(
      'SELECT id FROM partners WHERE external_id = ? OR name = ? ORDER BY external_id = ? DESC LIMIT 2',
    )
    .all(ref, ref, ref) as { id: number }[];
  if (row.length === 0)
    throw new AppError('NOT_FOUND', `No partner "${ref}" (give its ID or exact name).`);
  return row[0]!.id;
}

export function listClaims(
  ws: Workspace,
  q: { planId?: number; status?: MdfClaimStatus; partner?: string },
): MdfClaim[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (q.planId !== undefined) {
    where.push('c.plan_id = ?');
    params.push(q.planId);
  }
  if (q.status) {
    where.push('c.status = ?');
    params.push(q.status);
  }
  if (q.partner) {
    where.push('c.partner_id = ?');
    params.push(resolvePartnerId(ws, q.partner));
  }
  const rows = ws.sqlite
    .prepare(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.updated_on DESC, c.id DESC`,
    )
    .all(...params) as ClaimRow[];
  return rows.map(toClaim);
}

export function getClaim(ws: Workspace, id: number): MdfClaim {
  const row = ws.sqlite.prepare(`${SELECT} WHERE c.id = ?`).get(id) as ClaimRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No claim ${id}.`);
  return toClaim(row);
}

/** Cents of the partner's allocation in the plan not yet held by a claim (`except` left out). */
export function remainingAllocation(
  ws: Workspace,
  planId: number,
  partnerId: number,
  except?: number,
): { allocated: number; remaining: number } {
  const alloc = ws.sqlite
    .prepare('SELECT amount_cents AS a FROM mdf_allocations WHERE plan_id = ? AND partner_id = ?')
    .get(planId, partnerId) as { a: number } | undefined;
  const held = (
    ws.sqlite
      .prepare(
        `SELECT COALESCE(SUM(amount_cents), 0) AS h FROM mdf_claims
          WHERE plan_id = ? AND partner_id = ? AND status <> 'rejected' AND id IS NOT ?`,
      )
      .get(planId, partnerId, except ?? null) as { h: number }
  ).h;
  const allocated = alloc?.a ?? 0;
  return { allocated, remaining: allocated - held };
}

export interface NewClaim {
  planId: number;
  partner: string;
  reference: string;
  activity: string;
  amountCents: number;
  status: MdfClaimStatus;
  proofRef: string | null;
  note: string;
  pipelineSourcedCents?: number;
  revenueAttributedCents?: number;
  on?: string;
}

/** Checks a new claim; returns the problem as { column, message } or the partner id. */
export function checkNewClaim(
  ws: Workspace,
  c: NewClaim,
  pendingHeld = 0,
): { partnerId: number } | { column: string; message: string } {
  const plan = ws.sqlite.prepare('SELECT id FROM mdf_plans WHERE id = ?').get(c.planId);
  if (!plan) return { column: 'plan', message: `no MDF plan ${c.planId}` };
  let partnerId: number;
  try {
    partnerId = resolvePartnerId(ws, c.partner);
  } catch (e) {
    return { column: 'partner', message: (e as Error).message };
  }
  const dup = ws.sqlite.prepare('SELECT id FROM mdf_claims WHERE reference = ?').get(c.reference);
  if (dup)
    return { column: 'reference', message: `a claim with reference "${c.reference}" exists` };
  if (c.status !== 'planned' && !c.proofRef?.trim())
    return { column: 'proof_ref', message: `a ${c.status} claim needs a proof reference` };
  if (c.status !== 'rejected') {
    const { allocated, remaining } = remainingAllocation(ws, c.planId, partnerId);
    if (allocated === 0)
      return { column: 'partner', message: `${c.partner} has no allocation in this plan` };
    if (c.amountCents > remaining - pendingHeld)
      return {
        column: 'amount',
        message: `${formatCents(c.amountCents)} is more than the ${formatCents(Math.max(0, remaining - pendingHeld))} left of ${c.partner}'s allocation of ${formatCents(allocated)}`,
      };
  }
  return { partnerId };
}

export function insertClaim(ws: Workspace, c: NewClaim, partnerId: number): number {
  const on = c.on ?? today();
  const history = pathTo(c.status).map((status) => ({
    status,
    on,
    note: status === c.status ? c.note : '',
  }));
  return Number(
    ws.sqlite
      .prepare(
        `INSERT INTO mdf_claims (plan_id, partner_id, reference, activity, amount_cents, status,
           proof_ref, pipeline_sourced_cents, revenue_attributed_cents, note, updated_on, history_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        c.planId,
        partnerId,
        c.reference,
        c.activity,
        c.amountCents,
        c.status,
        c.proofRef,
        c.pipelineSourcedCents ?? 0,
        c.revenueAttributedCents ?? 0,
        c.note,
        on,
        JSON.stringify(history),
      ).lastInsertRowid,
  );
}

export function addClaim(ws: Workspace, c: NewClaim): MdfClaim {
  const checked = checkNewClaim(ws, c);
  if ('message' in checked)
    throw new AppError('INVALID_ARGUMENT', `Claim ${c.reference}: ${checked.message}.`, checked);
  return getClaim(ws, insertClaim(ws, c, checked.partnerId));
}

export interface ClaimMoveArgs {
  id: number;
  to: MdfClaimStatus;
  proofRef?: string;
  note: string;
  pipelineSourcedCents?: number;
  revenueAttributedCents?: number;
  on?: string;
}

export function moveClaim(ws: Workspace, m: ClaimMoveArgs): MdfClaim {
  return ws.sqlite.transaction(() => {
    const claim = getClaim(ws, m.id);
    const proofRef = m.proofRef?.trim() || claim.proofRef;
    const problem = checkMove({ from: claim.status, to: m.to, proofRef });
    if (problem) throw new AppError('INVALID_ARGUMENT', `Claim ${claim.reference}: ${problem}`);
    const on = m.on ?? today();
    const history = [...claim.history, { status: m.to, on, note: m.note }];
    ws.sqlite
      .prepare(
        `UPDATE mdf_claims SET status = ?, proof_ref = ?, updated_on = ?, history_json = ?,
           pipeline_sourced_cents = COALESCE(?, pipeline_sourced_cents),
           revenue_attributed_cents = COALESCE(?, revenue_attributed_cents),
           note = CASE WHEN ? <> '' THEN ? ELSE note END
         WHERE id = ?`,
      )
      .run(
        m.to,
        proofRef,
        on,
        JSON.stringify(history),
        m.pipelineSourcedCents ?? null,
        m.revenueAttributedCents ?? null,
        m.note,
        m.note,
        m.id,
      );
    return getClaim(ws, m.id);
  })();
}
