import { useMemo } from 'react';
import type { ScorecardData } from '../../../../shared/api';
import { formatKpiValue } from '../../../../shared/api/export-format';
import { mm } from './chart-style';
import { kpiTrendOption } from './kpi-trend-option';
import { SvgChart } from './SvgChart';

/** The six KPIs carrying the most weight, value (and target, dashed) by period. */
export const TREND_KPIS = 6;

export function KpiTrendsSection({ card }: { card: ScorecardData }) {
  const style = useMemo(() => ({ locale: 'en-US', currency: card.currency }), [card.currency]);
  const picked = useMemo(
    () =>
      [...card.kpis]
        .filter((k) => k.history.filter((v) => v !== null).length >= 2)
        .sort((a, b) => b.weight - a.weight)
        .slice(0, TREND_KPIS),
    [card],
  );
  const options = useMemo(
    () => picked.map((k) => kpiTrendOption(card, k, style)),
    [picked, card, style],
  );
  if (picked.length === 0) return null;
  return (
    <section className="sc-section" aria-labelledby="sc-kpi-trends">
      <h2 id="sc-kpi-trends">How the main KPIs moved</h2>
      <div className="sc-multiples">
        {picked.map((k, i) => (
          <div key={k.key} className="sc-multiple">
            <h3>
              {k.name} <span className="sc-small">{formatKpiValue(k.value, k.unit, style)}</span>
            </h3>
            <SvgChart
              option={options[i]!}
              width={mm(58)}
              height={mm(30)}
              label={`${k.name} by period`}
            />
          </div>
        ))}
      </div>
      <div className="sc-legend">
        <span>
          <span className="sc-key" style={{ background: '#1c6fd1', height: '0.6mm' }} />
          Value
        </span>
        <span>
          <span className="sc-key" style={{ borderTop: '0.4mm dashed #868e96', height: 0 }} />
          Target
        </span>
      </div>
    </section>
  );
}
