/**
 * The import wizard's state: staged files (one or several) → preview and suggested mapping → dry-run report →
 * commit with progress and cancel → summary. Kept in a store so leaving the page and coming back
 * keeps the work; `reset` starts over.
 */
import { create } from 'zustand';
import type {
  ColumnRole,
  FileKind,
  FilePreview,
  ImportGrain,
  ImportMapping,
  ImportMeasure,
  ImportReport,
  ImportSummary,
  MappingSuggestion,
  PartnerMatch,
  StagedFile,
} from '../../../../shared/api';
import { api } from '../../api/client';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';
import { isSingleColumnRole, type RoleAssignment } from './column-roles';
import { buildFileMapping, type MappingEdits } from './mapping-from-roles';
import { suggestedNewMeasures, withMeasureDefs, type NewMeasures } from './new-measures';
import { rolesForKind, rolesFromMapping } from './roles-from-mapping';
import { stageFile } from './stage-file';

export type WizardStep = 'choose' | 'staging' | 'mapping' | 'committing' | 'done';

export interface JobProgress {
  label: string;
  done: number;
  total: number;
  /** Rows (or items) per second. */
  rate: number | null;
}

interface WizardState {
  step: WizardStep;
  /** The step that failed, with the backend's message. */
  error: ErrorInfo | null;
  uploadFraction: number;
  /** The first staged file (the one previewed). */
  staged: StagedFile | null;
  /** Every staged file of this import: a partner list, its facts, a preset's lookup files. */
  files: StagedFile[];
  preview: FilePreview | null;
  suggestion: MappingSuggestion | null;
  /** The mapping the report was (or will be) made with. */
  mapping: ImportMapping | null;
  kind: FileKind | null;
  roles: RoleAssignment;
  /** The roles as the suggestion (or preset) had them, to tell what the user changed. */
  suggestedRoles: RoleAssignment;
  edits: MappingEdits;
  /** False when the mapping uses rules the role table cannot show (then it is read-only). */
  editable: boolean;
  /** Why the mapping is read-only. */
  readOnlyReason: string | null;
  /** What keeps the edited mapping from being complete, each naming the column or role. */
  mappingProblems: string[];
  /** Measures a column can feed (standard and the workspace's own). */
  measures: ImportMeasure[];
  /** Measures the user created from a column or a measure name: key → name. */
  newMeasures: NewMeasures;
  presetName: string | null;
  /** The preset's mapping was changed in the table. */
  presetEdited: boolean;
  report: ImportReport | null;
  /** The mapping changed since the report was made. */
  reportStale: boolean;
  analysing: boolean;
  skipInvalid: boolean;
  jobId: string | null;
  progress: JobProgress | null;
  summary: ImportSummary | null;

  /** Stages files and suggests a mapping for all of them; `add` keeps the files staged so far. */
  chooseFiles: (files: File[], add?: boolean) => Promise<void>;
  /** Takes one file out of the import (the mapping is suggested again for the rest). */
  removeFile: (fileId: string) => Promise<void>;
  setRole: (column: string, role: ColumnRole | null) => void;
  /** The measure a column feeds; `name` creates a new measure with that name. */
  setMeasure: (column: string, key: string | null, name?: string) => void;
  /** Long tables: the measure a name in the file stands for (null: reject its rows). */
  setMeasureName: (text: string, key: string | null, name?: string) => void;
  setKind: (kind: FileKind) => void;
  /** Which partner column a fact file's keys are matched on (a several-file import). */
  setPartnerMatch: (fileIndex: number, match: PartnerMatch) => Promise<void>;
  /**
   * Names a column of a headerless file (its attribute name, if it becomes one); returns why the
   * name cannot be used, or null.
   */
  nameColumn: (column: string, name: string) => string | null;
  setUniqueKey: (on: boolean) => void;
  setGrain: (grain: ImportGrain | null) => void;
  applyPreset: (name: string | null) => Promise<void>;
  setUnknownPartners: (policy: 'create' | 'reject') => Promise<void>;
  setSkipInvalid: (on: boolean) => void;
  analyse: () => Promise<void>;
  commit: () => Promise<void>;
  cancel: () => Promise<void>;
  dismissError: () => void;
  reset: () => void;
}

