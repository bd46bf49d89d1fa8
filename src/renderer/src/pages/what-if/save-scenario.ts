/** Saving what is on screen as a named scenario (new, or over the loaded one). */
import type { ScenarioBaseline, ScenarioDetail } from '../../../../shared/api';
import { api } from '../../api/client';
import type { WhatIfEdit } from './whatif-store';

export interface SaveRequest {
  scenarioId?: number;
  name: string;
  note: string;
  baseline: ScenarioBaseline;
  edit: WhatIfEdit;
}

export function saveScenario(r: SaveRequest): Promise<ScenarioDetail> {
  return api.call('scenarios.save', {
    ...(r.scenarioId !== undefined ? { scenarioId: r.scenarioId } : {}),
    name: r.name.trim(),
    note: r.note,
    baseline: r.baseline,
    definition: r.edit.definition,
    scope: r.edit.scope,
  });
}
