/**
 * Escalation of open actions along the path owner → the partner's manager → the program lead:
 * an overdue action goes to the manager after `managerAfterDays` days overdue and to the program
 * lead after `programLeadAfterDays`; a critical action (its partner has an open high-severity
 * alert) goes to the manager at once. Reaching the manager or the program lead raises an alert
 * in the alerts inbox, once per action and step.
 */
import {
  DEFAULT_ESCALATION,
  escalationSettingsSchema,
  type Escalation,
  type EscalationLevel,
  type EscalationSettings,
} from '../../../shared/api/reviews';
import type { AlertDraft } from '../alerts/detect-alerts';
import { insertAlerts } from '../alerts/alert-store';
import type { Workspace } from '../workspace/workspace';

const SETTING = 'escalation';
const DAY = 86_400_000;

export function escalationSettings(ws: Workspace): EscalationSettings {
  const parsed = escalationSettingsSchema.safeParse({
    ...DEFAULT_ESCALATION,
    ...ws.getSetting<Partial<EscalationSettings>>(SETTING, {}),
  });
  return parsed.success ? parsed.data : DEFAULT_ESCALATION;
}

export function saveEscalationSettings(ws: Workspace, s: EscalationSettings): EscalationSettings {
  ws.setSetting(SETTING, s);
  return escalationSettings(ws);
}

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** The step an action has reached, or null when it neither is overdue nor critical. */
export function escalationLevel(
  s: EscalationSettings,
  daysOverdue: number,
  critical: boolean,
): EscalationLevel | null {
  if (daysOverdue > 0 && daysOverdue >= s.programLeadAfterDays) return 'program_lead';
  if (daysOverdue > 0 && daysOverdue >= s.managerAfterDays) return 'manager';
  if (critical && s.criticalToManager) return 'manager';
  if (daysOverdue > 0) return 'owner';
  return null;
}

interface ActionRow {
  id: number;
  title: string;
  partnerId: number;
  externalId: string;
  partnerName: string;
  owner: string;
  manager: string | null;
  dueDate: string | null;
  periodKey: string | null;
  critical: number;
}

export function currentEscalations(ws: Workspace, asOf: string): Escalation[] {
  const s = escalationSettings(ws);
  const rows = ws.sqlite
    .prepare(
      `SELECT a.id, a.title, a.partner_id AS partnerId, p.external_id AS externalId,
              p.name AS partnerName, a.owner, p.account_manager AS manager, a.due_date AS dueDate,
              a.period_key AS periodKey,
              EXISTS (SELECT 1 FROM alerts x WHERE x.partner_id = a.partner_id AND x.done_at IS NULL
                        AND x.severity = 'high' AND x.kind <> 'escalation') AS critical
         FROM qbr_actions a JOIN partners p ON p.id = a.partner_id
        WHERE a.status <> 'done'
        ORDER BY a.due_date IS NULL, a.due_date, a.id`,
    )
    .all() as ActionRow[];
  const out: Escalation[] = [];
  for (const r of rows) {
    const daysOverdue = r.dueDate && r.dueDate < asOf ? days(r.dueDate, asOf) : 0;
    const critical = r.critical === 1;
    const level = escalationLevel(s, daysOverdue, critical);
    if (!level) continue;
    const escalatedTo =
      level === 'owner'
        ? r.owner || 'the owner (none named)'
        : level === 'manager'
          ? r.manager || 'the partner’s manager (none recorded)'
          : s.programLead || 'the program lead';
    const why = [
      daysOverdue > 0
        ? `${daysOverdue} day${daysOverdue === 1 ? '' : 's'} overdue (due ${r.dueDate})`
        : '',
      critical ? 'the partner has an open high-severity alert' : '',
    ]
      .filter(Boolean)
      .join('; ');
    out.push({
      actionId: r.id,
      title: r.title,
      partnerId: r.partnerId,
      externalId: r.externalId,
      partnerName: r.partnerName,
      owner: r.owner,
      manager: r.manager,
      dueDate: r.dueDate,
      daysOverdue,
      critical,
      level,
      escalatedTo,
      reason: why,
    });
  }
  return out;
}

/** Raises one alert per action and step reached beyond the owner; returns how many are new. */
export function raiseEscalationAlerts(
  ws: Workspace,
  escalations: readonly Escalation[],
  fallbackPeriod: string,
): number {
  const periodOf = ws.sqlite.prepare('SELECT period_key AS k FROM qbr_actions WHERE id = ?');
  const drafts: AlertDraft[] = escalations
    .filter((e) => e.level !== 'owner')
    .map((e) => {
      const period =
        (periodOf.get(e.actionId) as { k: string | null } | undefined)?.k ?? fallbackPeriod;
      const step = e.level === 'manager' ? 'the manager' : 'the program lead';
      return {
        kind: 'escalation',
        code: e.level,
        partnerId: e.partnerId,
        periodKey: period,
        previousPeriodKey: period,
        severity: e.level === 'program_lead' ? 'high' : 'medium',
        title: `Action escalated to ${step} (${e.escalatedTo}): ${e.title}`,
        message: `“${e.title}” for ${e.partnerName}, owner ${e.owner || 'not named'}: ${e.reason}.`,
        dedupeKey: `escalation|action:${e.actionId}|${e.level}`,
      };
    });
  return insertAlerts(ws, drafts);
}
