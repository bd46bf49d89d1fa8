/**
 * The partner-safe scorecard: the partner's numbers, anonymised peer aggregates and the QBR's
 * content (the saved review's highlights and agenda, else drafted ones, and the partner's
 * actions). The partner variant drops internal highlights, notes and league positions.
 */
import type { ScorecardData, ScorecardVariant } from '../../../../shared/api/export-results';
import { draftedHighlights } from '../../qbr/drafted-highlights';
import { defaultAgenda } from '../../qbr/default-agenda';
import { scorecardActions } from '../../qbr/action-store';
import { findReview } from '../../qbr/review-store';
import type { Workspace } from '../../workspace/workspace';
import { scorecardMdf } from '../../mdf/scorecard-mdf';
import { scorecardFacts, type ScorecardFacts } from './scorecard-facts';
import type { ScoreSelection } from './scored-period';

export interface ScorecardRequest extends ScoreSelection {
  partner: string;
  variant: ScorecardVariant;
}

export function assembleScorecard(
  ws: Workspace,
  facts: ScorecardFacts,
  variant: ScorecardVariant,
): ScorecardData {
  const n = facts.numbers;
  const review = findReview(ws, facts.partnerId, n.period.key);
  const highlights = review?.highlights ?? draftedHighlights(ws, facts, variant === 'internal');
  return {
    variant,
    generatedAt: new Date().toISOString(),
    ...n,
    highlights: highlights.filter((h) => variant === 'internal' || !h.internal),
    agenda: review?.agenda ?? defaultAgenda(n),
    actions: scorecardActions(ws, facts.partnerId, n.period.key),
    meetingDate: review?.meetingDate ?? null,
    mdf: scorecardMdf(ws, facts.partnerId, n.period.key),
    internal: variant === 'internal' ? { ...facts.internal, notes: review?.notes ?? '' } : null,
  };
}

export function buildScorecard(ws: Workspace, request: ScorecardRequest): ScorecardData {
  return assembleScorecard(ws, scorecardFacts(ws, request.partner, request), request.variant);
}
