/**
 * Improvement-loop demo history: issues accepted from what the data suggested two and three
 * quarters before the latest one (regressing scores, bottom-quartile KPIs, risk flags, a
 * regressing cohort), a few dismissed suggestions, and actions with their KPI baselines frozen in
 * those earlier periods — some completed, some in progress, some still open — so the progress
 * view shows movement and "did it work" has completed actions to compare. Seeded: the same seed
 * gives the same issues and actions (timestamps are derived from the periods, not the clock).
 */
import type { Horizon, RootCause, SuggestedIssue } from '../../../shared/api/improvement-results';
import { kpiReader, tidy, type KpiReader } from '../improvement/kpi-reader';
import { draftSuggestions } from '../improvement/suggestions';
import type { Workspace } from '../workspace/workspace';
import { Rng } from './random';

export const IMPROVEMENT_DEMO_MAX_PARTNERS = 20_000;

export interface ImprovementDemoSummary {
  issues: number;
  actions: number;
  dismissed: number;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const stamp = (date: string) => `${date}T09:00:00.000Z`;

const ROOT_CAUSES_BY_RULE: Record<string, RootCause[]> = {
  regressing: ['capability_gap', 'misaligned_incentives', 'gtm_messaging', 'channel_conflict'],
  stagnating: ['enablement_resources', 'capability_gap'],
  cohort: ['misaligned_incentives', 'gtm_messaging'],
};

const ANALYSIS: Record<RootCause, string> = {
  capability_gap:
    'Why did the score drop? Fewer deals closed. Why? Proposals stall at the technical stage. Why? Only one certified engineer left after turnover. Why? No replacement plan. Root cause: solution capability gap.',
  misaligned_incentives:
    'Rebates reward volume on legacy products, so the partner pushes those instead of the new platform; the new-logo KPIs fall while revenue holds.',
  gtm_messaging:
    'Campaign messaging still targets mid-market while the partner’s pipeline is enterprise; registrations are small and convert poorly.',
  enablement_resources:
    'Sales staff have not finished the learning path; the portal shows few logins and no use of the demo environment.',
  channel_conflict:
    'Two partners in the same territory compete on the same accounts; registrations are rejected as duplicates and the partner disengages.',
  data_quality:
    'Training completions are self-reported in bulk at quarter end; they need to be checked against the learning system.',
  other: 'To be analysed in the next operational review.',
};

interface Template {
  title: string;
  criterion: string;
  resources: string;
  contingency: string;
  horizon: Horizon;
}

const TEMPLATES: Record<string, Template[]> = {
  score: [
    {
      title: 'Joint account plan for the top 10 target accounts',
      criterion: 'Score back to its level of a year earlier',
      resources: '2 co-sell days a month from the territory AE',
      contingency: 'Move the partner to the Intervene track at the next QBR',
      horizon: 'mid_term',
    },
    {
      title: 'Pipeline clinic with the partner’s sales lead',
      criterion: 'Three new qualified registrations per month',
      resources: 'Channel manager, 1 hour every two weeks',
      contingency: 'Escalate to the regional program lead',
      horizon: 'quick_win',
    },
  ],
  enablement: [
    {
      title: 'Certification bootcamp for the partner’s sales engineers',
      criterion: 'Two more certified staff by the due date',
      resources: 'Free exam vouchers (4), partner enablement team',
      contingency: 'Fund a second cohort from MDF',
      horizon: 'mid_term',
    },
  ],
  pipeline: [
    {
      title: 'Fortnightly co-sell pipeline review',
      criterion: 'KPI at the peer median',
      resources: 'Territory AE and partner sales lead',
      contingency: 'Targeted lead-sharing programme',
      horizon: 'quick_win',
    },
  ],
  revenue: [
    {
      title: 'MDF-funded demand campaign on the new platform',
      criterion: 'KPI at the peer median',
      resources: 'MDF 15k, campaign-in-a-box',
      contingency: 'Shift budget to a joint customer event',
      horizon: 'mid_term',
    },
  ],
  engagement: [
    {
      title: 'Refresh the joint business plan and portal onboarding',
      criterion: 'Monthly portal activity at the peer median',
      resources: 'Partner marketing manager, 2 workshops',
      contingency: 'Executive sponsor call',
      horizon: 'quick_win',
    },
  ],
  risk: [
    {
      title: 'Review the flagged records with the partner',
      criterion: 'Flag cleared in the next period',
      resources: 'Channel operations analyst',
      contingency: 'Withhold the rebate until resolved',
      horizon: 'quick_win',
    },
  ],
};

function groupOfKpi(reader: KpiReader, key: string | null): string {
  if (!key || key === 'score') return 'score';
  const plan = reader.ctx.plan;
  const k = plan.kpis.findIndex((x) => x.key === key);
  return k < 0 ? 'score' : (plan.groups[plan.groupOf[k]!] ?? 'score');
}

export function generateImprovementDemo(ws: Workspace, seed: number): ImprovementDemoSummary {
  return ws.sqlite.transaction(() => fillImprovementDemo(ws, seed))();
}

function fillImprovementDemo(ws: Workspace, seed: number): ImprovementDemoSummary {
  const summary: ImprovementDemoSummary = { issues: 0, actions: 0, dismissed: 0 };
  const reader = kpiReader(ws);
  const T = reader.latest;
  if (T < 4) return summary;
  const rng = Rng.derive(seed, 15, 1);
  const manager = new Map(
    (
      ws.sqlite
        .prepare('SELECT id, external_id AS e, account_manager AS m FROM partners')
        .all() as {
        id: number;
        e: string;
        m: string | null;
      }[]
    ).map((r) => [r.e, r]),
  );
  const insertIssue = ws.sqlite.prepare(
    `INSERT INTO improvement_issues (partner_id, cohort, title, found_on, kpi_key, period_key, value,
       peer_value, target_value, evidence, root_cause, analysis, impact_revenue, impact_score,
       severity, status, suggestion_key, created_at, updated_at)
     VALUES (@partnerId, @cohort, @title, @foundOn, @kpiKey, @periodKey, @value, @peerValue,
       @targetValue, @evidence, @rootCause, @analysis, @impactRevenue, @impactScore, @severity,
       @status, @key, @created, @created)`,
  );
  const insertAction = ws.sqlite.prepare(
    `INSERT INTO qbr_actions (partner_id, period_key, title, owner, due_date, status,
       success_criterion, kpi_key, created_at, updated_at, completed_at, issue_id, baseline_value,
       baseline_period, baseline_date, target_value, resources, contingency, horizon)
     VALUES (@partnerId, @period, @title, @owner, @dueDate, @status, @criterion, @kpiKey, @created,
       @updated, @completedAt, @issueId, @baseline, @period, @baselineDate, @target, @resources,
       @contingency, @horizon)`,
  );
  const dismiss = ws.sqlite.prepare(
    'INSERT OR IGNORE INTO improvement_dismissals (suggestion_key, reason, dismissed_at) VALUES (?, ?, ?)',
  );
  const used = new Set<string>();
  const latestEnd = reader.periods[T]!.endDate;

  const addAction = (
    s: SuggestedIssue,
    issueId: number,
    externalId: string,
    b: number,
    template: Template,
    kpiKey: string | null,
  ) => {
    const p = manager.get(externalId);
    if (!p) return;
    const period = reader.periods[b]!;
    const created = addDays(period.endDate, 12 + rng.int(0, 20));
    const baseline = kpiKey ? tidy(reader.value(kpiKey, reader.row(p.id), b)) : null;
    const direction = kpiKey ? reader.info(kpiKey).direction : 'higher';
    let target: number | null = null;
    if (baseline !== null) {
      const peer = s.peerValue;
      const better = (x: number) => (direction === 'higher' ? x > baseline : x < baseline);
      target =
        peer !== null && better(peer) && s.rule !== 'regressing'
          ? baseline + (peer - baseline) * 0.8
          : kpiKey === 'score'
            ? baseline + (direction === 'higher' ? 1 : -1) * Math.max(5, Math.abs(baseline) * 0.15)
            : baseline * (direction === 'higher' ? 1.2 : 0.8) + (baseline === 0 ? 1 : 0);
      target = tidy(target);
    }
    const dueDate =
      template.horizon === 'quick_win'
        ? addDays(created, 90)
        : addDays(created, 240 + rng.int(0, 60));
    // Past their date most actions are done; later ones are under way, a few finished early.
    const roll = rng.next();
    const early = addDays(created, 60 + rng.int(0, 40));
    let status: 'open' | 'in_progress' | 'done';
    let completedOn: string | null = null;
    if (dueDate < latestEnd) {
      status = roll < 0.75 ? 'done' : roll < 0.9 ? 'in_progress' : 'open';
      if (status === 'done') completedOn = addDays(dueDate, -rng.int(0, 20));
    } else if (roll < 0.3 && early < latestEnd) {
      status = 'done';
      completedOn = early;
    } else {
      status = roll < 0.7 ? 'in_progress' : 'open';
    }
    insertAction.run({
      partnerId: p.id,
      period: period.key,
      title: template.title,
      owner: p.m ?? '',
      dueDate,
      status,
      criterion: template.criterion,
      kpiKey,
      created: stamp(created),
      updated: stamp(completedOn ?? created),
      completedAt: completedOn ? stamp(completedOn) : null,
      issueId,
      baseline,
      baselineDate: period.endDate,
      target,
      resources: template.resources,
      contingency: template.contingency,
      horizon: template.horizon,
    });
    summary.actions += 1;
  };

  // Issues found three and two quarters before the latest period.
  for (const [b, picks] of [
    [T - 3, { regressing: 5, bottom_quartile: 8, risk: 2, cohort: 1, dismiss: 3 }],
    [T - 2, { regressing: 3, bottom_quartile: 5, risk: 1, cohort: 0, dismiss: 2 }],
  ] as const) {
    const period = reader.periods[b]!;
    const { all } = draftSuggestions(ws, period.key, reader);
    const ordered = [...all].sort(
      (x, y) => (y.impactScore ?? 0) - (x.impactScore ?? 0) || x.key.localeCompare(y.key),
    );
    const left: Record<string, number> = { ...picks };
    for (const s of ordered) {
      const who = s.partner?.externalId ?? s.subject;
      if (used.has(who)) continue;
      const quota = left[s.rule] ?? 0;
      if (quota <= 0) {
        if (s.rule === 'bottom_quartile' && left.dismiss! > 0) {
          dismiss.run(
            s.key,
            'Known seasonal dip; watch next quarter',
            stamp(addDays(period.endDate, 10)),
          );
          left.dismiss! -= 1;
          summary.dismissed += 1;
          used.add(who);
        }
        continue;
      }
      left[s.rule] = quota - 1;
      used.add(who);
      const found = addDays(period.endDate, 5 + rng.int(0, 10));
      const causes = ROOT_CAUSES_BY_RULE[s.rule];
      const rootCause = causes ? rng.pick(causes) : s.rootCause;
      const result = insertIssue.run({
        partnerId: s.partner ? (manager.get(s.partner.externalId)?.id ?? null) : null,
        cohort: s.cohort ? JSON.stringify(s.cohort) : null,
        title: s.title,
        foundOn: found,
        kpiKey: s.kpiKey,
        periodKey: s.periodKey,
        value: s.value,
        peerValue: s.peerValue,
        targetValue: s.targetValue,
        evidence: s.evidence,
        rootCause,
        analysis: ANALYSIS[rootCause],
        impactRevenue: s.impactRevenue,
        impactScore: s.impactScore,
        severity: s.severity,
        status: rng.chance(0.2) ? 'resolved' : 'in_progress',
        key: s.key,
        created: stamp(found),
      });
      const issueId = Number(result.lastInsertRowid);
      summary.issues += 1;
      if (s.cohort) {
        // A cohort issue: actions with three of the cohort's regressing partners.
        const members = all
          .filter(
            (x) =>
              x.rule === 'regressing' &&
              x.partner &&
              manager.get(x.partner.externalId) !== undefined &&
              !used.has(x.partner.externalId) &&
              x.subject &&
              s.cohort &&
              cohortMatches(ws, x.partner.externalId, s.cohort),
          )
          .slice(0, 3);
        for (const m of members) {
          used.add(m.partner!.externalId);
          addAction(m, issueId, m.partner!.externalId, b, TEMPLATES.score![0]!, 'score');
        }
        continue;
      }
      const group = s.rule === 'risk' ? 'risk' : groupOfKpi(reader, s.kpiKey);
      const templates = TEMPLATES[group] ?? TEMPLATES.score!;
      const kpiKey = s.rule === 'risk' ? null : s.kpiKey;
      addAction(s, issueId, s.partner!.externalId, b, templates[0]!, kpiKey);
      if (templates.length > 1 && rng.chance(0.5)) {
        addAction(s, issueId, s.partner!.externalId, b, templates[1]!, kpiKey);
      }
    }
  }
  return summary;
}

function cohortMatches(
  ws: Workspace,
  externalId: string,
  cohort: { type?: string; region?: string },
): boolean {
  const p = ws.sqlite
    .prepare('SELECT type, region FROM partners WHERE external_id = ?')
    .get(externalId) as { type: string | null; region: string | null } | undefined;
  return (
    p !== undefined &&
    (cohort.type === undefined || p.type === cohort.type) &&
    (cohort.region === undefined || p.region === cohort.region)
  );
}
