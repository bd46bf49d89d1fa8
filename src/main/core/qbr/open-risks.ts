/**
 * The partner's open risk flags from the risk rules (revenue concentration, registration abuse,
 * implausible enablement claims, channel stuffing, inactivity), as internal QBR lines: a flag is
 * a matter for the partner manager to raise, never printed on the partner's copy. The period's
 * flags are computed once per dataset (any data or settings change gives a new dataset).
 */
import type { Highlight } from '../../../shared/api/qbr-results';
import type { RiskFlag } from '../../../shared/api/risks';
import type { ScoringDataset } from '../scoring/dataset';
import { riskReport } from '../risks/risk-report';
import { scoringService } from '../scoring/service/scoring-service';
import type { Workspace } from '../workspace/workspace';

const flagsByDataset = new WeakMap<ScoringDataset, Map<string, RiskFlag[]>>();

function periodFlags(ws: Workspace, periodKey: string): RiskFlag[] {
  const { dataset } = scoringService(ws).load();
  let byPeriod = flagsByDataset.get(dataset);
  if (!byPeriod) {
    byPeriod = new Map();
    flagsByDataset.set(dataset, byPeriod);
  }
  let flags = byPeriod.get(periodKey);
  if (!flags) {
    flags = riskReport(ws, { period: periodKey }).flags;
    byPeriod.set(periodKey, flags);
  }
  return flags;
}

export function openRisks(ws: Workspace, partnerId: number, periodKey: string): Highlight[] {
  return periodFlags(ws, periodKey)
    .filter((f) => f.partnerId === partnerId)
    .map((f) => ({
      kind: 'risk',
      internal: true,
      text: `${f.ruleName} (${f.severity}): ${f.explanation}`,
    }));
}
