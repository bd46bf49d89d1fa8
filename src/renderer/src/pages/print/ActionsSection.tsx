import type { ScorecardData } from '../../../../shared/api';
import { formatDocumentDate } from '../../../../shared/api/export-format';

const STATUS = { open: 'Open', in_progress: 'In progress', done: 'Done' } as const;

/** The improvement actions agreed with the partner: what, who, by when, how we know. */
export function ActionsSection({ card }: { card: ScorecardData }) {
  return (
    <section className="sc-section" aria-labelledby="sc-actions">
      <h2 id="sc-actions">Agreed actions</h2>
      {card.actions.length === 0 ? (
        <div className="sc-small">No actions agreed yet.</div>
      ) : (
        <table className="sc-table" data-testid="scorecard-actions">
          <thead>
            <tr>
              <th>Action</th>
              <th>Success criterion</th>
              <th>Owner</th>
              <th className="num">Due</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {card.actions.map((a) => (
              <tr key={a.id}>
                <td>{a.title}</td>
                <td>{a.successCriterion || '—'}</td>
                <td>{a.owner || '—'}</td>
                <td className={`num${a.overdue ? ' sc-down' : ''}`}>
                  {a.dueDate ? formatDocumentDate(a.dueDate) : '—'}
                </td>
                <td>{STATUS[a.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
