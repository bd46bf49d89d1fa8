/**
 * Corrections: an override of one stored value (partner × period × measure) with a reason and a
 * requester, applied only once another person approved it (four eyes, checked here, whatever the
 * transport), until its optional expiry date. Approving recomputes the partner's score and keeps
 * the composite and tier before and after on the correction.
 */
import type { CorrectionItem } from '../../../shared/api/disputes';
import { AppError } from '../../../shared/errors';
import { partnerDetails } from '../export/scorecard/resolve-partner';
import { bumpDataRevision } from '../workspace/data-revision';
import type { Workspace } from '../workspace/workspace';
import { auditDisputes } from './audit';
import { partnerScore } from './partner-score';
import { todayIso } from './today';

interface CorrectionRow {
  id: number;
  disputeId: number | null;
  partnerId: number;
  externalId: string;
  partnerName: string;
  periodKey: string;
  measure: string;
  measureName: string;
  unit: string;
  originalValue: number | null;
  value: number;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  status: 'pending' | 'approved' | 'rejected';
  approvedBy: string | null;
  decidedAt: string | null;
  expiresOn: string | null;
  methodologyLabel: string | null;
  scoreBefore: number | null;
  scoreAfter: number | null;
  tierBefore: string | null;
  tierAfter: string | null;
}

const SELECT = `SELECT c.id, c.dispute_id AS disputeId, c.partner_id AS partnerId,
  pa.external_id AS externalId, pa.name AS partnerName, pe.key AS periodKey, m.key AS measure,
  m.name AS measureName, m.unit, c.original_value AS originalValue, c.value, c.reason,
  c.requested_by AS requestedBy, c.requested_at AS requestedAt, c.status, c.approved_by AS approvedBy,
  c.decided_at AS decidedAt, c.expires_on AS expiresOn, c.methodology_label AS methodologyLabel,
  c.score_before AS scoreBefore, c.score_after AS scoreAfter, c.tier_before AS tierBefore,
  c.tier_after AS tierAfter
  FROM corrections c JOIN partners pa ON pa.id = c.partner_id JOIN periods pe ON pe.id = c.period_id
  JOIN measures m ON m.id = c.measure_id`;

function toItem(r: CorrectionRow, today: string): CorrectionItem {
  const { partnerId, externalId, partnerName, ...rest } = r;
  return {
    ...rest,
    partner: { id: partnerId, externalId, name: partnerName },
    active: r.status === 'approved' && (r.expiresOn === null || r.expiresOn > today),
  };
}

export function listCorrections(
  ws: Workspace,
  filter: {
    status: 'pending' | 'approved' | 'rejected' | 'all';
    partner?: string;
    disputeIds?: number[];
  },
  today = todayIso(),
): CorrectionItem[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.status !== 'all') {
    where.push('c.status = ?');
    params.push(filter.status);
  }
  if (filter.partner !== undefined) {
    where.push('c.partner_id = ?');
    params.push(partnerDetails(ws.sqlite, filter.partner).id);
  }
  if (filter.disputeIds) {
    where.push(`c.dispute_id IN (${filter.disputeIds.map(() => '?').join(',') || 'NULL'})`);
    params.push(...filter.disputeIds);
  }
  const rows = ws.sqlite
    .prepare(`${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY c.id DESC`)
    .all(...params) as CorrectionRow[];
  return rows.map((r) => toItem(r, today));
}

