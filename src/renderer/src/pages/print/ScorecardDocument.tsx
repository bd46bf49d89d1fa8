import type { PaperSize, ScorecardData } from '../../../../shared/api';
import { formatDocumentDate } from '../../../../shared/api/export-format';
import { ActionsSection } from './ActionsSection';
import { CategoryScores } from './CategoryScores';
import { CompositeTrend } from './CompositeTrend';
import { HighlightsSection } from './HighlightsSection';
import { InternalSection } from './InternalSection';
import { KpiTableSection } from './KpiTableSection';
import { KpiTrendsSection } from './KpiTrendsSection';
import { MdfSection } from './MdfSection';
import { MethodNote } from './MethodNote';
import { pageCss } from './page-css';
import { ScorecardHeader } from './ScorecardHeader';
import { SummaryTiles } from './SummaryTiles';

export function footerText(card: ScorecardData): { left: string; center: string } {
  return {
    left: `${card.methodology.label} · Data as of ${formatDocumentDate(card.dataAsOf)}`,
    center:
      card.variant === 'internal' ? 'INTERNAL' : `${card.partner.name} · ${card.period.label}`,
  };
}

/** The scorecard itself: everything drawn from one partner-safe `ScorecardData`. */
export function ScorecardDocument({ card, paper }: { card: ScorecardData; paper: PaperSize }) {
  const footer = footerText(card);
  return (
    <article className="sc-sheet" data-testid="scorecard" data-variant={card.variant}>
      <style>{pageCss(paper, footer.left, footer.center)}</style>
      <ScorecardHeader card={card} />
      <SummaryTiles card={card} />
      <section className="sc-section sc-two">
        <CategoryScores card={card} />
        <CompositeTrend card={card} />
      </section>
      <HighlightsSection card={card} />
      <KpiTableSection card={card} />
      <KpiTrendsSection card={card} />
      <ActionsSection card={card} />
      <MdfSection card={card} />
      <InternalSection card={card} />
      <MethodNote card={card} />
      <div className="sc-screen-footer">
        <span>{footer.left}</span>
        <span>{footer.center}</span>
      </div>
    </article>
  );
}
