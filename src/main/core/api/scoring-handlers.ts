/** The scoring domain's handlers: thin glue between the contract and src/main/core/scoring. */
import type { MethodologyDefinitionInput } from '../../../shared/api/scoring-methodology';
import type { KpiLibrary } from '../../../shared/api/scoring-results';
import type { AppContext } from '../app/context';
import { DEFAULT_METHODOLOGY_NAME, PARTNER_HEALTH_V1 } from '../scoring/default-methodology';
import { methodologyDefinitionSchema } from '../../../shared/api/scoring-methodology';
import { scoringService } from '../scoring/service/scoring-service';
import { explainPartner } from '../scoring/views/explain';
import { checkFormula, kpiLibrary } from '../scoring/views/kpi-library-view';
import { previewScores } from '../scoring/views/preview';
import { resolveMethodology } from '../scoring/views/resolve-methodology';
import { scoreTable } from '../scoring/views/score-table';
import { listAudit } from '../scoring/versions/audit';
import { diffDefinitions } from '../scoring/versions/definition-diff';
import { ensureDefaultMethodology } from '../scoring/versions/ensure-default';
import {
  createMethodology,
  definitionOf,
  discardDraft,
  findMethodology,
  listMethodologies,
  methodologyDetail,
  pickVersion,
  renameMethodology,
  saveDraft,
  versionsOf,
} from '../scoring/versions/methodology-store';
import { publishDraftResult } from '../scoring/versions/publish';
import {
  buildSnapshot,
  insertSnapshot,
  listSnapshots,
  verifySnapshot,
} from '../scoring/versions/snapshots';
import { AppError } from '../../../shared/errors';
import type { HandlerMap } from './handler-types';

type ScoringMethods =
  | 'scoring.kpis'
  | 'scoring.checkFormula'
  | 'scoring.score'
  | 'scoring.preview'
  | 'scoring.explain'
  | 'scoring.snapshots'
  | 'scoring.createSnapshot'
  | 'scoring.verifySnapshot'
  | 'methodology.list'
  | 'methodology.get'
  | 'methodology.defaultDefinition'
  | 'methodology.create'
  | 'methodology.update'
  | 'methodology.discardDraft'
  | 'methodology.publish'
  | 'methodology.diff'
  | 'methodology.audit';

function open(ctx: AppContext) {
  const ws = ctx.requireWorkspace();
  return { ws, service: scoringService(ws) };
}

function workspaceMeasures(ctx: AppContext): KpiLibrary['measures'] {
  return ctx
    .requireWorkspace()
    .sqlite.prepare('SELECT key, name, unit, aggregation, description FROM measures ORDER BY id')
    .all() as KpiLibrary['measures'];
}

