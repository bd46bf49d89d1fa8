/**
 * Program change proposals: propose (the definition to publish is frozen and its impact assessed
 * with the What-if engine), assess again, decide (approve → publish through the normal publish
 * path; reject; defer) with a rationale inside the decision window, and keep the partner notice.
 * Every step is written to the decision log.
 */
import { desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ProgramChangeDetail,
  ProgramChangeImpact,
  ProgramChangeSummary,
  ProgramDecisionResult,
  programChangeInputSchema,
  governanceApi,
} from '../../../shared/api/governance';
import {
  methodologyDefinitionSchema,
  type MethodologyDefinition,
} from '../../../shared/api/scoring-methodology';
import { AppError } from '../../../shared/errors';
import type { ScoringService } from '../scoring/service/scoring-service';
import { canonicalJson, definitionHash } from '../scoring/versions/canonical-json';
import {
  definitionOf,
  draftOf,
  findMethodology,
  latestPublished,
  saveDraft,
  versionsOf,
} from '../scoring/versions/methodology-store';
import { publishDraftResult } from '../scoring/versions/publish';
import { methodologies, methodologyVersions, programChanges } from '../workspace/schema';
import type { Workspace } from '../workspace/workspace';
import { appendDecision, listDecisionLog } from './decision-log';
import { assessImpact, changeBaseline } from './impact';
import { draftNotice } from './notice';

type ProposeInput = z.output<typeof programChangeInputSchema>;
type DecideInput = z.output<(typeof governanceApi)['governance.decide']['input']>;
type ChangeRow = typeof programChanges.$inferSelect;

const today = (clock = new Date()) => clock.toISOString().slice(0, 10);

function changeRow(ws: Workspace, id: number): ChangeRow {
  const row = ws.db.select().from(programChanges).where(eq(programChanges.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `No program change #${id}.`);
  return row;
}

/** The definition a proposal would publish. */
function proposedDefinition(
  ws: Workspace,
  input: Pick<ProposeInput, 'kind' | 'methodologyId' | 'definition' | 'thresholds'>,
  base: MethodologyDefinition,
): MethodologyDefinition {
  if (input.kind === 'methodology') {
    if (input.definition) return input.definition;
    const m = findMethodology(ws, { id: input.methodologyId });
    const draft = draftOf(versionsOf(ws, m.id));
    if (!draft) {
      throw new AppError(
        'INVALID_ARGUMENT',
        `"${m.name}" has no draft to propose: save a draft on the Methodology page first, or propose new tier thresholds.`,
      );
    }
    return definitionOf(draft);
  }
  const names = base.tiers.map((t) => t.name);
  const wanted = new Map<string, number>();
  for (const t of input.thresholds ?? []) {
    if (!names.includes(t.tier)) {
      throw new AppError(
        'INVALID_ARGUMENT',
        `No tier "${t.tier}" in the methodology; its tiers are ${names.join(', ')}.`,
      );
    }
    wanted.set(t.tier, t.minScore);
  }
  const candidate = {
    ...base,
    tiers: base.tiers.map((t) => ({ ...t, minScore: wanted.get(t.name) ?? t.minScore })),
  };
  const parsed = methodologyDefinitionSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `These thresholds do not make a valid methodology: ${parsed.error.issues.map((i) => i.message).join('; ')}.`,
    );
  }
  return parsed.data;
}

/** The impact of a change before it is proposed (nothing is written). */
export function assessDraft(
  ws: Workspace,
  service: ScoringService,
  input: Pick<ProposeInput, 'kind' | 'methodologyId' | 'definition' | 'thresholds' | 'period'>,
): ProgramChangeImpact {
  const base = changeBaseline(ws, input.methodologyId);
  const definition = proposedDefinition(ws, input, base.definition);
  return assessImpact(ws, service, input.methodologyId, definition, input.period);
}

