/** Word lists for fictitious partner company names (no real company intended). */
import { list } from './word-list';

export const NAME_PREFIXES = list(`
  Acorn, Aldercrest, Alpine, Amber, Anchor, Apex, Arbor, Arcadia, Ashford, Aspen, Atlas,
  Aurora, Azure, Bayside, Beacon, Bellweather, Birch, Blackwater, Bluefin, Blueridge, Bramble,
  Brightwater, Broadleaf, Brookfield, Cedar, Cobalt, Compass, Copper, Coral, Crestline,
  Crimson, Crystal, Cypress, Delta, Driftwood, Eastgate, Ember, Emerald, Evergreen, Fairhaven,
  Falcon, Fernwood, Firefly, Foxglove, Frontier, Galena, Garnet, Glacier, Golden, Granite,
  Greystone, Harbor, Harvest, Hawthorn, Heron, Highland, Horizon, Indigo, Ironbridge, Ivory,
  Juniper, Kestrel, Keystone, Lakeshore, Lantern, Larkspur, Laurel, Lighthouse, Linden,
  Lodestar, Magnolia, Maple, Marble, Meadow, Meridian, Midland, Millstone, Monarch, Northgate,
  Northwind, Oakridge, Obsidian, Onyx, Orchard, Osprey, Pacific, Paragon, Pinnacle, Pinewood,
  Polaris, Prairie, Quarry, Quill, Radiant, Raven, Redwood, Ridgeway, Riverbend, Rockport,
  Rosewood, Saffron, Sapphire, Sequoia, Shoreline, Sierra, Silverline, Skyward, Slate,
  Southport, Sparrow, Spruce, Starling, Stonebridge, Summit, Sunstone, Tamarack, Teal,
  Thornbury, Timber, Topaz, Trident, Tundra, Upland, Vantage, Vertex, Violet, Wakefield,
  Westbrook, Whitecliff, Wildflower, Willow, Windward, Wolfe, Yarrow, Zenith
`);

export const NAME_MIDDLES = list(`
  Bay, Bridge, Brook, Cloud, Core, Creek, Crest, Data, Digital, Edge, Field, Forge, Gate, Grid,
  Grove, Hill, Line, Logic, Mark, Mesa, Net, Path, Peak, Point, Pulse, Rock, Shield, Signal,
  Spring, Stack, Star, Stone, Stream, Tech, Tide, Vale, View, Vista, Wave, Wood
`);

/** Business nouns that fit each partner type (the last word of a name). */
export const TYPE_NOUNS: Record<string, readonly string[]> = {
  VAR: ['Systems', 'Technologies', 'Solutions', 'IT', 'Computing', 'Networks', 'Infotech', 'Tech'],
  MSP: ['Managed Services', 'IT Services', 'Cloud Services', 'Networks', 'Support', 'Operations'],
  Distributor: ['Distribution', 'Supply', 'Trading', 'Wholesale', 'Logistics', 'Channel Group'],
  SI: ['Consulting', 'Integration', 'Partners', 'Advisory', 'Group', 'Engineering', 'Digital'],
  ISV: ['Software', 'Labs', 'Apps', 'Analytics', 'Platforms', 'Code'],
};

/** Legal-form suffixes by country, used for part of the names. */
export const LEGAL_FORMS: Record<string, readonly string[]> = {
  'United States': ['Inc.', 'LLC', 'Corp.'],
  Canada: ['Inc.', 'Ltd.'],
  'United Kingdom': ['Ltd', 'plc'],
  Ireland: ['Ltd'],
  Germany: ['GmbH', 'AG'],
  Austria: ['GmbH'],
  Switzerland: ['AG', 'GmbH', 'SA'],
  France: ['SAS', 'SA'],
  Netherlands: ['B.V.'],
  Belgium: ['BV', 'SA'],
  Spain: ['S.L.', 'S.A.'],
  Italy: ['S.r.l.', 'S.p.A.'],
  Sweden: ['AB'],
  Denmark: ['A/S'],
  Norway: ['AS'],
  Poland: ['Sp. z o.o.'],
  'United Arab Emirates': ['LLC', 'FZE'],
  'Saudi Arabia': ['LLC'],
  'South Africa': ['(Pty) Ltd'],
  Israel: ['Ltd'],
  Australia: ['Pty Ltd'],
  'New Zealand': ['Ltd'],
  Japan: ['K.K.'],
  India: ['Pvt Ltd'],
  Singapore: ['Pte Ltd'],
  Malaysia: ['Sdn Bhd'],
  'South Korea': ['Co., Ltd.'],
  Philippines: ['Inc.'],
  Thailand: ['Co., Ltd.'],
  Vietnam: ['JSC'],
  Brazil: ['Ltda.'],
  Mexico: ['S.A. de C.V.'],
  Argentina: ['S.A.'],
  Chile: ['SpA'],
  Colombia: ['S.A.S.'],
  Peru: ['S.A.C.'],
  'Costa Rica': ['S.A.'],
};
