/**
 * The impact assessment of a program change, computed with the What-if engine: the proposed
 * definition scored against the newest published version for one period — tier migration, every
 * partner who changes tier, the revenue they carry and the MDF exposed (the `mdf_allocated`
 * measure as What-if shows it, and the allocations of the saved MDF plans).
 */
import { desc, eq, inArray } from 'drizzle-orm';
import type { ImpactMover, ImpactSide, ProgramChangeImpact } from '../../../shared/api/governance';
import { MAX_IMPACT_MOVERS } from '../../../shared/api/governance';
import type { MethodologyDefinition } from '../../../shared/api/scoring-methodology';
import { exposureColumns } from '../scenarios/exposure';
import { scoreBaseline, scoreSide } from '../scenarios/baseline';
import { selectMovers } from '../scenarios/movers';
import { whatIfDiff } from '../scenarios/whatif-diff';
import type { ScoringService } from '../scoring/service/scoring-service';
import { diffDefinitions } from '../scoring/versions/definition-diff';
import {
  definitionOf,
  findMethodology,
  latestPublished,
  versionsOf,
} from '../scoring/versions/methodology-store';
import { mdfAllocations, mdfPlans } from '../workspace/schema';
import type { Workspace } from '../workspace/workspace';

/** The baseline a change is measured against: the newest published version (else the draft). */
export function changeBaseline(ws: Workspace, methodologyId: number) {
  const m = findMethodology(ws, { id: methodologyId });
  const versions = versionsOf(ws, m.id);
  const published = latestPublished(versions);
  const row = published ?? versions.at(-1)!;
  return {
    methodology: m,
    version: published?.version ?? null,
    definition: definitionOf(row),
  };
}

/** Saved MDF plans whose allocations count as exposed: those of the period, else the newest. */
function exposurePlans(ws: Workspace, periodKey: string) {
  const cols = { id: mdfPlans.id, name: mdfPlans.name, period: mdfPlans.periodKey };
  const ofPeriod = ws.db.select(cols).from(mdfPlans).where(eq(mdfPlans.periodKey, periodKey)).all();
  if (ofPeriod.length > 0) return ofPeriod;
  return ws.db
    .select(cols)
    .from(mdfPlans)
    .orderBy(desc(mdfPlans.periodKey), desc(mdfPlans.id))
    .limit(1)
    .all();
}

function allocationsByPartner(ws: Workspace, planIds: number[]): Map<number, number> {
  const out = new Map<number, number>();
  if (planIds.length === 0) return out;
  const rows = ws.db
    .select({ partnerId: mdfAllocations.partnerId, cents: mdfAllocations.amountCents })
    .from(mdfAllocations)
    .where(inArray(mdfAllocations.planId, planIds))
    .all();
  for (const r of rows) out.set(r.partnerId, (out.get(r.partnerId) ?? 0) + r.cents);
  return out;
}

const emptySide = (): ImpactSide => ({
  partners: 0,
  revenue: 0,
  mdfMeasure: 0,
  mdfAllocatedCents: 0,
});

export function assessImpact(
  ws: Workspace,
  service: ScoringService,
  methodologyId: number,
  proposed: MethodologyDefinition,
  periodKey: string | undefined,
  clock = new Date(),
): ProgramChangeImpact {
  const base = changeBaseline(ws, methodologyId);
  service.plan(proposed); // refuses a definition that does not compile against this workspace
  const t = service.periodIndex(periodKey);
  const { dataset } = service.load();
  const a = scoreBaseline(service, base.definition, t);
  const b = scoreSide(service, proposed, t);
  const diff = whatIfDiff(dataset, a, b, { movers: 0 });
  const rows = a.structural.rows;
  const cols = exposureColumns(dataset, t, rows);
  const period = dataset.periods[t]!;
  const plans = exposurePlans(ws, period.key);
  const allocated = allocationsByPartner(
    ws,
    plans.map((p) => p.id),
  );
  const rowOf = new Map<number, number>();
  for (let i = 0; i < rows.length; i++) rowOf.set(dataset.partners.id[rows[i]!]!, i);

  const listed = selectMovers(dataset, a, b, MAX_IMPACT_MOVERS);
  const up = emptySide();
  const down = emptySide();
  for (let i = 0; i < rows.length; i++) {
    const from = a.weighted.tier[i]!;
    const to = b.weighted.tier[i]!;
    if (from === to) continue;
    const side = to > from ? up : down;
    side.partners++;
    side.revenue += cols.revenue?.[i] ?? 0;
    side.mdfMeasure += cols.mdf?.[i] ?? 0;
    side.mdfAllocatedCents += allocated.get(dataset.partners.id[rows[i]!]!) ?? 0;
  }
  const mover = (m: (typeof listed.up)[number], direction: 'up' | 'down'): ImpactMover => {
    const i = rowOf.get(m.partnerId)!;
    return {
      partnerId: m.partnerId,
      externalId: m.externalId,
      name: m.name,
      region: m.region,
      type: m.type,
      fromTier: m.fromTier,
      toTier: m.toTier,
      before: m.before,
      after: m.after,
      direction,
      revenue: cols.revenue?.[i] ?? 0,
      mdfAllocatedCents: allocated.get(m.partnerId) ?? 0,
    };
  };
  const movers = [
    ...listed.up.map((m) => mover(m, 'up')),
    ...listed.down.map((m) => mover(m, 'down')),
  ];
  return {
    period: { key: period.key, label: period.label },
    baseline: { methodologyId, name: base.methodology.name, version: base.version },
    assessedAt: clock.toISOString(),
    partners: diff.partners,
    moved: diff.moved,
    meanChange: diff.meanChange,
    fromTiers: diff.fromTiers,
    toTiers: diff.toTiers,
    matrix: diff.matrix,
    up,
    down,
    exposure: diff.exposure,
    mdfPlans: plans,
    movers,
    moversTruncated: listed.upTotal + listed.downTotal > movers.length,
    changes: diffDefinitions(base.definition, proposed).map((c) => c.text),
  };
}
