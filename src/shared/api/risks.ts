/**
 * The risks domain of the API: rules that flag partners no single KPI exposes (revenue
 * concentration, deal-registration abuse, implausible enablement claims, channel stuffing,
 * inactivity), each with threshold settings and a plain explanation of every flag.
 */
import { z } from 'zod';
import { method } from './define';
import { partnerRefSchema } from './benchmark';
import type { PeriodRef } from './scoring-results';

export const RISK_RULES = [
  'revenue_concentration',
  'registration_abuse',
  'enablement_claims',
  'channel_stuffing',
  'inactive_partner',
] as const;
export type RiskRule = (typeof RISK_RULES)[number];

export const RISK_RULE_NAMES: Record<RiskRule, string> = {
  revenue_concentration: 'Revenue concentration',
  registration_abuse: 'Deal-registration abuse',
  enablement_claims: 'Implausible enablement claims',
  channel_stuffing: 'Channel stuffing',
  inactive_partner: 'Inactive partner',
};

const share = z.number().min(0).max(1);
const periods = z.number().int().min(1).max(12);

const concentrationRule = z.object({
  enabled: z.boolean(),
  /** A partner above this share of channel revenue in the period is flagged. */
  maxShare: share,
  /** The portfolio figure: share of the N largest partners… */
  topN: z.number().int().min(1).max(1000),
  /** …flagged above this share. */
  topNMaxShare: share,
});

const registrationRule = z.object({
  enabled: z.boolean(),
  /** Periods looked back, the current one included. */
  lookbackPeriods: periods,
  /** More registrations dated after the deal closed than this are flagged. */
  maxAfterClose: z.number().int().min(0).max(1000),
  /** "Same day": closed at most this many days after registration (0 = the same day). */
  sameDayDays: z.number().int().min(0).max(30),
  /** Flagged at this many such registrations in the lookback. */
  sameDayRepeats: z.number().int().min(1).max(1000),
});

const enablementRule = z.object({
  enabled: z.boolean(),
  /** More active certifications per member of staff than this is implausible. */
  maxCertificationsPerStaff: z.number().min(0.1).max(100),
  /** A jump to more than this multiple of the highest recent count… */
  jumpFactor: z.number().min(1).max(100),
  /** …and by at least this many certifications. */
  minJump: z.number().int().min(1).max(100_000),
  historyPeriods: periods,
});

const stuffingRule = z.object({
  enabled: z.boolean(),
  /** The previous period's revenue at least this multiple of the usual level… */
  spikeFactor: z.number().min(1).max(100),
  /** …then this period's at most this multiple of it (or returns, below). */
  dropFactor: z.number().min(0).max(1),
  /** The usual level: median revenue of this many periods before the spike. */
  baselinePeriods: z.number().int().min(2).max(12),
  /** Returns this period (measure `returns`) above this share of the spike also count. */
  returnsShare: share,
});

const inactivityRule = z.object({
  enabled: z.boolean(),
  /** No revenue and no deal registrations in each of this many periods up to the current one. */
  periods,
});

export const riskSettingsSchema = z.object({
  revenue_concentration: concentrationRule,
  registration_abuse: registrationRule,
  enablement_claims: enablementRule,
  channel_stuffing: stuffingRule,
  inactive_partner: inactivityRule,
});
export type RiskSettings = z.infer<typeof riskSettingsSchema>;

export const DEFAULT_RISK_SETTINGS: RiskSettings = {
  revenue_concentration: { enabled: true, maxShare: 0.15, topN: 10, topNMaxShare: 0.5 },
  registration_abuse: {
    enabled: true,
    lookbackPeriods: 4,
    maxAfterClose: 0,
    sameDayDays: 0,
    sameDayRepeats: 2,
  },
  enablement_claims: {
    enabled: true,
    maxCertificationsPerStaff: 3,
    jumpFactor: 2,
    minJump: 10,
    historyPeriods: 4,
  },
  channel_stuffing: {
    enabled: true,
    spikeFactor: 1.6,
    dropFactor: 0.6,
    baselinePeriods: 4,
    returnsShare: 0.2,
  },
  inactive_partner: { enabled: true, periods: 2 },
};

/** A change to some thresholds; what is left out keeps its value. */
export const riskSettingsPatchSchema = z.object({
  revenue_concentration: concentrationRule.partial().optional(),
  registration_abuse: registrationRule.partial().optional(),
  enablement_claims: enablementRule.partial().optional(),
  channel_stuffing: stuffingRule.partial().optional(),
  inactive_partner: inactivityRule.partial().optional(),
});
export type RiskSettingsPatch = z.infer<typeof riskSettingsPatchSchema>;

export type RiskSeverity = 'high' | 'medium';

export interface RiskFlag {
  rule: RiskRule;
  ruleName: string;
  severity: RiskSeverity;
  partnerId: number;
  externalId: string;
  name: string;
  type: string | null;
  region: string | null;
  /** The measured figure and the threshold it crossed, in the unit named. */
  value: number;
  threshold: number;
  unit: 'share' | 'count' | 'ratio' | 'periods';
  /** What was found, in a sentence a partner manager can forward. */
  explanation: string;
}

export interface RiskRuleInfo {
  rule: RiskRule;
  name: string;
  enabled: boolean;
  /** What the rule checks, with the current thresholds, in words. */
  description: string;
  flagged: number;
}

export interface RevenueConcentration {
  totalRevenue: number;
  topN: number;
  topNShare: number | null;
  topNMaxShare: number;
  exceeded: boolean;
  largestShare: number | null;
}

export interface RiskReport {
  period: PeriodRef;
  periods: PeriodRef[];
  rules: RiskRuleInfo[];
  flags: RiskFlag[];
  concentration: RevenueConcentration;
  settings: RiskSettings;
}

export const risksApi = {
  'risks.list': method<RiskReport>()(
    z.object({
      period: z.string().trim().min(1).max(20).optional(),
      rules: z.array(z.enum(RISK_RULES)).max(RISK_RULES.length).optional(),
      partner: partnerRefSchema.optional(),
    }),
    'Risk flags of a period (default: the latest), each with its rule, figure, threshold and explanation.',
  ),
  'risks.settings': method<RiskSettings>()(z.object({}), 'The risk rules’ thresholds.'),
  'risks.updateSettings': method<RiskSettings>()(
    riskSettingsPatchSchema,
    'Change some risk thresholds; the others keep their values.',
    { writes: ['risks'] },
  ),
};
