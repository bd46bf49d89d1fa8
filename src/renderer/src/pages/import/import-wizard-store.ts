/**
 * The import wizard's state: one staged file → preview and suggested mapping → dry-run report →
 * commit with progress and cancel → summary. Kept in a store so leaving the page and coming back
 * keeps the work; `reset` starts over.
 */
import { create } from 'zustand';
import type {
  ColumnRole,
  FileKind,
  FilePreview,
  ImportMapping,
  ImportReport,
  ImportSummary,
  MappingSuggestion,
  StagedFile,
} from '../../../../shared/api';
import { api } from '../../api/client';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';
import { buildMapping, EDITABLE_KINDS, type RoleAssignment } from './column-roles';
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
  staged: StagedFile | null;
  preview: FilePreview | null;
  suggestion: MappingSuggestion | null;
  /** The mapping the report was (or will be) made with. */
  mapping: ImportMapping | null;
  kind: FileKind | null;
  roles: RoleAssignment;
  uniqueKey: boolean;
  mappingProblem: string | null;
  presetName: string | null;
  report: ImportReport | null;
  /** The mapping changed since the report was made. */
  reportStale: boolean;
  analysing: boolean;
  skipInvalid: boolean;
  jobId: string | null;
  progress: JobProgress | null;
  summary: ImportSummary | null;

  chooseFile: (file: File) => Promise<void>;
  setRole: (column: string, role: ColumnRole | null) => void;
  setKind: (kind: FileKind) => void;
  setUniqueKey: (on: boolean) => void;
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
  preview: null,
  suggestion: null,
  mapping: null,
  kind: null,
  roles: {},
  uniqueKey: false,
  mappingProblem: null,
  presetName: null,
  report: null,
  reportStale: false,
  analysing: false,
  skipInvalid: false,
  jobId: null,
  progress: null,
  summary: null,
};

function rolesOf(preview: FilePreview): RoleAssignment {
  return Object.fromEntries(preview.recognised.map((r) => [r.column, r.role]));
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
  const rebuild = (patch: Partial<Pick<WizardState, 'roles' | 'kind' | 'uniqueKey'>>): void => {
    const s = { ...get(), ...patch };
    if (!s.mapping || !s.kind) return;
    const base = s.mapping.files[0];
    if (!base || !EDITABLE_KINDS.includes(s.kind)) {
      set({ ...patch, reportStale: true });
      return;
    }
    const built = buildMapping(s.kind as 'partners' | 'transactions', s.roles, base, {
      uniqueKey: s.uniqueKey,
    });
    set({
      ...patch,
      mappingProblem: built.problem,
      reportStale: true,
      ...(built.mapping
        ? { mapping: { ...s.mapping, files: [built.mapping, ...s.mapping.files.slice(1)] } }
        : {}),
    });
  };

  return {
    ...initial,

    chooseFile: async (file) => {
      const previous = get().staged;
      if (previous) void api.call('import.discard', { fileIds: [previous.fileId] }).catch(() => {});
      set({ ...initial, step: 'staging' });
      try {
        const staged = await stageFile(file, (f) => set({ uploadFraction: f }));
        set({ staged });
        const [preview, suggestion] = await Promise.all([
          api.call('import.preview', { fileId: staged.fileId, rows: 20 }),
          api.call('import.suggest', { fileIds: [staged.fileId] }),
        ]);
        set({
          step: 'mapping',
          preview,
          suggestion,
          mapping: suggestion.mapping,
          kind: suggestion.mapping.files[0]?.kind ?? preview.kind,
          roles: rolesOf(preview),
          uniqueKey: false,
          presetName: suggestion.source.startsWith('preset:') ? suggestion.source.slice(7) : null,
        });
        await get().analyse();
      } catch (error) {
        set({ step: get().staged ? 'mapping' : 'choose', error: toErrorInfo(error) });
      }
    },

    setRole: (column, role) => {
      const roles: RoleAssignment = { ...get().roles };
      // One column per role: the column that had it before gives it up.
      if (role) for (const [c, r] of Object.entries(roles)) if (r === role) roles[c] = null;
      roles[column] = role;
      rebuild({ roles });
    },
    setKind: (kind) => rebuild({ kind }),
    setUniqueKey: (uniqueKey) => rebuild({ uniqueKey }),

    applyPreset: async (name) => {
      const { staged, preview } = get();
      if (!staged) return;
      set({ analysing: true, error: null });
      try {
        const suggestion = await api.call('import.suggest', {
          fileIds: [staged.fileId],
          ...(name ? { preset: name } : {}),
        });
        set({
          suggestion,
          mapping: suggestion.mapping,
          kind: suggestion.mapping.files[0]?.kind ?? null,
          roles: preview ? rolesOf(preview) : {},
          presetName: name,
          mappingProblem: null,
        });
        await get().analyse();
      } catch (error) {
        set({ analysing: false, error: toErrorInfo(error) });
      }
    },

    setUnknownPartners: async (policy) => {
      const { mapping } = get();
      if (!mapping) return;
      set({ mapping: { ...mapping, options: { ...mapping.options, unknownPartners: policy } } });
      await get().analyse();
    },

    setSkipInvalid: (skipInvalid) => set({ skipInvalid }),

    analyse: async () => {
      const { staged, mapping, mappingProblem } = get();
      if (!staged || !mapping || mappingProblem) return;
      const jobId = newJobId();
      set({ analysing: true, error: null, jobId, progress: null });
      const stop = followJob(jobId, (progress) => set({ progress }));
      try {
        const report = await api.call('import.analyse', {
          fileIds: [staged.fileId],
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
        set({ step: 'done', summary, staged: null });
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
      const { staged } = get();
      if (staged) void api.call('import.discard', { fileIds: [staged.fileId] }).catch(() => {});
      set({ ...initial });
    },
  };
});
