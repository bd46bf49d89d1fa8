import type { ScorecardData } from '../../../../shared/api';
import { formatScore, formatWeight } from '../../../../shared/api/export-format';
import { BandBar } from './BandBar';
import { mm } from './chart-style';

/** "Where is the partner strong or weak?": each category's score against the peer band. */
export function CategoryScores({ card }: { card: ScorecardData }) {
  return (
    <div>
      <h2>Category scores against peers</h2>
      <table className="sc-bars">
        <tbody>
          {card.groups.map((g) => (
            <tr key={g.key} data-group={g.key}>
              <td className="sc-bar-label">
                {g.label}
                <div className="sc-small">weight {formatWeight(g.weight)}</div>
              </td>
              <td>
                <BandBar score={g.score} peer={g.peer} width={mm(52)} height={12} />
              </td>
              <td className="sc-bar-value">{formatScore(g.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Legend />
    </div>
  );
}

export function Legend() {
  return (
    <div className="sc-legend">
      <span>
        <span className="sc-key" style={{ background: '#1c6fd1' }} />
        This partner
      </span>
      <span>
        <span className="sc-key" style={{ background: '#d5dadf' }} />
        Peers’ middle half
      </span>
      <span>
        <span className="sc-key" style={{ background: '#4a5158', width: '0.6mm' }} />
        Peer median
      </span>
    </div>
  );
}
