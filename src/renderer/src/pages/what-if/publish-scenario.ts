/** Publishing a saved scenario as the next version of its baseline methodology. */
import type { ScenarioPublishResult } from '../../../../shared/api';
import { api } from '../../api/client';

export interface PublishRequest {
  scenarioId: number;
  changelog: string;
  period?: string;
  replaceDraft: boolean;
  /** Publish although a newer version was published after the scenario was saved. */
  allowOutdatedBaseline?: boolean;
}

export function publishScenario(r: PublishRequest): Promise<ScenarioPublishResult> {
  return api.call('scenarios.publish', {
    scenarioId: r.scenarioId,
    changelog: r.changelog.trim(),
    replaceDraft: r.replaceDraft,
    allowOutdatedBaseline: r.allowOutdatedBaseline ?? false,
    ...(r.period ? { period: r.period } : {}),
  });
}
