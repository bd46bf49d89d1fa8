/** Scorecard summary: composite, tier, peers, next tier, and each category against peers. */
import { formatChange, formatScore } from '../../../../shared/api/export-format';
import type { ScorecardData } from '../../../../shared/api/export-results';
import { addFooter, addTitle, CELL, COLOR, FONT, HEAD, PAGE, type Deck } from './deck-style';

function tile(label: string, value: string, note: string) {
  return [
    { text: `${label}\n`, options: { fontSize: 11, color: COLOR.muted, breakLine: false } },
    { text: `${value}\n`, options: { fontSize: 28, bold: true, color: COLOR.ink } },
    { text: note, options: { fontSize: 11, color: COLOR.muted } },
  ];
}

export function summarySlide(deck: Deck, card: ScorecardData): void {
  const slide = deck.addSlide();
  addTitle(slide, 'Scorecard summary', `${card.period.label} · ${card.methodology.label}`);
  const peer = card.compositePeer;
  const next = card.nextTier;
  const tiles = [
    tile(
      'Composite score',
      formatScore(card.composite),
      card.compositeChange === null
        ? ''
        : `${formatChange(card.compositeChange)} vs previous period`,
    ),
    tile(
      'Tier',
      card.tier ?? '—',
      card.partner.programTier ? `Program tier ${card.partner.programTier}` : '',
    ),
    tile(
      'Peer median',
      peer ? formatScore(peer.median) : '—',
      peer ? `${card.peerGroup.label}, ${peer.size} partners` : 'Fewer than 5 peers',
    ),
    tile(
      'Next tier',
      next ? next.name : 'Top tier',
      next
        ? next.scoreGap > 0
          ? `+${formatScore(next.scoreGap)} points needed`
          : 'gates to meet'
        : '',
    ),
  ];
  tiles.forEach((text, i) => {
    slide.addText(text, {
      x: PAGE.margin + i * 3.1,
      y: 1.5,
      w: 2.9,
      h: 1.4,
      fontFace: FONT,
      fill: { color: 'F3F5F7' },
      margin: 8,
      valign: 'top',
    });
  });
  slide.addChart(
    deck.ChartType.bar,
    [
      {
        name: card.partner.name,
        labels: card.groups.map((g) => g.label),
        values: card.groups.map((g) => g.score),
      },
      {
        name: 'Peer median',
        labels: card.groups.map((g) => g.label),
        values: card.groups.map((g) => g.peer?.median ?? null),
      },
    ],
    {
      x: PAGE.margin,
      y: 3.2,
      w: 6.6,
      h: 3.6,
      barDir: 'bar',
      barGrouping: 'clustered',
      chartColors: [COLOR.own, COLOR.peer],
      valAxisMinVal: 0,
      valAxisMaxVal: 100,
      showLegend: true,
      legendPos: 'b',
      showValue: true,
      dataLabelFormatCode: '0.0',
      catAxisLabelFontSize: 11,
      valAxisLabelFontSize: 10,
      showTitle: true,
      title: 'Category scores against the peer median',
      titleFontSize: 12,
    },
  );
  const rows = [
    [
      { text: 'Category', options: HEAD },
      { text: 'Weight', options: { ...HEAD, align: 'right' as const } },
      { text: 'Score', options: { ...HEAD, align: 'right' as const } },
      { text: 'Peers’ middle half', options: { ...HEAD, align: 'right' as const } },
    ],
    ...card.groups.map((g) => [
      { text: g.label, options: CELL },
      { text: `${Math.round(g.weight * 100)}%`, options: { ...CELL, align: 'right' as const } },
      { text: formatScore(g.score), options: { ...CELL, align: 'right' as const, bold: true } },
      {
        text: g.peer ? `${formatScore(g.peer.p25)}–${formatScore(g.peer.p75)}` : '—',
        options: { ...CELL, align: 'right' as const },
      },
    ]),
  ];
  slide.addTable(rows, {
    x: 7.4,
    y: 3.4,
    w: 5.4,
    colW: [1.9, 0.9, 0.9, 1.7],
    border: { type: 'solid', color: COLOR.line, pt: 0.5 },
    rowH: 0.4,
  });
  addFooter(slide, card);
}