const initial = {
  step: 'choose' as WizardStep,
  error: null,
  uploadFraction: 0,
  staged: null,
  files: [] as StagedFile[],
  preview: null,
  suggestion: null,
  mapping: null,
  kind: null,
  roles: {},
  suggestedRoles: {},
  edits: { uniqueKey: false, grain: null, measureNames: {} },
  editable: false,
  readOnlyReason: null,
  mappingProblems: [],
  measures: [],
  newMeasures: {},
  presetName: null,
  presetEdited: false,
  report: null,
  reportStale: false,
  analysing: false,
  skipInvalid: false,
  jobId: null,
  progress: null,
  summary: null,
};

/** The table state for a suggested (or preset) mapping: its roles, or read-only and why. */
function tableFor(mapping: ImportMapping, preview: FilePreview | null) {
  const file = mapping.files[0];
  const reset = { mappingProblems: [], newMeasures: {}, presetEdited: false };
  const fixed = (reason: string) => ({
    ...reset,
    kind: file?.kind ?? preview?.kind ?? null,
    roles: {},
    suggestedRoles: {},
    edits: initial.edits,
    editable: false,
    readOnlyReason: reason,
  });
  if (!file || !preview) return fixed('there is no file mapping');
  if (mapping.files.length > 1 || (mapping.lookups?.length ?? 0) > 0)
    return fixed('it reads several files');
  const read = rolesFromMapping(file, preview.columns);
  if (!read.editable) return fixed(read.reason);
  return {
    ...reset,
    kind: file.kind,
    roles: read.roles,
    suggestedRoles: read.roles,
    edits: read.edits,
    editable: true,
    readOnlyReason: null,
  };
}

