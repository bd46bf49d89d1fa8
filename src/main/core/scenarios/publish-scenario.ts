/**
 * Publishing a saved scenario as the next version of its baseline methodology: its effective
 * definition becomes the methodology's draft (unless an identical draft is already there; a
 * different draft is replaced only when asked) and that draft is published with the changelog
 * text and a score snapshot, exactly as the methodology editor publishes.
 */
import { methodologyDefinitionSchema } from '../../../shared/api/scoring-methodology';
import type { ScenarioPublishResult } from '../../../shared/api/scenarios-results';
import { AppError } from '../../../shared/errors';
import type { ScoringService } from '../scoring/service/scoring-service';
import { canonicalJson } from '../scoring/versions/canonical-json';
import {
  definitionOf,
  draftOf,
  findMethodology,
  latestPublished,
  saveDraft,
  versionsOf,
} from '../scoring/versions/methodology-store';
import { publishDraftResult } from '../scoring/versions/publish';
import type { Workspace } from '../workspace/workspace';
import { markPublished, savedScenario, scenarioRow, scenarioSummary } from './scenario-store';

export function publishScenario(
  ws: Workspace,
  service: ScoringService,
  input: {
    scenarioId: number;
    changelog: string;
    period?: string;
    replaceDraft: boolean;
    allowOutdatedBaseline?: boolean;
  },
): ScenarioPublishResult {
  const row = scenarioRow(ws, input.scenarioId);
  const m = findMethodology(ws, { id: row.methodologyId });
  const effective = methodologyDefinitionSchema.parse(savedScenario(ws, service, row).effective);
  service.plan(effective); // refuses a definition that does not compile against this workspace
  if (service.load().dataset.periods.length > 0) service.periodIndex(input.period);
  const wanted = canonicalJson(effective);
  const versions = versionsOf(ws, m.id);
  const latest = latestPublished(versions);
  if (latest && canonicalJson(definitionOf(latest)) === wanted) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Nothing to publish: scenario "${row.name}" equals version ${latest.version} of "${m.name}".`,
    );
  }
  if (
    latest &&
    row.baseVersion !== null &&
    latest.version > row.baseVersion &&
    !input.allowOutdatedBaseline
  ) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Scenario "${row.name}" was tried against version ${row.baseVersion} of “${m.name}”, and version ${latest.version} has been published since: publishing it would undo what changed in between. Load it against version ${latest.version} and save it again, or publish it anyway.`,
      { outdatedBaseline: true, baseVersion: row.baseVersion, latestVersion: latest.version },
    );
  }
  const draft = draftOf(versions);
  const draftMatches = draft !== undefined && canonicalJson(definitionOf(draft)) === wanted;
  if (draft && !draftMatches && !input.replaceDraft) {
    throw new AppError(
      'ALREADY_EXISTS',
      `“${m.name}” has an unpublished draft (version ${draft.version}) that differs from this scenario; publish or discard it first, or replace it.`,
      { methodologyId: m.id, draftVersion: draft.version },
    );
  }
  // One transaction: the draft, its publication and the scenario's mark land together or not at
  // all (the nested transactions become savepoints).
  return ws.sqlite.transaction(() => {
    if (!draftMatches) {
      saveDraft(ws, m.id, effective, `From the what-if scenario "${row.name}"`);
    }
    const version = draftOf(versionsOf(ws, m.id))!.version;
    const published = publishDraftResult(ws, service, m.id, input.changelog, input.period);
    markPublished(ws, row.id, version);
    return { ...published, scenario: scenarioSummary(ws, row.id) };
  })();
}