export const scoringHandlers: HandlerMap<ScoringMethods> = {
  'scoring.kpis': (_args, ctx) => kpiLibrary(workspaceMeasures(ctx)),

  'scoring.checkFormula': ({ formula }, ctx) =>
    checkFormula(
      formula,
      workspaceMeasures(ctx).map((m) => m.key),
    ),

  'scoring.score': (args, ctx) => {
    const { ws, service } = open(ctx);
    const resolved = resolveMethodology(ws, service, args);
    const { dataset, loadMs } = service.load();
    const started = performance.now();
    const plan = service.plan(resolved.definition);
    const ps = service.score(plan, service.periodIndex(args.period));
    const trend = args.trend ? service.trend(plan) : undefined;
    return scoreTable(plan, dataset, ps, {
      methodology: resolved.ref,
      detail: args.detail,
      trend,
      timings: { loadMs, scoreMs: performance.now() - started },
    });
  },

  'scoring.preview': (args, ctx) => {
    const { ws, service } = open(ctx);
    const baseline = args.baseline
      ? resolveMethodology(ws, service, {
          methodologyId: args.baseline.methodologyId,
          version: args.baseline.version,
        })
      : null;
    return previewScores(
      service,
      methodologyDefinitionSchema.parse(args.definition),
      service.periodIndex(args.period),
      baseline,
    );
  },

  'scoring.explain': (args, ctx) => {
    const { ws, service } = open(ctx);
    const resolved = resolveMethodology(ws, service, args);
    const plan = service.plan(resolved.definition);
    const ps = service.score(plan, service.periodIndex(args.period));
    return explainPartner(
      plan,
      service.load().dataset,
      ps,
      service.trend(plan),
      resolved.ref,
      args.partnerId,
    );
  },

  'scoring.snapshots': ({ methodologyId }, ctx) => listSnapshots(open(ctx).ws, methodologyId),

  'scoring.createSnapshot': ({ methodologyId, version, period }, ctx) => {
    const { ws, service } = open(ctx);
    const m = findMethodology(ws, { id: methodologyId });
    const v = pickVersion(versionsOf(ws, m.id), version, 'published', `"${m.name}"`);
    if (v.status !== 'published') {
      throw new AppError(
        'INVALID_DATA',
        'Snapshots are taken of published versions; publish the draft first.',
      );
    }
    const payload = buildSnapshot(service, definitionOf(v), service.periodIndex(period));
    const id = ws.sqlite.transaction(() =>
      insertSnapshot(
        ws,
        payload,
        { methodologyId: m.id, versionId: v.id, version: v.version },
        'manual',
      ),
    )();
    return listSnapshots(ws, m.id).find((s) => s.id === id)!;
  },

  'scoring.verifySnapshot': ({ snapshotId }, ctx) => verifySnapshot(open(ctx).ws, snapshotId),

  'methodology.list': (_args, ctx) => {
    const { ws, service } = open(ctx);
    ensureDefaultMethodology(ws, service);
    return listMethodologies(ws);
  },

  'methodology.get': ({ methodologyId, name, version }, ctx) => {
    const { ws, service } = open(ctx);
    ensureDefaultMethodology(ws, service);
    const m = findMethodology(
      ws,
      methodologyId !== undefined || name !== undefined
        ? { id: methodologyId, name }
        : { name: DEFAULT_METHODOLOGY_NAME },
    );
    return methodologyDetail(ws, m.id, version);
  },

  'methodology.defaultDefinition': () => ({
    name: DEFAULT_METHODOLOGY_NAME,
    definition: methodologyDefinitionSchema.parse(PARTNER_HEALTH_V1),
  }),

  'methodology.create': ({ name, description, definition, copyFrom }, ctx) => {
    const { ws } = open(ctx);
    let source: MethodologyDefinitionInput = definition ?? PARTNER_HEALTH_V1;
    if (copyFrom) {
      const m = findMethodology(ws, { id: copyFrom.methodologyId });
      source = definitionOf(
        pickVersion(versionsOf(ws, m.id), copyFrom.version, 'published', `"${m.name}"`),
      );
    }
    const id = createMethodology(ws, { name, description, definition: source });
    return methodologyDetail(ws, id);
  },

  'methodology.update': ({ methodologyId, name, description, definition, note }, ctx) => {
    const { ws } = open(ctx);
    renameMethodology(ws, methodologyId, { name, description });
    if (definition !== undefined || note !== undefined)
      saveDraft(ws, methodologyId, definition, note);
    return methodologyDetail(ws, methodologyId);
  },

  'methodology.discardDraft': ({ methodologyId }, ctx) => {
    const { ws } = open(ctx);
    discardDraft(ws, methodologyId);
    return methodologyDetail(ws, methodologyId);
  },

  'methodology.publish': ({ methodologyId, summary, period }, ctx) => {
    const { ws, service } = open(ctx);
    return publishDraftResult(ws, service, methodologyId, summary, period);
  },

  'methodology.diff': ({ methodologyId, from, to }, ctx) => {
    const { ws } = open(ctx);
    const m = findMethodology(ws, { id: methodologyId });
    const versions = versionsOf(ws, m.id);
    const a = pickVersion(versions, from, 'published', `"${m.name}"`);
    const b = pickVersion(versions, to, 'published', `"${m.name}"`);
    return {
      methodologyId: m.id,
      from: { version: a.version, status: a.status },
      to: { version: b.version, status: b.status },
      lines: diffDefinitions(definitionOf(a), definitionOf(b)),
    };
  },

  'methodology.audit': ({ methodologyId, limit }, ctx) =>
    listAudit(open(ctx).ws.db, methodologyId, limit),
};