/** `clock`: when it is proposed (the demo dates its history; otherwise now). */
export function proposeChange(
  ws: Workspace,
  service: ScoringService,
  input: ProposeInput,
  clock = new Date(),
): ProgramChangeDetail {
  const base = changeBaseline(ws, input.methodologyId);
  const definition = proposedDefinition(ws, input, base.definition);
  if (base.version !== null && canonicalJson(definition) === canonicalJson(base.definition)) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Nothing changes: the proposal equals version ${base.version} of "${base.methodology.name}".`,
    );
  }
  const impact = assessImpact(ws, service, input.methodologyId, definition, input.period, clock);
  const at = clock.toISOString();
  const id = ws.sqlite.transaction(() => {
    const row = ws.db
      .insert(programChanges)
      .values({
        title: input.title,
        kind: input.kind,
        description: input.description,
        methodologyId: input.methodologyId,
        baseVersion: base.version,
        definition,
        definitionHash: definitionHash(definition),
        sponsor: input.sponsor,
        proposedBy: input.proposedBy,
        windowOpens: input.windowOpens,
        windowCloses: input.windowCloses,
        impact,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: programChanges.id })
      .get();
    appendDecision(
      ws.db,
      {
        changeId: row.id,
        methodologyId: input.methodologyId,
        kind: 'proposed',
        actor: input.proposedBy || input.sponsor,
        summary: `Proposed "${input.title}" (sponsor ${input.sponsor}; decision window ${input.windowOpens} to ${input.windowCloses}): ${impact.moved.up} partners would move up a tier, ${impact.moved.down} down`,
      },
      at,
    );
    return row.id;
  })();
  return changeDetail(ws, id);
}

function assertUndecided(row: ChangeRow) {
  if (row.status === 'approved' || row.status === 'rejected') {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Change #${row.id} was already ${row.status} on ${row.decidedAt?.slice(0, 10)} by ${row.decidedBy}.`,
    );
  }
}

export function reassessChange(
  ws: Workspace,
  service: ScoringService,
  id: number,
  period: string | undefined,
): ProgramChangeDetail {
  const row = changeRow(ws, id);
  assertUndecided(row);
  const base = changeBaseline(ws, row.methodologyId);
  const impact = assessImpact(ws, service, row.methodologyId, row.definition, period);
  const at = new Date().toISOString();
  ws.sqlite.transaction(() => {
    ws.db
      .update(programChanges)
      .set({ impact, baseVersion: base.version, updatedAt: at })
      .where(eq(programChanges.id, id))
      .run();
    appendDecision(
      ws.db,
      {
        changeId: id,
        methodologyId: row.methodologyId,
        kind: 'assessed',
        actor: '',
        summary: `Impact assessed again against version ${base.version ?? '—'} for ${impact.period.label}: ${impact.moved.up} up, ${impact.moved.down} down`,
      },
      at,
    );
  })();
  return changeDetail(ws, id);
}

export function decideChange(
  ws: Workspace,
  service: ScoringService,
  input: DecideInput,
  clock = new Date(),
): ProgramDecisionResult {
  const row = changeRow(ws, input.id);
  assertUndecided(row);
  const day = today(clock);
  if (!input.outsideWindow && (day < row.windowOpens || day > row.windowCloses)) {
    throw new AppError(
      'INVALID_ARGUMENT',
      day < row.windowOpens
        ? `The decision window of change #${row.id} opens on ${row.windowOpens}; decide then, or decide outside the window on purpose.`
        : `The decision window of change #${row.id} closed on ${row.windowCloses}; extend it by deferring, or decide outside the window on purpose.`,
      { outsideWindow: true },
    );
  }
  const m = findMethodology(ws, { id: row.methodologyId });
  const at = clock.toISOString();
  const log = (kind: 'approved' | 'rejected' | 'deferred') =>
    appendDecision(
      ws.db,
      {
        changeId: row.id,
        methodologyId: row.methodologyId,
        kind,
        actor: input.decidedBy,
        summary: `${kind[0]!.toUpperCase()}${kind.slice(1)} "${row.title}"${day < row.windowOpens || day > row.windowCloses ? ' (outside the decision window)' : ''}: ${input.rationale}`,
      },
      at,
    );
  if (input.decision !== 'approved') {
    ws.sqlite.transaction(() => {
      ws.db
        .update(programChanges)
        .set({
          status: input.decision,
          rationale: input.rationale,
          decidedBy: input.decidedBy,
          decidedAt: at,
          updatedAt: at,
        })
        .where(eq(programChanges.id, row.id))
        .run();
      log(input.decision as 'rejected' | 'deferred');
    })();
    return { change: changeDetail(ws, row.id), published: null };
  }
  const versions = versionsOf(ws, m.id);
  const latest = latestPublished(versions);
  if ((latest?.version ?? null) !== row.baseVersion) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Version ${latest?.version} of "${m.name}" was published after change #${row.id} was assessed against version ${row.baseVersion}: assess it again before approving.`,
      { outdated: true },
    );
  }
  const draft = draftOf(versions);
  const draftMatches = draft !== undefined && draft.definitionHash === row.definitionHash;
  if (draft && !draftMatches && !input.replaceDraft) {
    throw new AppError(
      'ALREADY_EXISTS',
      `"${m.name}" has an unpublished draft (version ${draft.version}) that differs from change #${row.id}; approving would replace it. Publish or discard that draft first, or replace it.`,
      { draftVersion: draft.version },
    );
  }
  // One transaction: the draft, the decision and the publication land together or not at all.
  const published = ws.sqlite.transaction(() => {
    if (!draftMatches) {
      saveDraft(ws, m.id, row.definition, `From program change #${row.id}: ${row.title}`);
    }
    const versionId = draftOf(versionsOf(ws, m.id))!.id;
    ws.db
      .update(programChanges)
      .set({
        status: 'approved',
        rationale: input.rationale,
        decidedBy: input.decidedBy,
        decidedAt: at,
        publishedVersionId: versionId,
        updatedAt: at,
      })
      .where(eq(programChanges.id, row.id))
      .run();
    log('approved');
    const { dataset } = service.load();
    const period = dataset.periods.some((p) => p.key === row.impact.period.key)
      ? row.impact.period.key
      : undefined;
    return publishDraftResult(ws, service, m.id, input.changelog ?? row.title, period);
  })();
  return { change: changeDetail(ws, row.id), published };
}

