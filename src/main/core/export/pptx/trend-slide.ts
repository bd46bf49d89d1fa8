/** Trends: the composite against the peer median and middle half, and revenue against target. */
import type { ScorecardData } from '../../../../shared/api/export-results';
import { addFooter, addTitle, COLOR, PAGE, type Deck } from './deck-style';

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

export function trendSlide(deck: Deck, card: ScorecardData): void {
  const slide = deck.addSlide();
  addTitle(slide, 'Trends', `The last ${card.periods.length} periods`);
  const labels = card.periods.map((p) => p.label);
  slide.addChart(
    deck.ChartType.line,
    [
      { name: card.partner.name, labels, values: card.trend.composite.map(round1) },
      { name: 'Peer median', labels, values: card.trend.peer.map((b) => b?.median ?? null) },
      {
        name: 'Peers, 25th percentile',
        labels,
        values: card.trend.peer.map((b) => b?.p25 ?? null),
      },
      {
        name: 'Peers, 75th percentile',
        labels,
        values: card.trend.peer.map((b) => b?.p75 ?? null),
      },
    ],
    {
      x: PAGE.margin,
      y: 1.5,
      w: 6.3,
      h: 5.2,
      chartColors: [COLOR.own, COLOR.peer, 'CED4DA', 'CED4DA'],
      lineSize: 2,
      lineDataSymbolSize: 6,
      valAxisMinVal: 0,
      valAxisMaxVal: 100,
      showLegend: true,
      legendPos: 'b',
      showTitle: true,
      title: 'Composite score against peers',
      titleFontSize: 12,
    },
  );
  const revenue = card.kpis.find(
    (k) => k.unit === 'currency' && k.targetHistory.some((t) => t !== null),
  );
  if (revenue) {
    slide.addChart(
      deck.ChartType.line,
      [
        { name: revenue.name, labels, values: revenue.history },
        { name: 'Target', labels, values: revenue.targetHistory },
      ],
      {
        x: 6.9,
        y: 1.5,
        w: 5.9,
        h: 5.2,
        chartColors: [COLOR.own, COLOR.peer],
        lineSize: 2,
        lineDataSymbolSize: 6,
        valAxisLabelFormatCode: '#,##0',
        showLegend: true,
        legendPos: 'b',
        showTitle: true,
        title: `${revenue.name} against target (${card.currency})`,
        titleFontSize: 12,
      },
    );
  }
  addFooter(slide, card);
}
