/**
 * Gathers the data of the matched comparison (matched-comparison.ts): treated partners have a
 * completed action with a baseline; controls have no action at all. Each treated partner is
 * compared, in the same cell (partner type, region and program tier), with the control whose
 * composite score in the treated partner's baseline period is nearest (within 10 points), on the
 * chosen KPI from that baseline period to the latest period.
 */
import type { DidItWork, MatchedPair } from '../../../shared/api/improvement-results';
import { AppError } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';
import { allPartners, type PartnerFacts } from './cohort';
import { kpiReader } from './kpi-reader';
import { estimateEffect, nearestControl, pairDifference, type Unit } from './matched-comparison';

/** Score points: a control further than this from the treated partner's baseline is no match. */
export const CALIPER = 10;

export const CAVEAT =
  'Observational comparison, not proof: partners were not assigned to actions at random, and the matched partners may differ in ways the data does not show.';

export function didItWork(
  ws: Workspace,
  q: { kpi: string; resamples: number; seed: number },
): DidItWork {
  const reader = kpiReader(ws);
  if (reader.latest < 0) {
    throw new AppError(
      'INVALID_DATA',
      'The workspace has no periods with data yet; import data first.',
    );
  }
  const info = reader.info(q.kpi);
  const T = reader.latest;
  const partners = allPartners(ws);
  const byId = new Map(partners.map((p) => [p.id, p]));
  const done = ws.sqlite
    .prepare(
      `SELECT partner_id AS partnerId, min(baseline_period) AS period FROM qbr_actions
        WHERE status = 'done' AND baseline_period IS NOT NULL GROUP BY partner_id`,
    )
    .all() as { partnerId: number; period: string }[];
  const withActions = new Set(
    (
      ws.sqlite.prepare('SELECT DISTINCT partner_id AS id FROM qbr_actions').all() as {
        id: number;
      }[]
    ).map((r) => r.id),
  );
  const cellOf = (p: PartnerFacts) => [p.type ?? '–', p.region ?? '–', p.tier ?? '–'].join(' · ');
  const controlsByCell = new Map<string, PartnerFacts[]>();
  for (const p of partners) {
    if (withActions.has(p.id)) continue;
    const cell = cellOf(p);
    controlsByCell.set(cell, [...(controlsByCell.get(cell) ?? []), p]);
  }
  const unitAt = (p: PartnerFacts, b: number): Unit & { p: PartnerFacts } => {
    const row = reader.row(p.id);
    return {
      id: p.externalId,
      p,
      matchOn: reader.value('score', row, b) ?? NaN,
      before: reader.value(q.kpi, row, b) ?? NaN,
      after: reader.value(q.kpi, row, T) ?? NaN,
    };
  };
  const pairs: MatchedPair[] = [];
  const unmatched: DidItWork['unmatched'] = [];
  for (const d of done) {
    const p = byId.get(d.partnerId);
    if (!p) continue;
    const who = { externalId: p.externalId, name: p.name };
    const b = reader.periodIndex(d.period);
    if (b < 0 || b >= T) {
      unmatched.push({ ...who, reason: 'no later period than the baseline yet' });
      continue;
    }
    const treated = unitAt(p, b);
    if (![treated.matchOn, treated.before, treated.after].every(Number.isFinite)) {
      unmatched.push({ ...who, reason: `no ${info.name} or score in ${d.period} or now` });
      continue;
    }
    const cell = cellOf(p);
    const candidates = (controlsByCell.get(cell) ?? []).map((c) => unitAt(c, b));
    const control = nearestControl(treated, candidates, CALIPER);
    if (!control) {
      unmatched.push({
        ...who,
        reason: `no partner without actions in ${cell} within ${CALIPER} score points`,
      });
      continue;
    }
    pairs.push({
      treated: who,
      control: { externalId: control.p.externalId, name: control.p.name },
      cell,
      baselinePeriod: d.period,
      treatedBefore: treated.before,
      treatedAfter: treated.after,
      controlBefore: control.before,
      controlAfter: control.after,
      difference: pairDifference(treated, control),
    });
  }
  const effect = estimateEffect(
    pairs.map((x) => x.difference),
    q.resamples,
    q.seed,
  );
  const latest = reader.periods[T]!;
  return {
    kpi: { key: info.key, name: info.name, unit: info.unit, direction: info.direction },
    period: { key: latest.key, label: latest.label },
    pairs,
    unmatched,
    estimate: effect.estimate,
    bootstrap: effect.bootstrap
      ? { ...effect.bootstrap, resamples: q.resamples, seed: q.seed }
      : null,
    tInterval: effect.tInterval,
    caveat: CAVEAT,
  };
}
