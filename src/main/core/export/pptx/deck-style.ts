/** The deck's page grid, colours and the title and footer every slide shares. */
import type PptxGenJS from 'pptxgenjs';
import { formatDocumentDate } from '../../../../shared/api/export-format';
import type { ScorecardData } from '../../../../shared/api/export-results';

export type Deck = PptxGenJS;
export type Slide = PptxGenJS.Slide;

/** 16:9, in inches. */
export const PAGE = { w: 13.333, h: 7.5, margin: 0.5 };
export const CONTENT_W = PAGE.w - 2 * PAGE.margin;
export const FONT = 'Arial';
export const COLOR = {
  ink: '1F2328',
  muted: '5C636A',
  own: '1C6FD1',
  peer: '9AA1A8',
  band: 'DFE3E7',
  up: '2B8A3E',
  down: 'C92A2A',
  line: 'D9DDE1',
};

export function addTitle(slide: Slide, title: string, subtitle?: string): void {
  slide.addText(title, {
    x: PAGE.margin,
    y: 0.35,
    w: CONTENT_W,
    h: 0.6,
    fontFace: FONT,
    fontSize: 26,
    bold: true,
    color: COLOR.ink,
  });
  if (subtitle) {
    slide.addText(subtitle, {
      x: PAGE.margin,
      y: 0.95,
      w: CONTENT_W,
      h: 0.35,
      fontFace: FONT,
      fontSize: 13,
      color: COLOR.muted,
    });
  }
}

export function addFooter(slide: Slide, card: ScorecardData): void {
  const left = `${card.partner.name} · ${card.period.label} · ${card.methodology.label} · Data as of ${formatDocumentDate(card.dataAsOf)}`;
  slide.addText(card.variant === 'internal' ? `INTERNAL · ${left}` : left, {
    x: PAGE.margin,
    y: PAGE.h - 0.45,
    w: CONTENT_W - 1,
    h: 0.3,
    fontFace: FONT,
    fontSize: 9,
    color: COLOR.muted,
  });
}

/** Table cell text options shared by every table. */
export const CELL = { fontFace: FONT, fontSize: 11, color: COLOR.ink, valign: 'middle' as const };
export const HEAD = { ...CELL, bold: true, color: COLOR.muted, fill: { color: 'F3F5F7' } };

/** Rows split into slide-sized pages (pptxgenjs's own paging splits cell text into runs). */
export function pages<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out.length ? out : [[]];
}
