import { z } from 'zod';
import { method } from './define';

export interface WorkspaceInfo {
  path: string;
  name: string;
  schemaVersion: number;
  fiscalYearStartMonth: number;
  isDemo: boolean;
}

export interface RecentWorkspace {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}

export interface CountByKey {
  key: string;
  count: number;
}

export interface DataOverview {
  counts: {
    partners: number;
    activePartners: number;
    periods: number;
    measures: number;
    values: number;
    targets: number;
    dealRegistrations: number;
    imports: number;
  };
  partnersByType: CountByKey[];
  partnersByRegion: CountByKey[];
  measures: { key: string; name: string; unit: string; values: number; partners: number }[];
  periods: { key: string; label: string; grain: string; startDate: string; values: number }[];
  imports: {
    id: number;
    kind: string;
    fileName: string;
    rowsAccepted: number;
    rowsRejected: number;
    status: string;
    startedAt: string;
  }[];
}

export const demoOptionsSchema = z.object({
  partners: z.number().int().min(1).max(200_000).default(300),
  quarters: z.number().int().min(1).max(40).default(8),
  seed: z.number().int().default(42),
});
export type DemoOptions = z.infer<typeof demoOptionsSchema>;

const pathSchema = z.string().trim().min(1, 'a workspace path is required');

export const workspaceApi = {
  'workspace.current': method<WorkspaceInfo | null>()(z.object({}), 'The open workspace, if any.'),
  'workspace.open': method<WorkspaceInfo>()(
    z.object({ path: pathSchema }),
    'Open an existing workspace file (applies pending migrations).',
    { writes: ['workspace'] },
  ),
  'workspace.create': method<WorkspaceInfo>()(
    z.object({
      path: pathSchema,
      demo: demoOptionsSchema.optional(),
      overwrite: z.boolean().default(false),
    }),
    'Create a workspace file, empty or filled with seeded demo data, and open it.',
    { writes: ['workspace'] },
  ),
  'workspace.openDemo': method<WorkspaceInfo>()(
    z.object({}),
    'Open the embedded demo workspace, generating it on first use.',
    { writes: ['workspace'] },
  ),
  'workspace.close': method<null>()(z.object({}), 'Close the open workspace.', {
    writes: ['workspace'],
  }),
  'workspace.recent': method<RecentWorkspace[]>()(z.object({}), 'Recently opened workspaces.'),
  'workspace.overview': method<DataOverview>()(
    z.object({}),
    'Counts of partners, periods, measures, values and imports in the open workspace.',
  ),
  'workspace.updateSettings': method<WorkspaceInfo>()(
    z.object({
      name: z.string().trim().min(1).max(200).optional(),
      fiscalYearStartMonth: z.number().int().min(1).max(12).optional(),
    }),
    'Change workspace settings.',
    {
      writes: (args) =>
        args.fiscalYearStartMonth === undefined ? ['settings'] : ['settings', 'data'],
    },
  ),
};
