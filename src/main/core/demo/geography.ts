/** Sales regions and the countries partners sit in, with rough relative weights. */

export const REGIONS = ['North America', 'EMEA', 'APAC', 'LATAM'] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_WEIGHTS: readonly (readonly [Region, number])[] = [
  ['North America', 38],
  ['EMEA', 32],
  ['APAC', 18],
  ['LATAM', 12],
];

export const COUNTRIES: Record<Region, readonly (readonly [string, number])[]> = {
  'North America': [
    ['United States', 84],
    ['Canada', 16],
  ],
  EMEA: [
    ['Germany', 16],
    ['United Kingdom', 16],
    ['France', 11],
    ['Netherlands', 7],
    ['Spain', 7],
    ['Italy', 7],
    ['Sweden', 4],
    ['Switzerland', 4],
    ['Poland', 4],
    ['Belgium', 3],
    ['Denmark', 2],
    ['Norway', 2],
    ['Austria', 3],
    ['Ireland', 3],
    ['United Arab Emirates', 4],
    ['Saudi Arabia', 2],
    ['Israel', 2],
    ['South Africa', 3],
  ],
  APAC: [
    ['Australia', 20],
    ['Japan', 18],
    ['India', 18],
    ['Singapore', 10],
    ['South Korea', 9],
    ['New Zealand', 5],
    ['Malaysia', 6],
    ['Philippines', 5],
    ['Thailand', 5],
    ['Vietnam', 4],
  ],
  LATAM: [
    ['Brazil', 38],
    ['Mexico', 28],
    ['Argentina', 9],
    ['Chile', 9],
    ['Colombia', 10],
    ['Peru', 4],
    ['Costa Rica', 2],
  ],
};

/** How many of the channel team's account managers cover each region (12 in all). */
export const ACCOUNT_MANAGERS_PER_REGION: Record<Region, number> = {
  'North America': 4,
  EMEA: 4,
  APAC: 2,
  LATAM: 2,
};
