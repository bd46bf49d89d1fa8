/**
 * The inbox as lines a partner manager reads: one line per partner and cause (a risk rule) and,
 * for segment moves, one digest line per segment and period ("14 partners moved into
 * Intervene"), listing the partners. Filters (region, manager, kind, severity) apply first.
 */
import type { AlertItem, AlertKind, AlertSeverity } from '../../../../shared/api';

export interface AlertFilters {
  kind: AlertKind | 'all';
  /** `attention`: high severity only (the quiet default). */
  severity: 'attention' | 'all';
  region: string | null;
  manager: string | null;
}

export interface AlertLine {
  key: string;
  kind: AlertKind;
  severity: AlertSeverity;
  periodKey: string;
  previousPeriodKey: string;
  title: string;
  message: string;
  /** Set for a partner's own line. */
  partner: { externalId: string; name: string } | null;
  /** A digest's partners (segment moves). */
  partners: { externalId: string; name: string }[];
  ids: number[];
  done: boolean;
}

const RANK: Record<AlertSeverity, number> = { high: 0, medium: 1, info: 2 };

export function filterAlerts(alerts: readonly AlertItem[], f: AlertFilters): AlertItem[] {
  return alerts.filter(
    (a) =>
      (f.kind === 'all' || a.kind === f.kind) &&
      (f.severity === 'all' || a.severity === 'high') &&
      (f.region === null || a.region === f.region) &&
      (f.manager === null || a.manager === f.manager),
  );
}

/** `periodLabel` names a period key as the workspace labels it ("2026-Q3" → "2026 Q3"). */
export function alertLines(
  alerts: readonly AlertItem[],
  periodLabel: (key: string) => string = (key) => key,
): AlertLine[] {
  const lines = new Map<string, AlertLine>();
  for (const a of alerts) {
    const digest = a.kind === 'segment';
    const key = digest
      ? `segment|${a.code}|${a.periodKey}|${a.doneAt ? 'done' : 'open'}`
      : `risk|${a.partnerId ?? a.id}|${a.code}|${a.doneAt ? 'done' : 'open'}`;
    let line = lines.get(key);
    if (!line) {
      line = {
        key,
        kind: a.kind,
        severity: a.severity,
        periodKey: a.periodKey,
        previousPeriodKey: a.previousPeriodKey,
        title: a.title,
        message: a.message,
        partner:
          !digest && a.externalId ? { externalId: a.externalId, name: a.partnerName ?? '' } : null,
        partners: [],
        ids: [],
        done: a.doneAt !== null,
      };
      lines.set(key, line);
    }
    line.ids.push(a.id);
    if (RANK[a.severity] < RANK[line.severity]) line.severity = a.severity;
    if (digest && a.externalId)
      line.partners.push({ externalId: a.externalId, name: a.partnerName ?? a.externalId });
  }
  for (const line of lines.values()) {
    if (line.kind !== 'segment') {
      if (line.ids.length > 1) line.message = `${line.message} (${line.ids.length} periods)`;
      continue;
    }
    const n = line.partners.length;
    const segment = line.key.split('|')[1]!;
    line.title = `${n} partner${n === 1 ? '' : 's'} moved into ${segment}`;
    line.message = `Between ${line.previousPeriodKey ? periodLabel(line.previousPeriodKey) : 'the previous period'} and ${periodLabel(line.periodKey)}.`;
  }
  return [...lines.values()].sort(
    (a, b) =>
      Number(a.done) - Number(b.done) ||
      b.periodKey.localeCompare(a.periodKey) ||
      RANK[a.severity] - RANK[b.severity] ||
      (a.kind === b.kind ? 0 : a.kind === 'segment' ? -1 : 1) ||
      a.title.localeCompare(b.title),
  );
}
