/**
 * One partner's identity and the hidden traits that drive its quarterly facts: size, growth,
 * seasonality, deal shape, engagement, program participation, and the data problems it has.
 */
import { fromDay } from './dates';
import { drawGaps, type DataGaps } from './data-gaps';
import type { DemoWindow } from './demo-window';
import { COUNTRIES, REGION_WEIGHTS, type Region } from './geography';
import type { CompanyNamer } from './names';
import { personName } from './names';
import { TYPE_PROFILES, TYPE_WEIGHTS, type PartnerType, type Tier } from './partner-types';
import { clamp, type Rng } from './random';
import {
  CERTIFIED_BY_TIER,
  JBP_BY_TIER,
  MDF_BY_TIER,
  TIER_ACTIVITY,
  placeTier,
} from './tier-policy';

export interface PartnerProfile {
  externalId: string;
  name: string;
  type: PartnerType;
  tier: Tier;
  region: Region;
  country: string;
  accountManager: string;
  status: 'active' | 'inactive';
  onboardedDay: number;
  attributes: Record<string, string | number | boolean | null>;
  /** Headcount at the end of the window. */
  employees: number;
  /** Mature quarterly revenue at the end of the window (before seasonality and noise). */
  baseRevenue: number;
  /** Annual growth rate of the revenue trend. */
  growth: number;
  seasonality: number;
  volatility: number;
  margin: number;
  orderValue: number;
  dealValue: number;
  cycleDays: number;
  registeredShare: number;
  approvalRate: number;
  winRate: number;
  /** Latent engagement (standard normal, correlated with growth): drives leading indicators. */
  engagement: number;
  trainingRate: number;
  completionRate: number;
  certifiedShare: number;
  certsPerPerson: number;
  loginRate: number;
  csat: number;
  jbp: boolean;
  /** MDF program participation, or null when the partner gets no MDF. */
  mdf: { share: number; utilisation: number; roi: number } | null;
  /** Inactive partners: number of trailing quarters without commercial activity. */
  darkQuarters: number;
  /** Per gap kind, which window quarters have no data. */
  gaps: DataGaps;
  /** Registers some deals only days before they close (a deal-registration abuse signal). */
  lateRegistrations: boolean;
  /** Pulls revenue into one quarter that comes back in the next (channel stuffing). */
  stuffingQuarter: number | null;
}

export interface ProfileContext {
  window: DemoWindow;
  accountManagers: Record<Region, readonly string[]>;
  namer: CompanyNamer;
}

function segmentOf(size: number, rng: Rng): string {
  const s = size + rng.normal(0, 0.6);
  return s > 0.9 ? 'Enterprise' : s > -0.4 ? 'Mid-market' : 'SMB';
}

export function generateProfile(rng: Rng, index: number, ctx: ProfileContext): PartnerProfile {
  const { window } = ctx;
  const quarters = window.quarters.length;
  const type = rng.weighted(TYPE_WEIGHTS);
  const tp = TYPE_PROFILES[type];
  const region = rng.weighted(REGION_WEIGHTS);
  const country = rng.weighted(COUNTRIES[region]);
  const name = ctx.namer.next(rng, type, country);

  const size = rng.normal();
  const employees = Math.max(
    2,
    Math.round(tp.employees * Math.exp(0.95 * size + 0.35 * rng.normal())),
  );
  const baseRevenue = employees * tp.revenuePerEmployee * rng.lognormal(0, 0.45);
  const growthZ = rng.normal();
  const growth = clamp(0.06 + 0.15 * growthZ, -0.45, 0.8);
  const engagement = 0.5 * growthZ + 0.87 * rng.normal();

  const inactive = rng.chance(0.03);
  const yearsAgo = rng.uniform(0.1, 12);
  let onboardedDay = window.endDay - Math.round(yearsAgo * 365.25);
  if (inactive) onboardedDay = Math.min(onboardedDay, window.startDay - 400 - rng.int(0, 900));
  const newPartner = window.endDay - onboardedDay < 365;

  let tier = placeTier(size + tp.tierBoost + 0.25 * engagement + rng.normal(0, 0.4));
  if (newPartner && (tier === 'Gold' || tier === 'Platinum')) tier = 'Silver';
  if (inactive && tier === 'Platinum') tier = 'Gold';

  const gaps = drawGaps(rng, quarters);

  const mdf = rng.chance(MDF_BY_TIER[tier])
    ? {
        share: rng.uniform(0.005, 0.03),
        utilisation: clamp(rng.normal(0.7 + 0.1 * engagement, 0.2), 0.05, 1),
        roi: rng.lognormal(Math.log(5), 0.6),
      }
    : null;

  return {
    externalId: `P-${String(index + 1).padStart(6, '0')}`,
    name,
    type,
    tier,
    region,
    country,
    accountManager: rng.pick(ctx.accountManagers[region]),
    status: inactive ? 'inactive' : 'active',
    onboardedDay,
    attributes: {
      employees,
      segment: segmentOf(size, rng),
      specialisation: rng.pick(tp.specialisations),
      primaryContact: personName(rng),
      onboardingCohort: Number(fromDay(onboardedDay).slice(0, 4)),
    },
    employees,
    baseRevenue,
    growth,
    seasonality: tp.seasonality * rng.uniform(0.5, 1.5),
    volatility: tp.volatility * rng.uniform(0.7, 1.3),
    margin: rng.uniform(0.1, 0.35),
    orderValue: tp.orderValue * rng.lognormal(0, 0.4),
    dealValue:
      tp.dealValue *
      Math.pow(baseRevenue / (tp.employees * tp.revenuePerEmployee), 0.5) *
      rng.lognormal(0, 0.3),
    cycleDays: tp.cycleDays * rng.lognormal(0, 0.25),
    registeredShare:
      rng.uniform(tp.registeredShare[0], tp.registeredShare[1]) * Math.exp(0.15 * engagement),
    approvalRate: rng.uniform(0.75, 0.97),
    winRate: clamp(rng.normal(0.5 + 0.05 * engagement, 0.1), 0.15, 0.85),
    engagement,
    trainingRate: rng.uniform(0.05, 0.3) * TIER_ACTIVITY[tier] * Math.exp(0.3 * engagement),
    completionRate: clamp(rng.normal(0.7 + 0.08 * engagement, 0.15), 0.2, 0.98),
    certifiedShare: CERTIFIED_BY_TIER[tier] * rng.lognormal(0, 0.3),
    certsPerPerson: rng.uniform(1, 1.8),
    loginRate: rng.lognormal(Math.log(3), 0.5) * TIER_ACTIVITY[tier] * Math.exp(0.4 * engagement),
    csat: clamp(rng.normal(78 + 3 * engagement, 6), 40, 98),
    jbp: rng.chance(JBP_BY_TIER[tier]),
    mdf,
    darkQuarters: inactive ? Math.min(quarters, rng.int(3, 5)) : 0,
    gaps,
    lateRegistrations: rng.chance(0.02),
    stuffingQuarter: quarters >= 2 && rng.chance(0.02) ? rng.int(0, quarters - 2) : null,
  };
}
