/** What distinguishes the five partner types in the demo: size, deal shape, seasonality. */

export const PARTNER_TYPES = ['VAR', 'MSP', 'Distributor', 'SI', 'ISV'] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export interface TypeProfile {
  /** Relative share of partners of this type. */
  weight: number;
  /** Median headcount. */
  employees: number;
  /** Median quarterly revenue with the vendor per employee (mature partner). */
  revenuePerEmployee: number;
  /** Quarter-to-quarter revenue noise (sigma of a lognormal). */
  volatility: number;
  /** How strongly the type follows the vendor's Q4-heavy seasonality (1 = fully). */
  seasonality: number;
  /** Median value of one registered deal. */
  dealValue: number;
  /** Median days from registration to close. */
  cycleDays: number;
  /** Share of revenue that goes through deal registration [min, max]. */
  registeredShare: readonly [number, number];
  /** Median value of one order. */
  orderValue: number;
  /** Added to the size score when placing the partner in a tier. */
  tierBoost: number;
  specialisations: readonly string[];
}

export const TYPE_PROFILES: Record<PartnerType, TypeProfile> = {
  VAR: {
    weight: 42,
    employees: 35,
    revenuePerEmployee: 5_000,
    volatility: 0.2,
    seasonality: 1,
    dealValue: 24_000,
    cycleDays: 50,
    registeredShare: [0.2, 0.5],
    orderValue: 6_000,
    tierBoost: 0,
    specialisations: ['Networking', 'Security', 'Infrastructure', 'Collaboration', 'Endpoint'],
  },
  MSP: {
    weight: 22,
    employees: 25,
    revenuePerEmployee: 3_600,
    volatility: 0.12,
    seasonality: 0.3,
    dealValue: 15_000,
    cycleDays: 35,
    registeredShare: [0.15, 0.4],
    orderValue: 3_000,
    tierBoost: -0.1,
    specialisations: [
      'Managed Security',
      'Cloud Operations',
      'Backup & Recovery',
      'Modern Workplace',
    ],
  },
  Distributor: {
    weight: 5,
    employees: 300,
    revenuePerEmployee: 5_000,
    volatility: 0.1,
    seasonality: 0.8,
    dealValue: 45_000,
    cycleDays: 30,
    registeredShare: [0.03, 0.12],
    orderValue: 4_000,
    tierBoost: 0.8,
    specialisations: ['Broadline', 'Value-added distribution', 'Cloud marketplace'],
  },
  SI: {
    weight: 16,
    employees: 150,
    revenuePerEmployee: 1_400,
    volatility: 0.3,
    seasonality: 0.9,
    dealValue: 90_000,
    cycleDays: 110,
    registeredShare: [0.3, 0.65],
    orderValue: 40_000,
    tierBoost: 0.2,
    specialisations: ['Digital Transformation', 'Data & AI', 'Cloud Migration', 'ERP Integration'],
  },
  ISV: {
    weight: 15,
    employees: 40,
    revenuePerEmployee: 2_000,
    volatility: 0.22,
    seasonality: 0.6,
    dealValue: 30_000,
    cycleDays: 45,
    registeredShare: [0.2, 0.5],
    orderValue: 10_000,
    tierBoost: -0.2,
    specialisations: ['Embedded OEM', 'Vertical SaaS', 'Analytics', 'DevOps Tooling'],
  },
};

export const TYPE_WEIGHTS: readonly (readonly [PartnerType, number])[] = PARTNER_TYPES.map(
  (t) => [t, TYPE_PROFILES[t].weight] as const,
);

/** Vendor seasonality by calendar quarter (Q4 budget flush; averages 1). */
export const SEASONALITY = [0.9, 1.0, 0.93, 1.17] as const;

export const TIERS = ['Registered', 'Silver', 'Gold', 'Platinum'] as const;
export type Tier = (typeof TIERS)[number];
