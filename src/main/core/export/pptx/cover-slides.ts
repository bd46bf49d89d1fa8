/** The title slide and the agenda. */
import { formatDocumentDate } from '../../../../shared/api/export-format';
import type { ScorecardData } from '../../../../shared/api/export-results';
import { addFooter, addTitle, COLOR, CONTENT_W, FONT, PAGE, type Deck } from './deck-style';

export function titleSlide(deck: Deck, card: ScorecardData): void {
  const slide = deck.addSlide();
  slide.background = { color: 'FFFFFF' };
  slide.addShape(deck.ShapeType.rect, {
    x: 0,
    y: 0,
    w: 0.25,
    h: PAGE.h,
    fill: { color: COLOR.own },
  });
  slide.addText('Quarterly business review', {
    x: 0.9,
    y: 1.9,
    w: CONTENT_W,
    h: 0.5,
    fontFace: FONT,
    fontSize: 18,
    color: COLOR.muted,
  });
  slide.addText(card.partner.name, {
    x: 0.9,
    y: 2.45,
    w: CONTENT_W - 0.5,
    h: 1.1,
    fontFace: FONT,
    fontSize: 40,
    bold: true,
    color: COLOR.ink,
  });
  const when = card.meetingDate ? ` · ${formatDocumentDate(card.meetingDate)}` : '';
  const who = card.partner.manager ? ` · Partner manager ${card.partner.manager}` : '';
  slide.addText(`${card.period.label}${when}${who}`, {
    x: 0.9,
    y: 3.6,
    w: CONTENT_W - 0.5,
    h: 0.5,
    fontFace: FONT,
    fontSize: 18,
    color: COLOR.ink,
  });
  addFooter(slide, card);
}

export function agendaSlide(deck: Deck, card: ScorecardData): void {
  const slide = deck.addSlide();
  addTitle(slide, 'Agenda');
  slide.addText(
    card.agenda.map((item) => ({
      text: item,
      options: { bullet: { type: 'number' as const }, breakLine: true },
    })),
    {
      x: PAGE.margin,
      y: 1.4,
      w: CONTENT_W,
      h: 5,
      fontFace: FONT,
      fontSize: 20,
      color: COLOR.ink,
      valign: 'top',
      paraSpaceAfter: 10,
    },
  );
  addFooter(slide, card);
}
