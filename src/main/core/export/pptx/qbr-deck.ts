/**
 * The QBR deck (PPTX, pptxgenjs): title, agenda, scorecard summary, trends, benchmarks,
 * highlights and agreed actions. Text stays editable and charts are native PowerPoint charts
 * (the partner manager restyles them like any other). Drawn from the partner-safe scorecard
 * only, so the partner copy holds no other partner's data.
 */
import PptxGenJS from 'pptxgenjs';
import type { ScorecardData } from '../../../../shared/api/export-results';
import { benchmarkSlide } from './benchmark-slide';
import { agendaSlide, titleSlide } from './cover-slides';
import { actionsSlide, highlightsSlide } from './list-slides';
import { summarySlide } from './summary-slide';
import { trendSlide } from './trend-slide';

export async function qbrDeck(card: ScorecardData): Promise<{ bytes: Uint8Array; slides: number }> {
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.author = card.partner.manager ?? 'Partnerscope';
  deck.company = 'Partnerscope';
  deck.title = `QBR ${card.partner.name} ${card.period.label}`;
  deck.subject = 'Quarterly business review';
  titleSlide(deck, card);
  agendaSlide(deck, card);
  summarySlide(deck, card);
  trendSlide(deck, card);
  benchmarkSlide(deck, card);
  highlightsSlide(deck, card);
  actionsSlide(deck, card);
  const bytes = (await deck.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
  // `slides` exists at run time (tables may have added pages) but is missing from the typings.
  const slides = (deck as unknown as { slides: unknown[] }).slides.length;
  return { bytes: new Uint8Array(bytes), slides };
}
