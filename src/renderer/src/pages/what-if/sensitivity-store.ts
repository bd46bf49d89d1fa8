/**
 * The sensitivity analysis: its settings, the running job (with progress from the backend's
 * `progress` events, task "sensitivity") and the last result, with the weighting it was run for.
 * Kept in a store so a run continues, and its result stays, while the user switches tabs.
 */
import { create } from 'zustand';
import {
  SENSITIVITY_DEFAULTS,
  type MethodInput,
  type SensitivityResult,
} from '../../../../shared/api';
import { api } from '../../api/client';
import type { ErrorInfo } from '../../stores/error-info';
import { cancelAnalysisJob, runAnalysisJob, type RunningJob } from './analysis-job';

export type SensitivityBase = Omit<
  MethodInput<'whatif.sensitivity'>,
  'jobId' | 'perturbation' | 'samples' | 'seed'
>;

export interface SensitivitySettings {
  /** ± % each weight is perturbed by. */
  percent: number;
  samples: number;
  seed: number;
}

interface SensitivityState {
  settings: SensitivitySettings;
  running: RunningJob | null;
  result: SensitivityResult | null;
  /** The weighting (serialised request) the result is for. */
  resultFor: string | null;
  error: ErrorInfo | null;
  setSettings: (patch: Partial<SensitivitySettings>) => void;
  run: (base: SensitivityBase) => Promise<void>;
  cancel: () => Promise<void>;
}

export const sensitivityKey = (base: SensitivityBase) => JSON.stringify(base);

export const useSensitivityStore = create<SensitivityState>()((set, get) => ({
  settings: {
    percent: SENSITIVITY_DEFAULTS.perturbation * 100,
    samples: SENSITIVITY_DEFAULTS.samples,
    seed: SENSITIVITY_DEFAULTS.seed,
  },
  running: null,
  result: null,
  resultFor: null,
  error: null,
  setSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
  run: async (base) => {
    if (get().running) return;
    const { percent, samples, seed } = get().settings;
    const result = await runAnalysisJob<'whatif.sensitivity'>(
      'sensitivity',
      samples,
      get,
      set,
      (jobId) =>
        api.call('whatif.sensitivity', {
          ...base,
          jobId,
          perturbation: percent / 100,
          samples,
          seed,
        }),
    );
    if (result) set({ result, resultFor: sensitivityKey(base), running: null });
  },
  cancel: () => cancelAnalysisJob(get, set),
}));
