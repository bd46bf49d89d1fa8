/** The digest as Markdown: the same sections as the PDF, tables escaped for pipes and line breaks. */
import type { DigestAction, DigestData } from '../../../shared/api/digest';
import { formatDocumentDate, formatKpiValue, formatScore } from '../../../shared/api/export-format';
import type { KpiUnit } from '../../../shared/api/scoring-methodology';
import { formatActionKpi, formatKpiChange } from '../../../shared/digest-format';

function cell(text: string | number | null | undefined): string {
  if (text === null || text === undefined || text === '') return '—';
  return String(text)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
}

function table(head: string[], rows: (string | number | null)[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map((h) => (h.endsWith(' ') ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

function actions(
  title: string,
  list: DigestAction[],
  partnerSafe: boolean,
  date: 'due' | 'done',
): string[] {
  const out = [`## ${title}`, ''];
  if (list.length === 0) return [...out, 'None.', ''];
  const head = [
    ...(partnerSafe ? [] : ['Partner']),
    'Action',
    'KPI: baseline → now',
    'Owner',
    date === 'due' ? 'Due' : 'Completed',
  ];
  return [
    ...out,
    ...table(
      head,
      list.map((a) => [
        ...(partnerSafe ? [] : [a.partner]),
        a.title,
        formatActionKpi(a),
        a.owner,
        formatDocumentDate(date === 'due' ? a.dueDate : a.completedAt),
      ]),
    ),
    '',
  ];
}

export function digestMarkdown(d: DigestData): string {
  const lines: string[] = [
    `# ${d.partnerSafe ? `${d.scopeLabel}: digest` : `Partner program digest: ${d.scopeLabel}`} — ${d.period.label}`,
    '',
    `${formatDocumentDate(d.period.startDate)} – ${formatDocumentDate(d.period.endDate)} · ${d.methodology}${d.baselinePeriod ? ` · compared with ${d.baselinePeriod.label}` : ''} · prepared ${formatDocumentDate(d.generatedAt)}`,
    '',
    '## Summary',
    '',
    ...d.summary.map((s) => `- ${s}`),
    '',
  ];
  if (d.partnerSafe) {
    lines.push('## Tier', '');
    const o = d.ownTier;
    lines.push(
      o
        ? `${o.from ?? '—'} (${formatScore(o.scoreFrom)}) → ${o.to ?? '—'} (${formatScore(o.scoreTo)})`
        : 'Not scored in this period.',
      '',
    );
  } else {
    lines.push('## Tier moves', '');
    if (d.tierMoves.length === 0) lines.push('No partner changed tier.', '');
    else
      lines.push(
        ...table(
          ['Partner', 'ID', 'From', 'To', 'Score '],
          d.tierMoves.map((m) => [
            m.name,
            m.externalId,
            m.from,
            m.to,
            `${formatScore(m.scoreFrom)} → ${formatScore(m.scoreTo)}`,
          ]),
        ),
        '',
      );
  }
  lines.push(
    `## KPIs against ${d.baselinePeriod?.label ?? 'the previous period'}${d.partnerSafe ? '' : ' (median of the partners)'}`,
    '',
    ...table(
      ['KPI', `${d.baselinePeriod?.label ?? 'Baseline'} `, `${d.period.label} `, 'Change '],
      d.kpis.map((k) => [
        k.name,
        formatKpiValue(k.baseline, k.unit as KpiUnit),
        formatKpiValue(k.current, k.unit as KpiUnit),
        formatKpiChange(k.change, k.unit),
      ]),
    ),
    '',
  );
  lines.push(...actions('Actions completed', d.actionsCompleted, d.partnerSafe, 'done'));
  lines.push(...actions('Actions overdue', d.actionsOverdue, d.partnerSafe, 'due'));
  lines.push(...actions('Upcoming actions', d.actionsUpcoming, d.partnerSafe, 'due'));
  lines.push('## Methodology changes', '');
  if (d.methodologyChanges.length === 0) lines.push('None in this period.', '');
  for (const c of d.methodologyChanges) {
    lines.push(`- **Version ${c.version}** (${formatDocumentDate(c.date)}): ${cell(c.summary)}`);
    for (const line of c.changes) lines.push(`  - ${cell(line)}`);
  }
  if (d.methodologyChanges.length) lines.push('');
  lines.push('## Disputes and corrections', '');
  const who = (p: string | null) => (d.partnerSafe ? [] : [p]);
  const head = (cols: string[]) => [...(d.partnerSafe ? [] : ['Partner']), ...cols];
  if (d.disputes.opened.length)
    lines.push(
      '**Opened**',
      '',
      ...table(
        head(['Figure', 'Opened', 'Status']),
        d.disputes.opened.map((x) => [
          ...who(x.partner),
          x.figure,
          formatDocumentDate(x.openedAt),
          x.status,
        ]),
      ),
      '',
    );
  if (d.disputes.resolved.length)
    lines.push(
      '**Resolved**',
      '',
      ...table(
        head(['Figure', 'Resolved', 'Outcome', 'Resolution']),
        d.disputes.resolved.map((x) => [
          ...who(x.partner),
          x.figure,
          formatDocumentDate(x.resolvedAt),
          x.status,
          x.resolution,
        ]),
      ),
      '',
    );
  if (d.disputes.corrections.length)
    lines.push(
      '**Corrections approved**',
      '',
      ...table(
        head(['Value', 'From ', 'To ', 'Approved by']),
        d.disputes.corrections.map((x) => [
          ...who(x.partner),
          x.figure,
          x.from,
          x.to,
          x.approvedBy,
        ]),
      ),
      '',
    );
  if (!d.disputes.opened.length && !d.disputes.resolved.length && !d.disputes.corrections.length)
    lines.push('None in this period.', '');
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
