/** Drafted highlights of a scorecard's facts, with the risk rules' flags when internal lines are wanted. */
import type { Highlight } from '../../../shared/api/qbr-results';
import type { ScorecardFacts } from '../export/scorecard/scorecard-facts';
import type { Workspace } from '../workspace/workspace';
import { draftHighlights } from './draft-highlights';
import { openRisks } from './open-risks';

export function draftedHighlights(
  ws: Workspace,
  facts: ScorecardFacts,
  withInternal: boolean,
): Highlight[] {
  const risks = withInternal ? openRisks(ws, facts.partnerId, facts.numbers.period.key) : [];
  const lines = draftHighlights(facts.numbers, facts.internal, risks);
  return withInternal ? lines : lines.filter((h) => !h.internal);
}
