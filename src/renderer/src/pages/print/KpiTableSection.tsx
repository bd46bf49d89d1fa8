import type { ScorecardData, ScorecardKpi } from '../../../../shared/api';
import {
  formatAttainment,
  formatChange,
  formatCompactRange,
  formatKpiValue,
  formatScore,
  type NumberStyle,
} from '../../../../shared/api/export-format';
import { Sparkline } from '../../components/Sparkline';

function peerText(k: ScorecardKpi, style: NumberStyle): string {
  if (!k.peer) return '—';
  return `${formatCompactRange(k.peer.p25, k.peer.p75, k.unit, style)}${k.peer.broader ? '*' : ''}`;
}

/** Every KPI: the partner's value against target, its 0–100 score, the move and the peer range. */
export function KpiTableSection({ card }: { card: ScorecardData }) {
  const style = { locale: 'en-US', currency: card.currency };
  const groups = card.groups.map((g) => ({
    ...g,
    kpis: card.kpis.filter((k) => k.group === g.key),
  }));
  const broader = [
    ...new Set(card.kpis.map((k) => k.peer?.broader).filter((b): b is string => !!b)),
  ];
  return (
    <section className="sc-section sc-splittable" aria-labelledby="sc-kpis">
      <h2 id="sc-kpis">KPIs: results against target and peers</h2>
      <table className="sc-table" data-testid="scorecard-kpis">
        <thead>
          <tr>
            <th>KPI</th>
            <th className="num">Value</th>
            <th className="num">Target</th>
            <th className="num">Attainment</th>
            <th className="num">Score</th>
            <th className="num">Change</th>
            <th className="num">Peers’ middle half</th>
            <th>Trend</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => [
            <tr key={g.key} className="sc-group-row">
              <td colSpan={8}>
                {g.label} · score {formatScore(g.score)}
              </td>
            </tr>,
            ...g.kpis.map((k) => (
              <tr key={k.key} data-kpi={k.key}>
                <td>{k.name}</td>
                <td className="num">{formatKpiValue(k.value, k.unit, style)}</td>
                <td className="num">{formatKpiValue(k.target, k.unit, style)}</td>
                <td className="num">{formatAttainment(k.attainment)}</td>
                <td className="num">{formatScore(k.score)}</td>
                <td
                  className={`num ${(k.scoreChange ?? 0) > 0 ? 'sc-up' : (k.scoreChange ?? 0) < 0 ? 'sc-down' : ''}`}
                >
                  {formatChange(k.scoreChange)}
                </td>
                <td className="num">{peerText(k, style)}</td>
                <td>
                  <Sparkline
                    values={k.history}
                    width={56}
                    height={14}
                    label={`${k.name} over ${card.periods.length} periods`}
                    color="#1c6fd1"
                  />
                </td>
              </tr>
            )),
          ])}
        </tbody>
      </table>
      <div className="sc-small" style={{ marginTop: '1mm' }}>
        Score: 0–100 under the methodology. Change: score points against{' '}
        {card.periods.at(-2)?.label ?? 'the previous period'}. Peers’ middle half: the 25th to 75th
        percentile of comparable partners, rounded.
        {broader.length > 0 && (
          <> * Compared with {broader.join(', ')}: too few partners in the partner’s own group.</>
        )}
      </div>
    </section>
  );
}
