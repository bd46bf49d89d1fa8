/**
 * Cohorts: a saved filter on partner type, region, program tier, action segment (of the latest
 * scored period) and account manager. An issue about a cohort covers whoever matches it now.
 */
import { SEGMENTS } from '../../../shared/api/scoring-methodology';
import type { Cohort } from '../../../shared/api/improvement-results';
import type { KpiReader } from './kpi-reader';
import type { Workspace } from '../workspace/workspace';

export interface PartnerFacts {
  id: number;
  externalId: string;
  name: string;
  type: string | null;
  region: string | null;
  tier: string | null;
  manager: string | null;
}

export function allPartners(ws: Workspace): PartnerFacts[] {
  return ws.sqlite
    .prepare(
      `SELECT id, external_id AS externalId, name, type, region, tier, account_manager AS manager
         FROM partners ORDER BY external_id`,
    )
    .all() as PartnerFacts[];
}

/** Action segment of every partner in the latest period (by numeric partner id). */
export function latestSegments(reader: KpiReader): Map<number, string> {
  const out = new Map<number, string>();
  if (reader.latest < 0) return out;
  const { ctx } = reader;
  const { structural } = ctx.service.score(ctx.plan, reader.latest, false);
  structural.rows.forEach((row, i) => {
    out.set(ctx.dataset.partners.id[row]!, SEGMENTS[structural.segments.segment[i]!] ?? 'Maintain');
  });
  return out;
}

const same = (a: string | null | undefined, b: string) =>
  (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

export function matchesCohort(
  p: PartnerFacts,
  cohort: Cohort,
  segments: Map<number, string>,
): boolean {
  if (cohort.type !== undefined && !same(p.type, cohort.type)) return false;
  if (cohort.region !== undefined && !same(p.region, cohort.region)) return false;
  if (cohort.tier !== undefined && !same(p.tier, cohort.tier)) return false;
  if (cohort.manager !== undefined && !same(p.manager, cohort.manager)) return false;
  if (cohort.segment !== undefined && !same(segments.get(p.id), cohort.segment)) return false;
  return true;
}

/** "VAR · EMEA · Gold tier · Intervene · managed by Ann Lee". */
export function cohortLabel(cohort: Cohort): string {
  const parts = [
    cohort.type,
    cohort.region,
    cohort.tier ? `${cohort.tier} tier` : undefined,
    cohort.segment,
    cohort.manager ? `managed by ${cohort.manager}` : undefined,
  ].filter((x): x is string => Boolean(x));
  return parts.join(' · ');
}
