import type { ScorecardData } from '../../../../shared/api';
import { formatDocumentDate } from '../../../../shared/api/export-format';

function money(cents: number, currency: string): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** The partner's own market development funds of the period: amount, use and what is left. */
export function MdfSection({ card }: { card: ScorecardData }) {
  if (card.mdf.length === 0) return null;
  return (
    <section className="sc-section" aria-labelledby="sc-mdf">
      <h2 id="sc-mdf">Market development funds</h2>
      <table className="sc-table" data-testid="scorecard-mdf">
        <thead>
          <tr>
            <th className="num">Allocated</th>
            <th className="num">Claimed</th>
            <th className="num">Paid</th>
            <th className="num">Remaining</th>
            <th className="num">Your co-funding</th>
            <th className="num">Claims close</th>
            <th>Allocation reflects</th>
          </tr>
        </thead>
        <tbody>
          {card.mdf.map((m, i) => (
            <tr key={i}>
              <td className="num">{money(m.allocatedCents, card.currency)}</td>
              <td className="num">
                {money(m.usedCents, card.currency)}
                {m.utilisation !== null ? ` (${Math.round(m.utilisation * 100)} %)` : ''}
              </td>
              <td className="num">{money(m.paidCents, card.currency)}</td>
              <td className="num">{money(m.remainingCents, card.currency)}</td>
              <td className="num">{money(m.coFundingCents, card.currency)}</td>
              <td className="num">{formatDocumentDate(m.claimsCloseOn)}</td>
              <td>{m.basis || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
