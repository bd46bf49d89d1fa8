/** Benchmarks: every KPI's value, target, attainment and score against the peers' middle half. */
import {
  formatAttainment,
  formatCompactRange,
  formatKpiValue,
  formatScore,
} from '../../../../shared/api/export-format';
import type { ScorecardData } from '../../../../shared/api/export-results';
import { addFooter, addTitle, CELL, COLOR, HEAD, PAGE, pages, type Deck } from './deck-style';

const RIGHT = { ...CELL, align: 'right' as const, fontSize: 10 };

const ROWS_PER_SLIDE = 15;

export function benchmarkSlide(deck: Deck, card: ScorecardData): void {
  const who =
    card.peerGroup.label === 'All partners' ? 'all partners' : `${card.peerGroup.label} partners`;
  const style = { locale: 'en-US', currency: card.currency };
  const head = ['KPI', 'Value', 'Target', 'Attainment', 'Score', 'Peers’ middle half'].map(
    (text, i) => ({
      text,
      options: { ...HEAD, fontSize: 10, align: i === 0 ? ('left' as const) : ('right' as const) },
    }),
  );
  const rows = card.kpis.map((k) => [
    { text: k.name, options: { ...CELL, fontSize: 10 } },
    { text: formatKpiValue(k.value, k.unit, style), options: RIGHT },
    { text: formatKpiValue(k.target, k.unit, style), options: RIGHT },
    { text: formatAttainment(k.attainment), options: RIGHT },
    { text: formatScore(k.score), options: { ...RIGHT, bold: true } },
    {
      text: k.peer
        ? `${formatCompactRange(k.peer.p25, k.peer.p75, k.unit, style)}${k.peer.broader ? '*' : ''}`
        : '—',
      options: RIGHT,
    },
  ]);
  const broader = [
    ...new Set(card.kpis.map((k) => k.peer?.broader).filter((b): b is string => !!b)),
  ];
  pages(rows, ROWS_PER_SLIDE).forEach((page, i) => {
    const slide = deck.addSlide();
    addTitle(
      slide,
      i === 0 ? 'Benchmarks' : 'Benchmarks (continued)',
      `Against ${who}: anonymised aggregates of at least five partners, rounded`,
    );
    slide.addTable([head, ...page], {
      x: PAGE.margin,
      y: 1.45,
      w: 12.3,
      colW: [3.7, 1.8, 1.6, 1.4, 1.2, 2.6],
      rowH: 0.3,
      border: { type: 'solid', color: COLOR.line, pt: 0.5 },
    });
    if (broader.length) {
      slide.addText(
        `* Compared with ${broader.join(', ')}: too few partners in the partner’s own group.`,
        {
          x: PAGE.margin,
          y: PAGE.h - 0.8,
          w: 12.3,
          h: 0.3,
          fontFace: CELL.fontFace,
          fontSize: 9,
          color: COLOR.muted,
        },
      );
    }
    addFooter(slide, card);
  });
}
