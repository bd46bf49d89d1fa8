/**
 * Disputes: a partner disputes a KPI figure or its tier for a period. Open → under review →
 * resolved (upheld or rejected); the time from opening to resolution is the waiting time.
 */
import type {
  CorrectionItem,
  DisputeFilter,
  DisputeItem,
  DisputeStatusValue,
} from '../../../shared/api/disputes';
import { AppError } from '../../../shared/errors';
import { partnerDetails } from '../export/scorecard/resolve-partner';
import { BUILT_IN_KPI_BY_KEY } from '../kpi/kpi-library';
import type { Workspace } from '../workspace/workspace';
import { auditDisputes } from './audit';
import { listCorrections } from './correction-store';

interface DisputeRow {
  id: number;
  partnerId: number;
  externalId: string;
  name: string;
  region: string | null;
  manager: string | null;
  subject: 'kpi' | 'tier';
  kpiKey: string | null;
  periodKey: string;
  periodLabel: string | null;
  reason: string;
  evidence: string;
  raisedBy: string;
  status: DisputeStatusValue;
  resolution: string;
  openedAt: string;
  reviewStartedAt: string | null;
  resolvedAt: string | null;
}

const SELECT = `SELECT d.id, d.partner_id AS partnerId, p.external_id AS externalId, p.name,
  p.region, p.account_manager AS manager, d.subject, d.kpi_key AS kpiKey, d.period_key AS periodKey,
  (SELECT label FROM periods WHERE key = d.period_key) AS periodLabel,
  d.reason, d.evidence, d.raised_by AS raisedBy, d.status, d.resolution, d.opened_at AS openedAt,
  d.review_started_at AS reviewStartedAt, d.resolved_at AS resolvedAt
  FROM disputes d JOIN partners p ON p.id = d.partner_id`;

export function kpiLabel(key: string | null): string | null {
  return key === null ? null : (BUILT_IN_KPI_BY_KEY.get(key)?.name ?? key);
}

export function isResolved(status: DisputeStatusValue): boolean {
  return status === 'resolved_upheld' || status === 'resolved_rejected';
}

function toItem(row: DisputeRow, corrections: CorrectionItem[], now: number): DisputeItem {
  const end = row.resolvedAt ? Date.parse(row.resolvedAt) : now;
  return {
    id: row.id,
    partner: {
      id: row.partnerId,
      externalId: row.externalId,
      name: row.name,
      region: row.region,
      manager: row.manager,
    },
    subject: row.subject,
    kpiKey: row.kpiKey,
    kpiName: kpiLabel(row.kpiKey),
    periodKey: row.periodKey,
    periodLabel: row.periodLabel ?? row.periodKey,
    reason: row.reason,
    evidence: row.evidence,
    raisedBy: row.raisedBy,
    status: row.status,
    resolution: row.resolution,
    openedAt: row.openedAt,
    reviewStartedAt: row.reviewStartedAt,
    resolvedAt: row.resolvedAt,
    waitingSeconds: Math.max(0, Math.round((end - Date.parse(row.openedAt)) / 1000)),
    corrections: corrections.filter((c) => c.disputeId === row.id),
  };
}

export function listDisputes(
  ws: Workspace,
  filter: { status: DisputeFilter; partner?: string },
  now = Date.now(),
): DisputeItem[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.status === 'open') where.push(`d.status IN ('open', 'under_review')`);
  if (filter.status === 'resolved')
    where.push(`d.status IN ('resolved_upheld', 'resolved_rejected')`);
  if (filter.partner !== undefined) {
    where.push('d.partner_id = ?');
    params.push(partnerDetails(ws.sqlite, filter.partner).id);
  }
  const rows = ws.sqlite
    .prepare(
      `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}
       ORDER BY (d.status IN ('open', 'under_review')) DESC, d.opened_at, d.id`,
    )
    .all(...params) as DisputeRow[];
  if (rows.length === 0) return [];
  const corrections = listCorrections(ws, { status: 'all', disputeIds: rows.map((r) => r.id) });
  return rows.map((r) => toItem(r, corrections, now));
}

