/** The benchmark settings of a workspace (k, default peer groups, trend rules), with defaults. */
import {
  DEFAULT_BENCHMARK_SETTINGS,
  benchmarkSettingsSchema,
  type BenchmarkSettings,
} from '../../../shared/api/benchmark';
import type { Workspace } from '../workspace/workspace';

const KEY = 'benchmark.settings';

export function benchmarkSettings(ws: Workspace): BenchmarkSettings {
  const stored = ws.getSetting<unknown>(KEY, {});
  const merged = {
    ...DEFAULT_BENCHMARK_SETTINGS,
    ...(stored && typeof stored === 'object' ? stored : {}),
  };
  const parsed = benchmarkSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : { ...DEFAULT_BENCHMARK_SETTINGS };
}

export function updateBenchmarkSettings(
  ws: Workspace,
  patch: Partial<BenchmarkSettings>,
): BenchmarkSettings {
  const next = benchmarkSettingsSchema.parse({ ...benchmarkSettings(ws), ...patch });
  // A settings row is not scoring data: keep the engine's loaded dataset.
  ws.setSetting(KEY, next);
  return next;
}
