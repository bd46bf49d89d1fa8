/** Highlights and agreed actions. */
import { formatDocumentDate } from '../../../../shared/api/export-format';
import type { ScorecardData } from '../../../../shared/api/export-results';
import {
  addFooter,
  addTitle,
  CELL,
  COLOR,
  CONTENT_W,
  FONT,
  HEAD,
  PAGE,
  pages,
  type Deck,
} from './deck-style';

const KIND_COLOR: Record<string, string> = {
  improvement: COLOR.up,
  decline: COLOR.down,
  risk: COLOR.down,
  plan: COLOR.own,
  tier: COLOR.own,
};

export function highlightsSlide(deck: Deck, card: ScorecardData): void {
  const slide = deck.addSlide();
  addTitle(slide, 'Highlights');
  const lines = card.highlights.length
    ? card.highlights
    : [{ kind: 'note', text: 'No highlights.', internal: false }];
  slide.addText(
    lines.map((h) => ({
      text: h.text,
      options: {
        bullet: { code: '25A0' },
        color: COLOR.ink,
        breakLine: true,
        bulletColor: KIND_COLOR[h.kind] ?? COLOR.peer,
      },
    })),
    {
      x: PAGE.margin,
      y: 1.35,
      w: CONTENT_W,
      h: 5.5,
      fontFace: FONT,
      fontSize: lines.length > 9 ? 14 : 16,
      valign: 'top',
      paraSpaceAfter: 6,
      fit: 'shrink',
    },
  );
  addFooter(slide, card);
}

const STATUS = { open: 'Open', in_progress: 'In progress', done: 'Done' } as const;

const ACTIONS_PER_SLIDE = 10;

export function actionsSlide(deck: Deck, card: ScorecardData): void {
  const head = ['Action', 'Success criterion', 'Owner', 'Due', 'Status'].map((text) => ({
    text,
    options: HEAD,
  }));
  pages(card.actions, ACTIONS_PER_SLIDE).forEach((page, i) => {
    const slide = deck.addSlide();
    addTitle(
      slide,
      i === 0 ? 'Agreed actions' : 'Agreed actions (continued)',
      'Owner, due date and how we will know it worked',
    );
    if (page.length === 0) {
      slide.addText('No actions agreed yet.', {
        x: PAGE.margin,
        y: 1.5,
        w: CONTENT_W,
        h: 0.5,
        fontFace: FONT,
        fontSize: 16,
        color: COLOR.muted,
      });
    } else {
      const rows = page.map((a) => [
        { text: a.title, options: CELL },
        { text: a.successCriterion || '—', options: CELL },
        { text: a.owner || '—', options: CELL },
        {
          text: a.dueDate ? formatDocumentDate(a.dueDate) : '—',
          options: { ...CELL, color: a.overdue ? COLOR.down : COLOR.ink },
        },
        { text: STATUS[a.status], options: CELL },
      ]);
      slide.addTable([head, ...rows], {
        x: PAGE.margin,
        y: 1.45,
        w: CONTENT_W,
        colW: [4.3, 3.4, 1.8, 1.5, 1.33],
        rowH: 0.4,
        border: { type: 'solid', color: COLOR.line, pt: 0.5 },
      });
    }
    if (i === 0 && card.internal?.notes) slide.addNotes(`Internal notes: ${card.internal.notes}`);
    addFooter(slide, card);
  });
}
