/** One partner's QBR for a quarter: the saved review or a draft, and everything around it. */
import type { Highlight, QbrReview, QbrWorkspace } from '../../../shared/api/qbr-results';
import { assembleScorecard } from '../export/scorecard/scorecard-data';
import { scorecardFacts, type ScorecardFacts } from '../export/scorecard/scorecard-facts';
import type { ScoreSelection } from '../export/scorecard/scored-period';
import type { Workspace } from '../workspace/workspace';
import { listActions } from './action-store';
import { defaultAgenda } from './default-agenda';
import { draftedHighlights } from './drafted-highlights';
import { findReview, type StoredReview } from './review-store';

export function storedReview(partnerExternalId: string, stored: StoredReview): QbrReview {
  return {
    id: stored.id,
    partnerExternalId,
    periodKey: stored.periodKey,
    meetingDate: stored.meetingDate,
    agenda: stored.agenda,
    highlights: stored.highlights,
    notes: stored.notes,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  };
}

/** The saved review, else a draft that has never been saved (id null) from `draft`. */
export function reviewOf(
  facts: ScorecardFacts,
  stored: StoredReview | null,
  draft: Highlight[],
): QbrReview {
  const n = facts.numbers;
  if (stored) return storedReview(n.partner.externalId, stored);
  return {
    id: null,
    partnerExternalId: n.partner.externalId,
    periodKey: n.period.key,
    meetingDate: null,
    agenda: defaultAgenda(n),
    highlights: draft,
    notes: '',
    createdAt: null,
    updatedAt: null,
  };
}

export function qbrWorkspace(
  ws: Workspace,
  partner: string,
  selection: ScoreSelection,
): QbrWorkspace {
  const facts = scorecardFacts(ws, partner, selection);
  const stored = findReview(ws, facts.partnerId, facts.numbers.period.key);
  const draft = draftedHighlights(ws, facts, true);
  return {
    review: reviewOf(facts, stored, draft),
    draft,
    defaultAgenda: defaultAgenda(facts.numbers),
    actions: listActions(ws, { status: 'all', partnerId: facts.partnerId }),
    scorecard: assembleScorecard(ws, facts, 'internal'),
  };
}
