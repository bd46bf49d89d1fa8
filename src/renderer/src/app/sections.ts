/** The product's sections, in navigation order, with their routes and keyboard shortcuts. */
export type SectionKey =
  | 'portfolio'
  | 'partner'
  | 'benchmarks'
  | 'risks'
  | 'what-if'
  | 'investment'
  | 'qbr'
  | 'actions'
  | 'disputes'
  | 'digest'
  | 'improvement'
  | 'methodology'
  | 'data';

export interface Section {
  key: SectionKey;
  /** Route path, also the hash: `#/portfolio`. */
  path: string;
  label: string;
  /** The page's heading. */
  title: string;
  /** Second key of the `g <key>` shortcut. */
  shortcut: string;
  /** What the section does for a partner manager (shown while it is not built yet). */
  purpose: string;
  built: boolean;
}

export const SECTIONS: readonly Section[] = [
  {
    key: 'portfolio',
    path: '/portfolio',
    label: 'Portfolio',
    title: 'Portfolio',
    shortcut: 'o',
    purpose:
      'Every partner’s score, tier and trend in one sortable table, so you can see at a glance whom to invest in and who needs help.',
    built: true,
  },
  {
    key: 'partner',
    path: '/partners',
    label: 'Partner',
    title: 'Partner',
    shortcut: 'p',
    purpose:
      'One partner’s scorecard: results against target, trends, peer position and what it takes to reach the next tier, each number explained.',
    built: true,
  },
  {
    key: 'benchmarks',
    path: '/benchmarks',
    label: 'Benchmarks',
    title: 'Benchmarks',
    shortcut: 'b',
    purpose:
      'Compare a partner with anonymous peer groups of similar type, size and region, without disclosing any other partner’s data.',
    built: true,
  },
  {
    key: 'risks',
    path: '/risks',
    label: 'Risks',
    title: 'Risks',
    shortcut: 'r',
    purpose:
      'Partners that revenue concentration, deal-registration abuse, implausible enablement claims, channel stuffing or inactivity put at risk, each flag explained.',
    built: true,
  },
  {
    key: 'what-if',
    path: '/what-if',
    label: 'What-if',
    title: 'What-if',
    shortcut: 'w',
    purpose:
      'Change KPI weights or tier thresholds and see which partners would move tier before you change the programme.',
    built: true,
  },
  {
    key: 'investment',
    path: '/investment',
    label: 'Investment',
    title: 'Investment planning',
    shortcut: 'i',
    purpose:
      'Share an MDF or program budget over partners by contribution and potential, with each share explained; track claims and what the funds returned.',
    built: true,
  },
  {
    key: 'qbr',
    path: '/qbr',
    label: 'QBR',
    title: 'QBR',
    shortcut: 'q',
    purpose:
      'Draft a partner’s quarterly business review — results against plan, trends, peer position, risks and agreed actions — ready to export.',
    built: true,
  },
  {
    key: 'actions',
    path: '/actions',
    label: 'Actions',
    title: 'Actions',
    shortcut: 'a',
    purpose:
      'Keep the action backlog from your reviews — owner, deadline and success criterion — and check whether each action moved the numbers.',
    built: true,
  },
  {
    key: 'disputes',
    path: '/disputes',
    label: 'Disputes',
    title: 'Disputes',
    shortcut: 'u',
    purpose:
      'Partners’ disputes of a figure or tier with how long each waits; corrections approved by a second person, with the score before and after.',
    built: true,
  },
  {
    key: 'digest',
    path: '/digest',
    label: 'Digest',
    title: 'Digest',
    shortcut: 'e',
    purpose:
      'The period’s outcomes — tier moves, KPIs, actions, methodology changes, disputes — for the program, a region, a manager or one partner, as PDF or Markdown.',
    built: true,
  },
  {
    key: 'improvement',
    path: '/improvement',
    label: 'Improvement',
    title: 'Improvement',
    shortcut: 'l',
    purpose:
      'Diagnose, plan, act, measure: performance issues with root causes, an action backlog measured against its baseline, and whether the actions moved the numbers.',
    built: true,
  },
  {
    key: 'methodology',
    path: '/methodology',
    label: 'Methodology',
    title: 'Methodology',
    shortcut: 'm',
    purpose:
      'How partners are scored: KPIs and weights, normalisation, tier rules and action segments, versioned and published.',
    built: true,
  },
  {
    key: 'data',
    path: '/data',
    label: 'Data',
    title: 'Data overview',
    shortcut: 'd',
    purpose: 'What the open workspace holds: partners, periods, measures, values and imports.',
    built: true,
  },
];

export const WORKSPACES_PATH = '/workspaces';
export const WORKSPACES_SHORTCUT = 's';
export const DEFAULT_PATH = '/data';

export function sectionByKey(key: SectionKey): Section {
  const section = SECTIONS.find((s) => s.key === key);
  if (!section) throw new Error(`Unknown section ${key}`);
  return section;
}
