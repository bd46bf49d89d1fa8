/**
 * `whatif.context`: what the What-if page starts from — the methodologies, the baseline and its
 * definition, every KPI it can weight (library and custom) with its group, the groups with
 * labels, the workspace's regions, partner types and periods, and the exposure measures.
 */
import type { WhatIfContext } from '../../../shared/api/scenarios-results';
import { GROUP_LABELS, groupKeys } from '../../../shared/api/scoring-methodology';
import { kpiCatalogue } from '../kpi/kpi-library';
import { groupOfKpi } from '../scoring/compile-methodology';
import type { ScoringService } from '../scoring/service/scoring-service';
import { listMethodologies } from '../scoring/versions/methodology-store';
import type { Workspace } from '../workspace/workspace';
import { resolveBaseline, scopeValues } from './baseline';
import { EXPOSURE_MEASURES, measureWithData } from './exposure';

export function whatIfContext(
  ws: Workspace,
  service: ScoringService,
  selector: { methodologyId?: number; version?: number },
): WhatIfContext {
  const baseline = resolveBaseline(
    ws,
    service,
    selector.methodologyId === undefined
      ? undefined
      : { methodologyId: selector.methodologyId, version: selector.version },
  );
  const { dataset } = service.load();
  const definition = baseline.definition;
  const kpis = [...kpiCatalogue(definition.customKpis).values()].map((k) => ({
    key: k.key,
    name: k.name,
    group: groupOfKpi(k, definition),
    unit: k.unit,
    direction: k.direction,
  }));
  const { regions, types } = scopeValues(dataset);
  const has = (key: string) => (measureWithData(dataset, key) >= 0 ? key : null);
  return {
    methodologies: listMethodologies(ws),
    baseline: baseline.ref,
    definition,
    kpis,
    groups: definition.groups
      ? definition.groups.map((g) => ({ key: g.key, label: g.label ?? g.key }))
      : groupKeys(definition.grouping).map((key) => ({
          key,
          label: GROUP_LABELS[key as keyof typeof GROUP_LABELS],
        })),
    regions: [...regions],
    types: [...types],
    periods: dataset.periods.map((p) => ({ key: p.key, label: p.label })),
    exposureMeasures: { revenue: has(EXPOSURE_MEASURES.revenue), mdf: has(EXPOSURE_MEASURES.mdf) },
  };
}
