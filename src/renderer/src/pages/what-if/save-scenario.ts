/** Saving what is on screen as a named scenario (new, or over the loaded one). */
import type { ScenarioBaseline, ScenarioDetail } from '../../../../shared/api';
import { api } from '../../api/client';
import type { ErrorInfo } from '../../stores/error-info';
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

/** The methodology has an unpublished draft that differs (publishing would replace it). */
export function isDraftConflict(error: ErrorInfo): boolean {
  return error.code === 'ALREADY_EXISTS' && /draft/i.test(error.message);
}

/** The message for a scenario name that is taken, or null for any other error. */
export function duplicateNameMessage(error: ErrorInfo, name: string): string | null {
  return error.code === 'ALREADY_EXISTS' && !isDraftConflict(error)
    ? `A scenario named “${name.trim()}” already exists. Choose another name, or load that scenario and save over it.`
    : null;
}