function newJobId(): string {
  return `ui-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Follows `progress` events of one job; rate falls back to done/elapsed when not reported. */
function followJob(jobId: string, update: (p: JobProgress) => void): () => void {
  const started = performance.now();
  return api.on('progress', (event) => {
    if (event.task !== `import:${jobId}` || event.finished) return;
    const seconds = (performance.now() - started) / 1000;
    const rate = event.rate ?? (seconds > 0.2 && event.done > 1 ? event.done / seconds : null);
    update({ label: event.label, done: event.done, total: event.total, rate });
  });
}

export const useImportWizard = create<WizardState>()((set, get) => {
  /** Rebuilds the edited file mapping into the whole mapping and marks the report stale. */
  const rebuild = (
    patch: Partial<
      Pick<WizardState, 'roles' | 'kind' | 'edits' | 'newMeasures' | 'editable' | 'readOnlyReason'>
    >,
  ): void => {
    const s = { ...get(), ...patch };
    const base = s.suggestion?.mapping.files[0];
    if (!s.mapping || !s.kind || !base || !s.editable) return;
    const names = new Map(s.measures.map((m) => [m.key, m.name]));
    const built = buildFileMapping(
      s.kind,
      s.roles,
      base,
      s.edits,
      (key) => names.get(key) ?? s.newMeasures[key] ?? key,
    );
    set({
      ...patch,
      mappingProblems: built.problems,
      reportStale: true,
      presetEdited: s.presetName !== null,
      ...(built.mapping
        ? {
            mapping: withMeasureDefs(
              { ...s.mapping, files: [built.mapping, ...s.mapping.files.slice(1)] },
              s.suggestion!.mapping.measures ?? [],
              s.newMeasures,
              new Set(s.measures.map((m) => m.key)),
            ),
          }
        : {}),
    });
  };

  /** Remembers a measure created from a column or a name, so the mapping can define it. */
  const newMeasure = (key: string | null, name: string | undefined) =>
    key && name ? { newMeasures: { ...get().newMeasures, [key]: name } } : {};

  /** Preview of the first file, the mapping suggested for all of them, then the report. */
  const load = async (files: StagedFile[]) => {
    const first = files[0]!;
    const [preview, suggestion, measures] = await Promise.all([
      api.call('import.preview', { fileId: first.fileId, rows: 20 }),
      api.call('import.suggest', { fileIds: files.map((f) => f.fileId) }),
      // The picker still offers new measures when the list cannot be read.
      api.call('import.measures', {}).catch(() => [] as ImportMeasure[]),
    ]);
    set({
      step: 'mapping',
      files,
      staged: first,
      preview,
      suggestion,
      measures,
      mapping: suggestion.mapping,
      report: null,
      ...tableFor(suggestion.mapping, preview),
      newMeasures: suggestedNewMeasures(suggestion.mapping, new Set(measures.map((m) => m.key))),
      presetName: suggestion.source.startsWith('preset:') ? suggestion.source.slice(7) : null,
    });
    await get().analyse();
  };

  return {
    ...initial,

    chooseFiles: async (picked, add = false) => {
      const kept = add ? get().files : [];
      if (!add) {
        const previous = get().files.map((f) => f.fileId);
        if (previous.length) void api.call('import.discard', { fileIds: previous }).catch(() => {});
        set({ ...initial, step: 'staging' });
      } else {
        set({ step: 'staging', error: null });
      }
      try {
        const staged: StagedFile[] = [...kept];
        const total = picked.reduce((n, f) => n + f.size, 0) || 1;
        let before = 0;
        for (const file of picked) {
          // The same name again replaces the file staged before (a corrected export).
          const same = staged.findIndex((f) => f.fileName === file.name);
          if (same >= 0) {
            void api.call('import.discard', { fileIds: [staged[same]!.fileId] }).catch(() => {});
            staged.splice(same, 1);
          }
          staged.push(
            await stageFile(file, (f) => set({ uploadFraction: (before + f * file.size) / total })),
          );
          before += file.size;
          set({ files: [...staged], staged: staged[0] ?? null });
        }
        await load(staged);
      } catch (error) {
        set({ step: get().files.length ? 'mapping' : 'choose', error: toErrorInfo(error) });
      }
    },

    removeFile: async (fileId) => {
      void api.call('import.discard', { fileIds: [fileId] }).catch(() => {});
      const rest = get().files.filter((f) => f.fileId !== fileId);
      if (rest.length === 0) {
        set({ ...initial });
        return;
      }
      set({ files: rest, staged: rest[0]!, error: null });
      try {
        await load(rest);
      } catch (error) {
        set({ error: toErrorInfo(error) });
      }
    },

    setRole: (column, role) => {
      const roles: RoleAssignment = { ...get().roles };
      // One column per role: the column that had it before gives it up.
      if (role && isSingleColumnRole(role))
        for (const [c, a] of Object.entries(roles)) if (a.role === role) roles[c] = { role: null };
      const had = roles[column];
      roles[column] =
        role === 'measure'
          ? { role, measure: had?.role === 'measure' ? had.measure : null }
          : { role };
      rebuild({ roles });
    },
    setMeasure: (column, key, name) => {
      const roles: RoleAssignment = { ...get().roles, [column]: { role: 'measure', measure: key } };
      rebuild({ roles, ...newMeasure(key, name) });
    },
    setMeasureName: (text, key, name) => {
      const { edits } = get();
      const measureNames = { ...edits.measureNames };
      if (key) measureNames[text] = key;
      else delete measureNames[text];
      rebuild({ edits: { ...edits, measureNames }, ...newMeasure(key, name) });
    },
    setKind: (kind) => {
      const { preview, roles, editable, presetName } = get();
      if (!preview || (!editable && presetName !== null)) return;
      // A mapping the table could not show is replaced by the table's own for the new kind.
      rebuild({
        kind,
        roles: rolesForKind(kind, editable ? roles : {}, preview.recognised),
        editable: true,
        readOnlyReason: null,
      });
    },
    nameColumn: (column, name) => {
      const { preview, suggestion, roles, editable } = get();
      const base = suggestion?.mapping.files[0];
      if (!preview || !suggestion || !base || !editable || preview.format.header) return null;
      const next = name.trim();
      if (next === column) return null;
      if (next === '') return 'A column needs a name.';
      if (next.length > 100) return 'Keep column names to 100 characters.';
      if (preview.columns.some((c) => c !== column && c.toLowerCase() === next.toLowerCase()))
        return `Another column is already called “${next}”.`;
      const rename = (c: string) => (c === column ? next : c);
      const columns = preview.columns.map(rename);
      const format = { ...(base.format ?? {}), header: false, columns };
      const renamedRoles: RoleAssignment = {};
      for (const [c, a] of Object.entries(roles)) renamedRoles[rename(c)] = a;
      const suggestedRoles: RoleAssignment = {};
      for (const [c, a] of Object.entries(get().suggestedRoles)) suggestedRoles[rename(c)] = a;
      set({
        preview: {
          ...preview,
          columns,
          recognised: preview.recognised.map((r) => ({ ...r, column: rename(r.column) })),
        },
        suggestion: {
          ...suggestion,
          mapping: {
            ...suggestion.mapping,
            files: [{ ...base, format }, ...suggestion.mapping.files.slice(1)],
          },
        },
        suggestedRoles,
      });
      rebuild({ roles: renamedRoles });
      void get().analyse();
      return null;
    },
    setUniqueKey: (uniqueKey) => rebuild({ edits: { ...get().edits, uniqueKey } }),
    setGrain: (grain) => rebuild({ edits: { ...get().edits, grain } }),

    applyPreset: async (name) => {
      const { files, preview } = get();
      if (files.length === 0) return;
      // A cleared preset leaves nothing of it behind: its report and errors go too.
      set({ analysing: true, error: null, report: null });
      try {
        const suggestion = await api.call('import.suggest', {
          fileIds: files.map((f) => f.fileId),
          ...(name ? { preset: name } : {}),
        });
        set({
          suggestion,
          mapping: suggestion.mapping,
          ...tableFor(suggestion.mapping, preview),
          presetName: name,
        });
        await get().analyse();
      } catch (error) {
        set({ analysing: false, error: toErrorInfo(error) });
      }
    },

    setPartnerMatch: async (fileIndex, match) => {
      const { mapping, suggestion } = get();
      const file = mapping?.files[fileIndex];
      if (!mapping || !file || file.kind === 'partners') return;
      const files = mapping.files.map((f, i) =>
        i === fileIndex ? { ...f, partnerMatch: match } : f,
      );
      set({
        mapping: { ...mapping, files },
        ...(suggestion?.links
          ? {
              suggestion: {
                ...suggestion,
                links: suggestion.links.map((l) =>
                  l.fileIndex === fileIndex ? { ...l, match } : l,
                ),
              },
            }
          : {}),
      });
      await get().analyse();
    },

    setUnknownPartners: async (policy) => {
      const { mapping } = get();
      if (!mapping) return;
      set({ mapping: { ...mapping, options: { ...mapping.options, unknownPartners: policy } } });
      await get().analyse();
    },

    setSkipInvalid: (skipInvalid) => set({ skipInvalid }),

    analyse: async () => {
      const { files, mapping, mappingProblems } = get();
      if (files.length === 0 || !mapping || mappingProblems.length > 0) return;
      const jobId = newJobId();
      set({ analysing: true, error: null, jobId, progress: null });
      const stop = followJob(jobId, (progress) => set({ progress }));
      try {
        const report = await api.call('import.analyse', {
          fileIds: files.map((f) => f.fileId),
          mapping,
          jobId,
        });
        set({ report, reportStale: false, skipInvalid: false });
      } catch (error) {
        set({ report: null, error: toErrorInfo(error) });
      } finally {
        stop();
        set({ analysing: false, jobId: null, progress: null });
      }
    },

    commit: async () => {
      const { report, skipInvalid, mapping } = get();
      if (!report) return;
      const jobId = newJobId();
      set({ step: 'committing', error: null, jobId, progress: null });
      const stop = followJob(jobId, (progress) => set({ progress }));
      try {
        const summary = await api.call('import.commit', {
          analysisId: report.analysisId,
          skipInvalid,
          allowReimport: report.files.some((f) => f.importedBefore.length > 0),
          unknownPartners: mapping?.options.unknownPartners ?? 'reject',
          jobId,
        });
        set({ step: 'done', summary, staged: null, files: [] });
      } catch (error) {
        // A failed or cancelled commit wrote nothing and leaves the analysis waiting: the user
        // can fix the choice (skip rejected rows, create partners) and commit again.
        set({ step: 'mapping', error: toErrorInfo(error) });
      } finally {
        stop();
        set({ jobId: null, progress: null });
      }
    },

    cancel: async () => {
      const { jobId } = get();
      if (!jobId) return;
      try {
        await api.call('import.cancel', { jobId });
      } catch (error) {
        set({ error: toErrorInfo(error) });
      }
    },

    dismissError: () => set({ error: null }),

    reset: () => {
      const fileIds = get().files.map((f) => f.fileId);
      if (fileIds.length) void api.call('import.discard', { fileIds }).catch(() => {});
      set({ ...initial });
    },
  };
});
