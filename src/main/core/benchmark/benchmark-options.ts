/** What the Benchmarks page and the CLI can choose from. */
import type { BenchmarkOptions, GroupDimension } from '../../../shared/api/benchmark';
import type { Workspace } from '../workspace/workspace';
import { benchmarkContext, type MethodologyChoice } from './benchmark-context';
import { dimensionLabel } from './group-dimensions';
import { availableKpis } from './kpi-catalog';
import { groupableAttributes, partnerAttributes } from './partner-attributes';
import { referenceSources } from './references';
import { benchmarkSettings } from './settings';

export function benchmarkOptions(ws: Workspace, choice: MethodologyChoice = {}): BenchmarkOptions {
  const ctx = benchmarkContext(ws, choice);
  const settings = benchmarkSettings(ws);
  const fixed: GroupDimension[] = ['type', 'region', 'tier', 'size'];
  const attributes = groupableAttributes(partnerAttributes(ws, ctx.dataset)).map(
    (a) => `attr:${a}` as GroupDimension,
  );
  const periods = ctx.dataset.periods.map((p) => ({ key: p.key, label: p.label }));
  return {
    periods,
    defaultPeriod: periods[periods.length - 1]?.key ?? null,
    kpis: availableKpis(ctx.plan),
    dimensions: [...fixed, ...attributes].map((key) => ({
      key,
      label: dimensionLabel(key, settings.sizeBy),
    })),
    settings,
    referenceSources: referenceSources(ws),
    currency: ws.getSetting('currency', 'USD'),
  };
}

/** Maps a KPI key or name (any case) from a reference CSV to a KPI key. */
export function kpiResolver(ws: Workspace): (raw: string) => string | null {
  const kpis = availableKpis(benchmarkContext(ws).plan);
  const byKey = new Map(kpis.map((k) => [k.key, k.key]));
  const byName = new Map(kpis.map((k) => [k.name.toLowerCase(), k.key]));
  return (raw) => byKey.get(raw.trim()) ?? byName.get(raw.trim().toLowerCase()) ?? null;
}
