/**
 * The demo's program history beside its data: a decided program change, survey answers and
 * field-visit notes, and the latest quarterly review. Run after the MDF plans (the change's
 * impact counts their allocations and the review sees the alerts and actions of the workspace).
 */
import { scoringService } from '../scoring/service/scoring-service';
import type { Workspace } from '../workspace/workspace';
import { generateGovernanceDemo } from './governance-demo';
import { generateReviewsDemo } from './reviews-demo';
import { generateSignalsDemo } from './signals-demo';

export function generateProgramHistoryDemo(ws: Workspace, seed: number): void {
  const service = scoringService(ws);
  generateGovernanceDemo(ws, service);
  generateSignalsDemo(ws, seed);
  generateReviewsDemo(ws, service);
}
