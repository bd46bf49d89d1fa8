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
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';

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

interface Running {
  jobId: string;
  done: number;
  total: number;
  cancelling: boolean;
}

interface SensitivityState {
  settings: SensitivitySettings;
  running: Running | null;
  result: SensitivityResult | null;
  /** The weighting (serialised request) the result is for. */
  resultFor: string | null;
  error: ErrorInfo | null;
  setSettings: (patch: Partial<SensitivitySettings>) => void;
  run: (base: SensitivityBase) => Promise<void>;
  cancel: () => Promise<void>;
}

let jobCounter = 0;
const newJobId = () => `sensitivity-${Date.now().toString(36)}-${(jobCounter += 1)}`;

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
    const jobId = newJobId();
    set({ running: { jobId, done: 0, total: samples, cancelling: false }, error: null });
    const stop = api.on('progress', (e) => {
      const running = get().running;
      if (e.task !== 'sensitivity' || running?.jobId !== jobId) return;
      set({ running: { ...running, done: e.done, total: e.total || running.total } });
    });
    try {
      const result = await api.call('whatif.sensitivity', {
        ...base,
        jobId,
        perturbation: percent / 100,
        samples,
        seed,
      });
      set({ result, resultFor: sensitivityKey(base), running: null });
    } catch (error) {
      const info = toErrorInfo(error);
      set({ running: null, error: info.code === 'CANCELLED' ? null : info });
    } finally {
      stop();
    }
  },
  cancel: async () => {
    const running = get().running;
    if (!running) return;
    set({ running: { ...running, cancelling: true } });
    try {
      await api.call('whatif.cancel', { jobId: running.jobId });
    } catch (error) {
      set({ error: toErrorInfo(error) });
    }
  },
}));
