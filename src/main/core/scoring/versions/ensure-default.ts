/** A workspace without methodologies gets "Partner Health v1", published as version 1. */
import { methodologies } from '../../workspace/schema';
import type { Workspace } from '../../workspace/workspace';
import { DEFAULT_METHODOLOGY_NAME, PARTNER_HEALTH_V1 } from '../default-methodology';
import type { ScoringService } from '../service/scoring-service';
import { createMethodology } from './methodology-store';
import { publishDraft } from './publish';

export function ensureDefaultMethodology(ws: Workspace, service: ScoringService): void {
  if (ws.db.select({ id: methodologies.id }).from(methodologies).limit(1).get()) return;
  const id = createMethodology(ws, {
    name: DEFAULT_METHODOLOGY_NAME,
    description: 'The built-in balanced partner health methodology.',
    definition: PARTNER_HEALTH_V1,
  });
  publishDraft(ws, service, id, 'Initial version of the built-in methodology', undefined);
}
