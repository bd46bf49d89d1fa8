/** The choices of the shared period and methodology selectors. */
import type { ViewOptions } from '../../../shared/api/views';
import { DEFAULT_METHODOLOGY_NAME } from '../scoring/default-methodology';
import { scoringService } from '../scoring/service/scoring-service';
import { ensureDefaultMethodology } from '../scoring/versions/ensure-default';
import { listMethodologies, versionsOf } from '../scoring/versions/methodology-store';
import type { Workspace } from '../workspace/workspace';

export function workspaceCurrency(ws: Workspace): string {
  const code = ws.getSetting<unknown>('currency', 'USD');
  return typeof code === 'string' && /^[A-Z]{3}$/.test(code) ? code : 'USD';
}

export function viewOptions(ws: Workspace): ViewOptions {
  const service = scoringService(ws);
  const periods = service.periods();
  ensureDefaultMethodology(ws, service);
  const methodologies = listMethodologies(ws).map((m) => ({
    id: m.id,
    name: m.name,
    publishedVersion: m.publishedVersion,
    draftVersion: m.draftVersion,
    versions: versionsOf(ws, m.id).map((v) => ({ version: v.version, status: v.status })),
  }));
  const preferred =
    methodologies.find((m) => m.name === DEFAULT_METHODOLOGY_NAME) ?? methodologies[0];
  return {
    periods: periods.map((p) => ({ key: p.key, label: p.label })),
    defaultPeriod: periods.at(-1)?.key ?? null,
    methodologies,
    defaultMethodologyId: preferred?.id ?? null,
    currency: workspaceCurrency(ws),
  };
}
