/** The risks and alerts API's answers as rows and columns (for the `risks` command's output). */
import type { AlertInbox } from '../../../shared/api/alerts';
import { RISK_RULES, type RiskReport, type RiskSettings } from '../../../shared/api/risks';
import type { Tabular } from '../benchmark/tabular';

export function flagRows(report: RiskReport): Tabular {
  return {
    columns: [
      'severity',
      'rule',
      'partner_id',
      'name',
      'type',
      'region',
      'value',
      'threshold',
      'unit',
      'explanation',
    ],
    rows: report.flags.map((f) => [
      f.severity,
      f.rule,
      f.externalId,
      f.name,
      f.type,
      f.region,
      f.value,
      f.threshold,
      f.unit,
      f.explanation,
    ]),
  };
}

export function ruleRows(report: RiskReport): Tabular {
  return {
    columns: ['rule', 'enabled', 'flagged', 'checks'],
    rows: report.rules.map((r) => [r.rule, r.enabled ? 'yes' : 'no', r.flagged, r.description]),
  };
}

export function settingRows(settings: RiskSettings): Tabular {
  const rows: Tabular['rows'] = [];
  for (const rule of RISK_RULES) {
    for (const [key, value] of Object.entries(settings[rule]))
      rows.push([`${rule}.${key}`, typeof value === 'boolean' ? String(value) : value]);
  }
  return { columns: ['setting', 'value'], rows };
}

export function alertRows(inbox: AlertInbox): Tabular {
  return {
    columns: ['id', 'status', 'severity', 'kind', 'period', 'partner_id', 'title', 'message'],
    rows: inbox.alerts.map((a) => [
      a.id,
      a.doneAt ? 'done' : 'open',
      a.severity,
      a.kind,
      a.periodKey,
      a.externalId,
      a.title,
      a.message,
    ]),
  };
}
