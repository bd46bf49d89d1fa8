/**
 * Every CLI command, by name and one-line summary, loaded only when it runs: `help` and a
 * command's start load nothing else (the app's modules and their libraries take most of a
 * second to load). Later capabilities add theirs here; a test keeps names and summaries in step
 * with the command modules.
 */
import type { Command } from '../command';

export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

export const commands: CommandEntry[] = [
  {
    name: 'demo',
    summary: 'Write a seeded demo workspace',
    load: async () => (await import('./demo')).demoCommand,
  },
  {
    name: 'info',
    summary: "Show a workspace's data overview (counts of partners, periods, values…)",
    load: async () => (await import('./info')).infoCommand,
  },
  {
    name: 'serve',
    summary: 'Serve the app to a browser on 127.0.0.1 (browser mode)',
    load: async () => (await import('./serve')).serveCommand,
  },
  {
    name: 'score',
    summary: 'Score every partner with a methodology and write the table (CSV, JSON or Arrow)',
    load: async () => (await import('./score')).scoreCommand,
  },
  {
    name: 'methodology',
    summary: 'List methodologies, diff two versions, show the audit log or verify score snapshots',
    load: async () => (await import('./methodology')).methodologyCommand,
  },
  {
    name: 'import',
    summary: 'Import partner files (CSV, XLSX, Arrow): quality report, then one atomic commit',
    load: async () => (await import('./import')).importCommand,
  },
  {
    name: 'imports',
    summary: "List a workspace's imports (newest first), with their files and status",
    load: async () => (await import('./imports')).importsCommand,
  },
  {
    name: 'export-data',
    summary: 'Write partners and every stored value (partner, period, measure, value) to a folder',
    load: async () => (await import('./export-data')).exportDataCommand,
  },
  {
    name: 'export-pdf',
    summary:
      'Print partner scorecards to PDF (a partner, region, tier, manager or all) with an index.csv',
    load: async () => (await import('./export-pdf')).exportPdfCommand,
  },
  {
    name: 'export-pptx',
    summary: "Write a partner's QBR deck as PPTX (editable text, native charts)",
    load: async () => (await import('./export-pptx')).exportPptxCommand,
  },
  {
    name: 'export-scores',
    summary:
      'Write the scores (a row per partner) or KPIs (a row per partner and KPI) as CSV, XLSX or Arrow',
    load: async () => (await import('./export-scores')).exportScoresCommand,
  },
  {
    name: 'benchmark',
    summary:
      'Peer benchmarks: distributions per group and KPI, a partner-safe view, league, baseline',
    load: async () => (await import('./benchmark')).benchmarkCommand,
  },
  {
    name: 'risks',
    summary:
      'Risk flags (concentration, registration abuse, enablement claims, stuffing, inactivity) and alerts',
    load: async () => (await import('./risks')).risksCommand,
  },
  {
    name: 'scenarios',
    summary: 'List saved what-if scenarios or publish one as the next methodology version',
    load: async () => (await import('./scenarios')).scenariosCommand,
  },
  {
    name: 'mdf',
    summary:
      'Investment planning: propose an MDF allocation for a budget (XLSX/CSV) or list claims',
    load: async () => (await import('./mdf')).mdfCommand,
  },
  {
    name: 'disputes',
    summary: 'List partner disputes of figures and tiers with their waiting time and corrections',
    load: async () => (await import('./disputes')).disputesCommand,
  },
  {
    name: 'digest',
    summary:
      'Write the period digest (tier moves, KPIs, actions, changes, disputes) as PDF or Markdown',
    load: async () => (await import('./digest')).digestCommand,
  },
  {
    name: 'improvement',
    summary:
      'The improvement loop: issues and their action backlog, suggested issues, progress against the baselines',
    load: async () => (await import('./improvement')).improvementCommand,
  },
];
