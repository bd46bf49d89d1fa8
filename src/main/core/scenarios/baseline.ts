/**
 * The baseline a scenario is compared with: a saved methodology version (default: the default
 * methodology's newest published version, else its draft), and the workspace's scope values.
 * Scored baselines are cached per dataset, so that a slider move costs only the scenario's
 * weighted rescore.
 */
import type { ScenarioBaseline } from '../../../shared/api/scenarios';
import type { MethodologyDefinition } from '../../../shared/api/scoring-methodology';
import type { MethodologyRef } from '../../../shared/api/scoring-results';
import type { ScoringDataset } from '../scoring/dataset';
import type { ScoringService } from '../scoring/service/scoring-service';
import { canonicalJson } from '../scoring/versions/canonical-json';
import { resolveMethodology } from '../scoring/views/resolve-methodology';
import type { Workspace } from '../workspace/workspace';
import type { ScopeValues } from './effective-definition';
import type { ScoredSide } from './scored-side';

export interface Baseline {
  ref: MethodologyRef & { id: number };
  definition: MethodologyDefinition;
}

export function resolveBaseline(
  ws: Workspace,
  service: ScoringService,
  baseline: ScenarioBaseline | undefined,
): Baseline {
  const resolved = resolveMethodology(ws, service, {
    methodologyId: baseline?.methodologyId,
    version: baseline?.version,
  });
  return { ref: { ...resolved.ref, id: resolved.ref.id! }, definition: resolved.definition };
}

const scopes = new WeakMap<ScoringDataset, ScopeValues>();

/** Distinct regions and partner types of the workspace's partners, sorted (cached per dataset). */
export function scopeValues(ds: ScoringDataset): ScopeValues {
  const hit = scopes.get(ds);
  if (hit) return hit;
  const distinct = (values: (string | null)[]) =>
    [...new Set(values.filter((v): v is string => v !== null && v !== ''))].sort((a, b) =>
      a.localeCompare(b),
    );
  const values = { regions: distinct(ds.partners.region), types: distinct(ds.partners.type) };
  scopes.set(ds, values);
  return values;
}

/**
 * Scores a definition for period `t` (no contributions kept). `compositeOnly`: without group
 * scores (their array is empty), for a side that is compared by composite, rank and tier only.
 */
export function scoreSide(
  service: ScoringService,
  definition: MethodologyDefinition,
  t: number,
  compositeOnly = false,
): ScoredSide & { fastPath: boolean } {
  const plan = service.plan(definition);
  const { structural, weighted, fastPath } = service.score(plan, t, false, compositeOnly);
  return { plan, structural, weighted, fastPath };
}

/** The baseline's scores for period `t`, cached while the dataset stays the same. */
export function scoreBaseline(
  service: ScoringService,
  definition: MethodologyDefinition,
  t: number,
): ScoredSide {
  const key = `${t}|${canonicalJson(definition)}`;
  return service.memo('scenarios.baseline', key, () => scoreSide(service, definition, t), 8);
}
