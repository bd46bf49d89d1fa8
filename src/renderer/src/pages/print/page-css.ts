/**
 * The @page rules of the scorecard: paper size, margins, and the footer in the page margin boxes
 * (methodology version, data as-of date, page X of Y), which Chromium prints on every page.
 */
import type { PaperSize } from '../../../../shared/api';

export const PAPER: Record<PaperSize, { size: string; margin: string; label: string }> = {
  a4: { size: 'A4', margin: '12mm', label: 'A4' },
  letter: { size: 'letter', margin: '12.7mm', label: 'Letter' },
};

/** A CSS string literal: backslashes, quotes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

export function pageCss(paper: PaperSize, footerLeft: string, footerCenter: string): string {
  const p = PAPER[paper];
  const box = 'font-family: "Liberation Sans", Arial, sans-serif; font-size: 7pt; color: #5c636a;';
  return `@page {
  size: ${p.size};
  margin: ${p.margin} ${p.margin} 16mm ${p.margin};
  @bottom-left { content: ${cssString(footerLeft)}; ${box} }
  @bottom-center { content: ${cssString(footerCenter)}; ${box} font-weight: 700; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} }
}`;
}
