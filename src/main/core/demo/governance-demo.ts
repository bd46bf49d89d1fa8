/**
 * Program-change demo history: one decided change. Raising the Platinum threshold was proposed
 * after the latest quarter, its impact assessed on that quarter, and rejected inside its
 * decision window (so the demo's scores stay those of the published version). Dated from the
 * latest quarter's end, so the same seed always gives the same history.
 */
import {
  definitionOf,
  findMethodology,
  latestPublished,
  versionsOf,
} from '../scoring/versions/methodology-store';
import { decideChange, proposeChange } from '../governance/change-store';
import { programChangeInputSchema } from '../../../shared/api/governance';
import { DEFAULT_METHODOLOGY_NAME } from '../scoring/default-methodology';
import type { ScoringService } from '../scoring/service/scoring-service';
import { ensureDefaultMethodology } from '../scoring/versions/ensure-default';
import type { Workspace } from '../workspace/workspace';

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function generateGovernanceDemo(ws: Workspace, service: ScoringService): number | null {
  const { dataset } = service.load();
  const last = dataset.periods.at(-1);
  if (!last) return null;
  ensureDefaultMethodology(ws, service);
  const m = findMethodology(ws, { name: DEFAULT_METHODOLOGY_NAME });
  const published = latestPublished(versionsOf(ws, m.id));
  if (!published) return null;
  const top = definitionOf(published).tiers.at(-1)!;
  const raised = Math.min(100, top.minScore + 5);
  const end = last.endDate;
  const change = proposeChange(
    ws,
    service,
    programChangeInputSchema.parse({
      kind: 'tiers',
      methodologyId: m.id,
      title: `Raise the ${top.name} threshold to ${raised}`,
      description: `${top.name} should be reserved for partners who are strong on every front; raising the threshold from ${top.minScore} to ${raised} keeps the tier exclusive and its MDF focused.`,
      sponsor: 'VP Channel Sales',
      proposedBy: 'Partner program lead',
      windowOpens: addDays(end, 5),
      windowCloses: addDays(end, 19),
      thresholds: [{ tier: top.name, minScore: raised }],
      period: last.key,
    }),
    new Date(`${addDays(end, 4)}T10:00:00Z`),
  );
  decideChange(
    ws,
    service,
    {
      id: change.id,
      decision: 'rejected',
      rationale: `Partners moving out of ${top.name} mid-year would lose MDF they have already planned with; revisit at the start of the fiscal year with a transition period.`,
      decidedBy: 'VP Channel Sales',
      replaceDraft: false,
      outsideWindow: false,
    },
    new Date(`${addDays(end, 12)}T15:00:00Z`),
  );
  return change.id;
}
