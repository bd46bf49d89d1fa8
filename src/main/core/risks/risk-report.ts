/**
 * The risk list of a period: every enabled rule run over the same data, flags joined with the
 * partners they are about, most severe first.
 */
import {
  RISK_RULES,
  RISK_RULE_NAMES,
  type RevenueConcentration,
  type RiskFlag,
  type RiskReport,
  type RiskRule,
  type RiskSettings,
} from '../../../shared/api/risks';
import { partnerRow } from '../benchmark/resolve-partner';
import { scoringService } from '../scoring/service/scoring-service';
import type { Workspace } from '../workspace/workspace';
import { registrationCounts } from './registration-facts';
import { riskData, type RiskData } from './risk-data';
import { describeRule } from './rule-descriptions';
import { channelStuffing } from './rules/channel-stuffing';
import { enablementClaims } from './rules/enablement-claims';
import { inactivePartner } from './rules/inactive-partner';
import { registrationAbuse } from './rules/registration-abuse';
import { revenueConcentration } from './rules/revenue-concentration';
import type { RuleFlag } from './rules/rule-flag';
import { riskSettings } from './settings';

export interface RiskQuery {
  period?: string;
  rules?: readonly RiskRule[];
  partner?: number | string;
}

export interface RuleResults {
  flags: Map<RiskRule, RuleFlag[]>;
  concentration: RevenueConcentration;
}

/** Runs the enabled rules (of `only`, when given) over one period's data. */
export function runRules(
  data: RiskData,
  settings: RiskSettings,
  only?: readonly RiskRule[],
): RuleResults {
  const wanted = (rule: RiskRule) => settings[rule].enabled && (!only || only.includes(rule));
  const flags = new Map<RiskRule, RuleFlag[]>();
  const concentration = revenueConcentration(data, settings.revenue_concentration);
  if (wanted('revenue_concentration')) flags.set('revenue_concentration', concentration.flags);
  if (wanted('registration_abuse'))
    flags.set('registration_abuse', registrationAbuse(data, settings.registration_abuse));
  if (wanted('enablement_claims'))
    flags.set('enablement_claims', enablementClaims(data, settings.enablement_claims));
  if (wanted('channel_stuffing'))
    flags.set('channel_stuffing', channelStuffing(data, settings.channel_stuffing));
  if (wanted('inactive_partner'))
    flags.set('inactive_partner', inactivePartner(data, settings.inactive_partner));
  return { flags, concentration: concentration.summary };
}

/** The period's data for the rules, deal-registration counts included. */
export function loadRiskData(ws: Workspace, t: number, settings: RiskSettings): RiskData {
  const { dataset } = scoringService(ws).load();
  const periods = dataset.periods;
  const from = Math.max(0, t - settings.registration_abuse.lookbackPeriods + 1);
  const registrations = registrationCounts(ws.sqlite, dataset, {
    from: periods[from]!.startDate,
    to: periods[t]!.endDate,
    sameDayDays: settings.registration_abuse.sameDayDays,
  });
  return riskData(dataset, t, registrations);
}

const SEVERITY_ORDER = { high: 0, medium: 1 } as const;

export function riskReport(ws: Workspace, query: RiskQuery = {}): RiskReport {
  const service = scoringService(ws);
  const t = service.periodIndex(query.period);
  const settings = riskSettings(ws);
  const data = loadRiskData(ws, t, settings);
  const { dataset } = data;
  const only = query.partner === undefined ? null : partnerRow(dataset, query.partner);
  const results = runRules(data, settings, query.rules);
  const p = dataset.partners;
  const flags: RiskFlag[] = [];
  for (const [rule, list] of results.flags) {
    for (const f of list) {
      if (only !== null && f.row !== only) continue;
      flags.push({
        rule,
        ruleName: RISK_RULE_NAMES[rule],
        severity: f.severity,
        partnerId: p.id[f.row]!,
        externalId: p.externalId[f.row]!,
        name: p.name[f.row]!,
        type: p.type[f.row] ?? null,
        region: p.region[f.row] ?? null,
        value: f.value,
        threshold: f.threshold,
        unit: f.unit,
        explanation: f.explanation,
      });
    }
  }
  flags.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      RISK_RULES.indexOf(a.rule) - RISK_RULES.indexOf(b.rule) ||
      a.name.localeCompare(b.name, 'en'),
  );
  const period = dataset.periods[t]!;
  return {
    period: { key: period.key, label: period.label },
    periods: dataset.periods.map((x) => ({ key: x.key, label: x.label })),
    rules: RISK_RULES.map((rule) => ({
      rule,
      name: RISK_RULE_NAMES[rule],
      enabled: settings[rule].enabled,
      description: describeRule(rule, settings),
      flagged: results.flags.get(rule)?.length ?? 0,
    })),
    flags,
    concentration: results.concentration,
    settings,
  };
}
