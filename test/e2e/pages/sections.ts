/** The app's sections as a user sees them: navigation label, page heading, route. */
export const SECTIONS = {
  portfolio: { label: 'Portfolio', heading: 'Portfolio', route: '/portfolio' },
  partner: { label: 'Partner', heading: 'Partner', route: '/partners' },
  benchmarks: { label: 'Benchmarks', heading: 'Benchmarks', route: '/benchmarks' },
  risks: { label: 'Risks', heading: 'Risks', route: '/risks' },
  whatIf: { label: 'What-if', heading: 'What-if', route: '/what-if' },
  investment: { label: 'Investment', heading: 'Investment planning', route: '/investment' },
  qbr: { label: 'QBR', heading: 'QBR', route: '/qbr' },
  actions: { label: 'Actions', heading: 'Actions', route: '/actions' },
  disputes: { label: 'Disputes', heading: 'Disputes', route: '/disputes' },
  digest: { label: 'Digest', heading: 'Digest', route: '/digest' },
  improvement: { label: 'Improvement', heading: 'Improvement', route: '/improvement' },
  data: { label: 'Data', heading: 'Data overview', route: '/data' },
  workspaces: { label: 'Workspaces', heading: 'Workspaces', route: '/workspaces' },
} as const;

export type SectionName = keyof typeof SECTIONS;

/** The sections that are still placeholders: none, every section is built. */
export const PLACEHOLDER_SECTIONS: SectionName[] = [];
