/**
 * The uncertainty analysis over methodological choices: its settings, the running job (progress
 * from the backend's `progress` events, task "uncertainty") and the last result with the
 * weighting it was run for. Kept in a store so a run continues while the user switches tabs.
 */
import { create } from 'zustand';
import {
  UNCERTAINTY_DEFAULTS,
  UNCERTAINTY_FACTORS,
  type MethodInput,
  type UncertaintyFactor,
  type UncertaintyResult,
} from '../../../../shared/api';
import { api } from '../../api/client';
import type { ErrorInfo } from '../../stores/error-info';
import { cancelAnalysisJob, runAnalysisJob, type RunningJob } from './analysis-job';

export type UncertaintyBase = Omit<
  MethodInput<'whatif.uncertainty'>,
  'jobId' | 'perturbation' | 'samples' | 'seed' | 'factors' | 'limit'
>;

export interface UncertaintySettings {
  samples: number;
  seed: number;
  /** ± % the weights are perturbed by. */
  percent: number;
  factors: UncertaintyFactor[];
}

interface UncertaintyState {
  settings: UncertaintySettings;
  running: RunningJob | null;
  result: UncertaintyResult | null;
  resultFor: string | null;
  error: ErrorInfo | null;
  setSettings: (patch: Partial<UncertaintySettings>) => void;
  run: (base: UncertaintyBase) => Promise<void>;
  cancel: () => Promise<void>;
}

/** What each choice is called on the page. */
export const FACTOR_LABELS: Record<UncertaintyFactor, string> = {
  normalisation: 'Normalisation',
  aggregation: 'Aggregation',
  imputation: 'Imputation',
  treatment: 'Outlier treatment',
  weights: 'Weights',
};

/** Partners listed (best nominal rank first): the chart and the table show them. */
export const UNCERTAINTY_LISTED = 100;

export const uncertaintyKey = (base: UncertaintyBase) => JSON.stringify(base);

export const useUncertaintyStore = create<UncertaintyState>()((set, get) => ({
  settings: {
    samples: UNCERTAINTY_DEFAULTS.samples,
    seed: UNCERTAINTY_DEFAULTS.seed,
    percent: UNCERTAINTY_DEFAULTS.perturbation * 100,
    factors: [...UNCERTAINTY_FACTORS],
  },
  running: null,
  result: null,
  resultFor: null,
  error: null,
  setSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
  run: async (base) => {
    if (get().running) return;
    const { samples, seed, percent, factors } = get().settings;
    const result = await runAnalysisJob<'whatif.uncertainty'>(
      'uncertainty',
      samples,
      get,
      set,
      (jobId) =>
        api.call('whatif.uncertainty', {
          ...base,
          jobId,
          samples,
          seed,
          perturbation: percent / 100,
          factors,
          limit: UNCERTAINTY_LISTED,
        }),
    );
    if (result) set({ result, resultFor: uncertaintyKey(base), running: null });
  },
  cancel: () => cancelAnalysisJob(get, set),
}));
