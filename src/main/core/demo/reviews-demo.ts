/**
 * Review-cadence demo history: the quarterly strategic review held after the latest quarter,
 * with what changed since the quarter before, its decisions and lessons learned. Dated from the
 * data, so the same seed gives the same review.
 */
import { createReview, updateReview } from '../reviews/review-store';
import type { ScoringService } from '../scoring/service/scoring-service';
import type { Workspace } from '../workspace/workspace';

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function generateReviewsDemo(ws: Workspace, service: ScoringService): number | null {
  const last = service.load().dataset.periods.at(-1);
  if (!last) return null;
  const heldOn = addDays(last.endDate, 10);
  const review = createReview(
    ws,
    service,
    { cadence: 'quarterly', heldOn },
    new Date(`${heldOn}T16:00:00Z`),
  );
  return updateReview(ws, {
    id: review.id,
    decisions: [
      'Keep the Platinum threshold as it is this year (see the rejected program change); revisit at the start of the fiscal year.',
      'Partners moving down a tier get an enablement plan agreed at their next QBR.',
    ].join('\n'),
    lessons: [
      'Partners with a joint business plan in place held their tier more often than those without.',
      'Survey comments about slow MDF payment came from partners whose claims waited longest: fix the claims queue before adding budget.',
    ].join('\n'),
  }).id;
}
