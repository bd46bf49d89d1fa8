/**
 * Which methodology a request means: an unsaved definition, a saved one by id or name (a
 * version number, else the newest published, else the draft), else the default methodology
 * (created on first use).
 */
import type { MethodologySelector } from '../../../../shared/api/scoring';
import {
  methodologyDefinitionSchema,
  type MethodologyDefinition,
} from '../../../../shared/api/scoring-methodology';
import type { MethodologyRef } from '../../../../shared/api/scoring-results';
import type { Workspace } from '../../workspace/workspace';
import { DEFAULT_METHODOLOGY_NAME } from '../default-methodology';
import type { ScoringService } from '../service/scoring-service';
import { ensureDefaultMethodology } from '../versions/ensure-default';
import {
  definitionOf,
  findMethodology,
  listMethodologies,
  pickVersion,
  versionsOf,
} from '../versions/methodology-store';

export interface ResolvedMethodology {
  ref: MethodologyRef;
  definition: MethodologyDefinition;
}

export function resolveMethodology(
  ws: Workspace,
  service: ScoringService,
  selector: MethodologySelector,
): ResolvedMethodology {
  if (selector.definition) {
    return {
      ref: { id: null, name: 'Unsaved draft', version: null, status: 'unsaved' },
      definition: methodologyDefinitionSchema.parse(selector.definition),
    };
  }
  ensureDefaultMethodology(ws, service);
  let ref: { id?: number; name?: string } = {
    id: selector.methodologyId,
    name: selector.methodology,
  };
  if (ref.id === undefined && ref.name === undefined) {
    const all = listMethodologies(ws);
    const preferred = all.find((m) => m.name === DEFAULT_METHODOLOGY_NAME) ?? all[0]!;
    ref = { id: preferred.id };
  }
  const m = findMethodology(ws, ref);
  const v = pickVersion(versionsOf(ws, m.id), selector.version, 'published', `"${m.name}"`);
  return {
    ref: { id: m.id, name: m.name, version: v.version, status: v.status },
    definition: definitionOf(v),
  };
}