export function saveNotice(ws: Workspace, id: number, text: string | null): ProgramChangeDetail {
  const row = changeRow(ws, id);
  const value = text === null || text.trim() === '' ? null : text;
  const at = new Date().toISOString();
  ws.sqlite.transaction(() => {
    ws.db
      .update(programChanges)
      .set({ notice: value, updatedAt: at })
      .where(eq(programChanges.id, id))
      .run();
    appendDecision(
      ws.db,
      {
        changeId: id,
        methodologyId: row.methodologyId,
        kind: 'notice',
        actor: '',
        summary:
          value === null
            ? `Partner notice of "${row.title}" set back to the generated draft`
            : `Partner notice of "${row.title}" edited`,
      },
      at,
    );
  })();
  return changeDetail(ws, id);
}

function versionNumbers(ws: Workspace, ids: number[]): Map<number, number> {
  if (ids.length === 0) return new Map();
  return new Map(
    ws.db
      .select({ id: methodologyVersions.id, version: methodologyVersions.version })
      .from(methodologyVersions)
      .where(inArray(methodologyVersions.id, ids))
      .all()
      .map((v) => [v.id, v.version]),
  );
}

function summaryOf(
  row: ChangeRow,
  names: Map<number, string>,
  versions: Map<number, number>,
): ProgramChangeSummary {
  const undecided = row.status === 'open' || row.status === 'deferred';
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    methodologyId: row.methodologyId,
    methodologyName: names.get(row.methodologyId) ?? '',
    baseVersion: row.baseVersion,
    sponsor: row.sponsor,
    windowOpens: row.windowOpens,
    windowCloses: row.windowCloses,
    status: row.status,
    overdue: undecided && today() > row.windowCloses,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    publishedVersion:
      row.publishedVersionId === null ? null : (versions.get(row.publishedVersionId) ?? null),
    moved: { up: row.impact.moved.up, down: row.impact.moved.down },
    createdAt: row.createdAt,
  };
}

function methodologyNames(ws: Workspace): Map<number, string> {
  return new Map(
    ws.db
      .select({ id: methodologies.id, name: methodologies.name })
      .from(methodologies)
      .all()
      .map((m) => [m.id, m.name]),
  );
}

export function listChanges(
  ws: Workspace,
  status: ProgramChangeSummary['status'] | 'all',
): ProgramChangeSummary[] {
  const rows = ws.db
    .select()
    .from(programChanges)
    .where(status === 'all' ? undefined : eq(programChanges.status, status))
    .orderBy(desc(programChanges.id))
    .all();
  const versions = versionNumbers(
    ws,
    rows.flatMap((r) => (r.publishedVersionId === null ? [] : [r.publishedVersionId])),
  );
  const names = methodologyNames(ws);
  return rows.map((r) => summaryOf(r, names, versions));
}

export function changeDetail(ws: Workspace, id: number): ProgramChangeDetail {
  const row = changeRow(ws, id);
  const versions = versionsOf(ws, row.methodologyId);
  const summary = summaryOf(
    row,
    methodologyNames(ws),
    new Map(versions.map((v) => [v.id, v.version])),
  );
  const baseRow =
    versions.find((v) => v.version === row.baseVersion) ??
    latestPublished(versions) ??
    versions[0]!;
  const generatedNotice = draftNotice({
    title: row.title,
    methodologyName: summary.methodologyName,
    changes: row.impact.changes,
    before: definitionOf(baseRow),
    after: row.definition,
    effectiveOn: row.decidedAt?.slice(0, 10) ?? row.windowCloses,
  });
  const undecided = row.status === 'open' || row.status === 'deferred';
  return {
    ...summary,
    description: row.description,
    proposedBy: row.proposedBy,
    rationale: row.rationale,
    definition: row.definition,
    impact: row.impact,
    outdated: undecided && (latestPublished(versions)?.version ?? null) !== row.baseVersion,
    notice: row.notice ?? generatedNotice,
    noticeEdited: row.notice !== null,
    generatedNotice,
    log: listDecisionLog(ws, { changeId: id, limit: 1000 }),
  };
}
