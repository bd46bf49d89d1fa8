/**
 * The digest's layout, the same on screen (Digest page) and in the PDF (`#/print/digest`): drawn
 * only from one `DigestData`, which for a partner holds that partner's own rows only.
 */
import type { DigestAction, DigestData, KpiUnit } from '../../../../shared/api';
import {
  formatDocumentDate,
  formatKpiValue,
  formatScore,
} from '../../../../shared/api/export-format';
import { formatActionKpi, formatKpiChange } from '../../../../shared/digest-format';
import { pageCss } from '../print/page-css';

function ActionTable({
  title,
  list,
  d,
  when,
}: {
  title: string;
  list: DigestAction[];
  d: DigestData;
  when: 'due' | 'done';
}) {
  return (
    <section className="sc-section sc-splittable">
      <h2>{title}</h2>
      {list.length === 0 ? (
        <div className="sc-small">None.</div>
      ) : (
        <table className="sc-table">
          <thead>
            <tr>
              {!d.partnerSafe && <th>Partner</th>}
              <th>Action</th>
              <th>KPI: baseline → now</th>
              <th>Owner</th>
              <th className="num">{when === 'due' ? 'Due' : 'Completed'}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((a, i) => (
              <tr key={i}>
                {!d.partnerSafe && <td>{a.partner}</td>}
                <td>{a.title}</td>
                <td>{formatActionKpi(a) ?? '—'}</td>
                <td>{a.owner || '—'}</td>
                <td
                  className={`num${when === 'due' && a.dueDate && a.dueDate < d.generatedAt.slice(0, 10) ? ' sc-down' : ''}`}
                >
                  {formatDocumentDate(when === 'due' ? a.dueDate : a.completedAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function DigestDocument({ d }: { d: DigestData }) {
  const footerLeft = `${d.methodology} · Prepared ${formatDocumentDate(d.generatedAt)}`;
  const footerCenter = d.partnerSafe
    ? `${d.scopeLabel} · ${d.period.label}`
    : `INTERNAL · ${d.scopeLabel}`;
  const who = !d.partnerSafe;
  const noDisputes =
    !d.disputes.opened.length && !d.disputes.resolved.length && !d.disputes.corrections.length;
  return (
    <article className="sc-sheet" data-testid="digest" data-kind={d.kind}>
      <style>{pageCss('a4', footerLeft, footerCenter)}</style>
      <header className="sc-header">
        <div>
          <div className="sc-eyebrow">
            {d.partnerSafe ? 'Partner digest' : 'Program digest'} · {d.period.label}
          </div>
          <h1 data-testid="digest-title">{d.scopeLabel}</h1>
          <div className="sc-meta">
            {formatDocumentDate(d.period.startDate)} – {formatDocumentDate(d.period.endDate)} ·{' '}
            {d.methodology}
            {d.baselinePeriod && <> · compared with {d.baselinePeriod.label}</>}
            {!d.partnerSafe && <> · {d.partners} partners</>}
          </div>
        </div>
        <span className={`sc-badge${d.partnerSafe ? '' : ' sc-internal'}`}>
          {d.partnerSafe ? 'Prepared for the partner' : 'Internal'}
        </span>
      </header>
      <section className="sc-section sc-splittable">
        <h2>Summary</h2>
        <ul className="sc-highlights">
          {d.summary.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
      {d.partnerSafe ? (
        <section className="sc-section sc-splittable">
          <h2>Tier</h2>
          {d.ownTier ? (
            <div>
              {d.ownTier.from ?? '—'} ({formatScore(d.ownTier.scoreFrom)}) →{' '}
              <strong>{d.ownTier.to ?? '—'}</strong> ({formatScore(d.ownTier.scoreTo)})
            </div>
          ) : (
            <div className="sc-small">Not scored in this period.</div>
          )}
        </section>
      ) : (
        <section className="sc-section sc-splittable">
          <h2>Tier moves</h2>
          {d.tierMoves.length === 0 ? (
            <div className="sc-small">No partner changed tier.</div>
          ) : (
            <table className="sc-table" data-testid="digest-tier-moves">
              <thead>
                <tr>
                  <th>Partner</th>
                  <th>ID</th>
                  <th>From</th>
                  <th>To</th>
                  <th className="num">Score</th>
                </tr>
              </thead>
              <tbody>
                {d.tierMoves.map((m) => (
                  <tr key={m.externalId}>
                    <td>{m.name}</td>
                    <td>{m.externalId}</td>
                    <td>{m.from}</td>
                    <td className={m.direction === 'up' ? 'sc-up' : 'sc-down'}>{m.to}</td>
                    <td className="num">
                      {formatScore(m.scoreFrom)} → {formatScore(m.scoreTo)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      <section className="sc-section sc-splittable">
        <h2>
          KPIs against {d.baselinePeriod?.label ?? 'the previous period'}
          {d.partnerSafe ? '' : ' (median of the partners)'}
        </h2>
        <table className="sc-table" data-testid="digest-kpis">
          <thead>
            <tr>
              <th>KPI</th>
              <th className="num">{d.baselinePeriod?.label ?? 'Baseline'}</th>
              <th className="num">{d.period.label}</th>
              <th className="num">Change</th>
            </tr>
          </thead>
          <tbody>
            {d.kpis.map((k) => (
              <tr key={k.kpi}>
                <td>{k.name}</td>
                <td className="num">{formatKpiValue(k.baseline, k.unit as KpiUnit)}</td>
                <td className="num">{formatKpiValue(k.current, k.unit as KpiUnit)}</td>
                <td
                  className={`num${k.change !== null && k.change < 0 ? ' sc-down' : k.change ? ' sc-up' : ''}`}
                >
                  {formatKpiChange(k.change, k.unit)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ActionTable title="Actions completed" list={d.actionsCompleted} d={d} when="done" />
      <ActionTable title="Actions overdue" list={d.actionsOverdue} d={d} when="due" />
      <ActionTable title="Upcoming actions" list={d.actionsUpcoming} d={d} when="due" />
      <section className="sc-section">
        <h2>Methodology changes</h2>
        {d.methodologyChanges.length === 0 ? (
          <div className="sc-small">None in this period.</div>
        ) : (
          <ul className="sc-highlights">
            {d.methodologyChanges.map((c) => (
              <li key={c.version}>
                <strong>Version {c.version}</strong> ({formatDocumentDate(c.date)}): {c.summary}
                {c.changes.length > 0 && (
                  <ul>
                    {c.changes.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="sc-section">
        <h2>Disputes and corrections</h2>
        {noDisputes && <div className="sc-small">None in this period.</div>}
        {d.disputes.opened.length > 0 && (
          <table className="sc-table">
            <thead>
              <tr>
                {who && <th>Partner</th>}
                <th>Disputed figure</th>
                <th className="num">Opened</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {d.disputes.opened.map((x) => (
                <tr key={x.id}>
                  {who && <td>{x.partner}</td>}
                  <td>{x.figure}</td>
                  <td className="num">{formatDocumentDate(x.openedAt)}</td>
                  <td>{x.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {d.disputes.resolved.length > 0 && (
          <table className="sc-table">
            <thead>
              <tr>
                {who && <th>Partner</th>}
                <th>Resolved dispute</th>
                <th className="num">Resolved</th>
                <th>Outcome</th>
                <th>Resolution</th>
              </tr>
            </thead>
            <tbody>
              {d.disputes.resolved.map((x) => (
                <tr key={x.id}>
                  {who && <td>{x.partner}</td>}
                  <td>{x.figure}</td>
                  <td className="num">{formatDocumentDate(x.resolvedAt)}</td>
                  <td>{x.status}</td>
                  <td>{x.resolution || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {d.disputes.corrections.length > 0 && (
          <table className="sc-table">
            <thead>
              <tr>
                {who && <th>Partner</th>}
                <th>Corrected value</th>
                <th className="num">From</th>
                <th className="num">To</th>
                <th>Approved by</th>
              </tr>
            </thead>
            <tbody>
              {d.disputes.corrections.map((x, i) => (
                <tr key={i}>
                  {who && <td>{x.partner}</td>}
                  <td>{x.figure}</td>
                  <td className="num">{formatKpiValue(x.from, x.unit as KpiUnit)}</td>
                  <td className="num">{formatKpiValue(x.to, x.unit as KpiUnit)}</td>
                  <td>{x.approvedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="sc-screen-footer">
        <span>{footerLeft}</span>
        <span>{footerCenter}</span>
      </div>
    </article>
  );
}