export function getDispute(ws: Workspace, id: number): DisputeItem {
  const row = ws.sqlite.prepare(`${SELECT} WHERE d.id = ?`).get(id) as DisputeRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no dispute ${id}.`);
  return toItem(row, listCorrections(ws, { status: 'all', disputeIds: [id] }), Date.now());
}

function requirePeriod(ws: Workspace, key: string): void {
  const hit = ws.sqlite.prepare('SELECT 1 FROM periods WHERE key = ?').get(key);
  if (!hit) {
    throw new AppError('NOT_FOUND', `There is no period ${key} in this workspace.`, {
      period: key,
    });
  }
}

export function openDispute(
  ws: Workspace,
  input: {
    partner: string;
    subject: 'kpi' | 'tier';
    kpi?: string;
    period: string;
    reason: string;
    evidence: string;
    raisedBy: string;
  },
  at = new Date().toISOString(),
): DisputeItem {
  const partner = partnerDetails(ws.sqlite, input.partner);
  requirePeriod(ws, input.period);
  const kpiKey = input.subject === 'kpi' ? (input.kpi ?? null) : null;
  const id = ws.sqlite.transaction(() => {
    const { lastInsertRowid } = ws.sqlite
      .prepare(
        `INSERT INTO disputes (partner_id, subject, kpi_key, period_key, reason, evidence, raised_by,
           status, opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
      )
      .run(
        partner.id,
        input.subject,
        kpiKey,
        input.period,
        input.reason,
        input.evidence,
        input.raisedBy,
        at,
        at,
      );
    const newId = Number(lastInsertRowid);
    const figure = input.subject === 'tier' ? 'tier' : kpiLabel(kpiKey);
    auditDisputes(
      ws.db,
      {
        entity: 'dispute',
        entityId: newId,
        action: 'dispute.open',
        summary: `${partner.name} disputes ${figure} of ${input.period}`,
        details: {
          partnerId: partner.id,
          subject: input.subject,
          kpi: kpiKey,
          period: input.period,
        },
      },
      at,
    );
    return newId;
  })();
  return getDispute(ws, id);
}

const NEXT: Record<DisputeStatusValue, readonly DisputeStatusValue[]> = {
  open: ['under_review', 'resolved_upheld', 'resolved_rejected'],
  under_review: ['open', 'resolved_upheld', 'resolved_rejected'],
  resolved_upheld: ['under_review'],
  resolved_rejected: ['under_review'],
};

const LABEL: Record<DisputeStatusValue, string> = {
  open: 'open',
  under_review: 'under review',
  resolved_upheld: 'resolved (upheld)',
  resolved_rejected: 'resolved (rejected)',
};

export function disputeStatusLabel(status: DisputeStatusValue): string {
  return LABEL[status];
}

export function setDisputeStatus(
  ws: Workspace,
  input: { id: number; status: DisputeStatusValue; resolution: string },
  at = new Date().toISOString(),
): DisputeItem {
  const current = getDispute(ws, input.id);
  if (current.status === input.status) return current;
  if (!NEXT[current.status].includes(input.status)) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Dispute ${input.id} is ${LABEL[current.status]}; it can move to ${NEXT[current.status].map((s) => LABEL[s]).join(', ')}, not to ${LABEL[input.status]}.`,
    );
  }
  if (isResolved(input.status) && input.resolution.trim() === '') {
    throw new AppError(
      'INVALID_ARGUMENT',
      'Say how the dispute was resolved (the resolution text is what the partner is told).',
    );
  }
  ws.sqlite.transaction(() => {
    ws.sqlite
      .prepare(
        `UPDATE disputes SET status = @status, updated_at = @at,
           resolution = CASE WHEN @resolution = '' THEN resolution ELSE @resolution END,
           review_started_at = CASE WHEN @status = 'under_review' AND review_started_at IS NULL THEN @at ELSE review_started_at END,
           resolved_at = CASE WHEN @status IN ('resolved_upheld', 'resolved_rejected') THEN @at ELSE NULL END
         WHERE id = @id`,
      )
      .run({ id: input.id, status: input.status, resolution: input.resolution, at });
    auditDisputes(
      ws.db,
      {
        entity: 'dispute',
        entityId: input.id,
        action: `dispute.${input.status}`,
        summary: `Dispute ${input.id} (${current.partner.name}) is now ${LABEL[input.status]}`,
        details: {
          partnerId: current.partner.id,
          from: current.status,
          to: input.status,
          resolution: input.resolution,
        },
      },
      at,
    );
  })();
  return getDispute(ws, input.id);
}