export function getCorrection(ws: Workspace, id: number, today = todayIso()): CorrectionItem {
  const row = ws.sqlite.prepare(`${SELECT} WHERE c.id = ?`).get(id) as CorrectionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no correction ${id}.`);
  return toItem(row, today);
}

/** Names compare without case, accents' case or extra spaces: "ana  ruiz" is "Ana Ruiz". */
export function samePerson(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(a) === norm(b);
}

export function requestCorrection(
  ws: Workspace,
  input: {
    disputeId?: number;
    partner: string;
    period: string;
    measure: string;
    value: number;
    reason: string;
    requestedBy: string;
    expiresOn?: string;
  },
  at = new Date().toISOString(),
): CorrectionItem {
  const partner = partnerDetails(ws.sqlite, input.partner);
  const period = ws.sqlite.prepare('SELECT id FROM periods WHERE key = ?').get(input.period) as
    { id: number } | undefined;
  if (!period)
    throw new AppError('NOT_FOUND', `There is no period ${input.period} in this workspace.`);
  const measure = ws.sqlite
    .prepare('SELECT id, name FROM measures WHERE key = ?')
    .get(input.measure) as { id: number; name: string } | undefined;
  if (!measure) {
    throw new AppError(
      'NOT_FOUND',
      `There is no stored measure "${input.measure}" in this workspace; a correction overrides a stored value.`,
    );
  }
  if (input.disputeId !== undefined) {
    const d = ws.sqlite
      .prepare('SELECT partner_id AS partnerId FROM disputes WHERE id = ?')
      .get(input.disputeId) as { partnerId: number } | undefined;
    if (!d) throw new AppError('NOT_FOUND', `There is no dispute ${input.disputeId}.`);
    if (d.partnerId !== partner.id) {
      throw new AppError(
        'INVALID_ARGUMENT',
        `Dispute ${input.disputeId} is another partner's; a correction for it must concern the same partner.`,
      );
    }
  }
  if (input.expiresOn !== undefined && input.expiresOn <= todayIso(new Date(at))) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `The expiry date ${input.expiresOn} has passed; give a later date or none.`,
    );
  }
  const stored = ws.sqlite
    .prepare(
      'SELECT value FROM measure_values WHERE partner_id = ? AND period_id = ? AND measure_id = ?',
    )
    .get(partner.id, period.id, measure.id) as { value: number } | undefined;
  const id = ws.sqlite.transaction(() => {
    const { lastInsertRowid } = ws.sqlite
      .prepare(
        `INSERT INTO corrections (dispute_id, partner_id, period_id, measure_id, original_value, value,
           reason, requested_by, requested_at, status, expires_on)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
      )
      .run(
        input.disputeId ?? null,
        partner.id,
        period.id,
        measure.id,
        stored?.value ?? null,
        input.value,
        input.reason,
        input.requestedBy,
        at,
        input.expiresOn ?? null,
      );
    const newId = Number(lastInsertRowid);
    auditDisputes(
      ws.db,
      {
        entity: 'correction',
        entityId: newId,
        action: 'correction.request',
        summary: `${input.requestedBy} asks to correct ${measure.name} of ${partner.name} for ${input.period}: ${stored?.value ?? 'none'} → ${input.value}`,
        details: {
          partnerId: partner.id,
          period: input.period,
          measure: input.measure,
          from: stored?.value ?? null,
          to: input.value,
          reason: input.reason,
          disputeId: input.disputeId ?? null,
          expiresOn: input.expiresOn ?? null,
        },
      },
      at,
    );
    return newId;
  })();
  return getCorrection(ws, id);
}

function requirePending(c: CorrectionItem, approver: string): void {
  if (c.status !== 'pending') {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Correction ${c.id} was already ${c.status}${c.approvedBy ? ` by ${c.approvedBy}` : ''}.`,
    );
  }
  if (samePerson(c.requestedBy, approver)) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `${approver} requested correction ${c.id} and cannot also decide it: another person must approve or reject it.`,
      { requestedBy: c.requestedBy },
    );
  }
}

export function approveCorrection(
  ws: Workspace,
  input: { id: number; approver: string },
  at = new Date().toISOString(),
): CorrectionItem {
  const c = getCorrection(ws, input.id);
  requirePending(c, input.approver);
  if (c.expiresOn !== null && c.expiresOn <= todayIso(new Date(at))) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Correction ${c.id} expired on ${c.expiresOn} before it was approved; request it again.`,
    );
  }
  const before = partnerScore(ws, c.partner.id, c.periodKey);
  ws.sqlite.transaction(() => {
    ws.sqlite
      .prepare(
        `UPDATE corrections SET status = 'approved', approved_by = ?, decided_at = ? WHERE id = ?`,
      )
      .run(input.approver, at, c.id);
    // The engine's data changes with the approval: every cache of scored results reloads.
    bumpDataRevision(ws.sqlite);
    auditDisputes(
      ws.db,
      {
        entity: 'correction',
        entityId: c.id,
        action: 'correction.approve',
        summary: `${input.approver} approved the correction of ${c.measureName} of ${c.partner.name} for ${c.periodKey}: ${c.originalValue ?? 'none'} → ${c.value}`,
        details: {
          partnerId: c.partner.id,
          period: c.periodKey,
          measure: c.measure,
          from: c.originalValue,
          to: c.value,
          requestedBy: c.requestedBy,
          approvedBy: input.approver,
        },
      },
      at,
    );
  })();
  // The approval changed the data the engine sees: this scores the corrected value.
  const after = partnerScore(ws, c.partner.id, c.periodKey);
  ws.sqlite
    .prepare(
      `UPDATE corrections SET methodology_label = ?, score_before = ?, score_after = ?,
           tier_before = ?, tier_after = ? WHERE id = ?`,
    )
    .run(
      after?.methodology ?? before?.methodology ?? null,
      before?.composite ?? null,
      after?.composite ?? null,
      before?.tier ?? null,
      after?.tier ?? null,
      c.id,
    );
  return getCorrection(ws, c.id);
}

export function rejectCorrection(
  ws: Workspace,
  input: { id: number; approver: string },
  at = new Date().toISOString(),
): CorrectionItem {
  const c = getCorrection(ws, input.id);
  requirePending(c, input.approver);
  ws.sqlite.transaction(() => {
    ws.sqlite
      .prepare(
        `UPDATE corrections SET status = 'rejected', approved_by = ?, decided_at = ? WHERE id = ?`,
      )
      .run(input.approver, at, c.id);
    auditDisputes(
      ws.db,
      {
        entity: 'correction',
        entityId: c.id,
        action: 'correction.reject',
        summary: `${input.approver} rejected the correction of ${c.measureName} of ${c.partner.name} for ${c.periodKey}`,
        details: { partnerId: c.partner.id, period: c.periodKey, measure: c.measure },
      },
      at,
    );
  })();
  return getCorrection(ws, c.id);
}
