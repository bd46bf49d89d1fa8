/**
 * The alerts domain of the API: an inbox stored in the workspace. Comparing two periods, an alert
 * lands when a partner moved into Grow, Intervene or Exit review, or a risk flag fired that had
 * not fired in the earlier period. Alerts are marked done (and can be reopened).
 */
import { z } from 'zod';
import { method } from './define';

const id = z.number().int().positive();
const periodKey = z.string().trim().min(1).max(20);

export const ALERT_KINDS = ['segment', 'risk', 'escalation'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export type AlertSeverity = 'high' | 'medium' | 'info';

export interface AlertItem {
  id: number;
  kind: AlertKind;
  /** The segment moved into, or the risk rule. */
  code: string;
  severity: AlertSeverity;
  title: string;
  message: string;
  partnerId: number | null;
  externalId: string | null;
  partnerName: string | null;
  /** The partner's region and account manager, to filter the inbox. */
  region: string | null;
  manager: string | null;
  periodKey: string;
  previousPeriodKey: string;
  createdAt: string;
  doneAt: string | null;
}

export interface AlertInbox {
  alerts: AlertItem[];
  open: number;
  done: number;
  /** The two periods last compared automatically (the latest and the one before). */
  checked: { period: string; previous: string } | null;
}

export interface AlertCheck {
  period: string;
  previous: string;
  /** New alerts (ones already in the inbox, done or not, are not repeated). */
  created: number;
  segmentMoves: number;
  riskFlags: number;
}

/** Segments whose arrivals raise an alert (Maintain never does). */
export const ALERT_SEGMENTS = ['Exit review', 'Intervene', 'Grow'] as const;
export type AlertSegment = (typeof ALERT_SEGMENTS)[number];

export const alertSettingsSchema = z.object({
  /** A partner moving into one of these segments raises an alert. */
  segments: z.array(z.enum(ALERT_SEGMENTS)).max(ALERT_SEGMENTS.length),
});
export type AlertSettings = z.infer<typeof alertSettingsSchema>;

export const DEFAULT_ALERT_SETTINGS: AlertSettings = { segments: [...ALERT_SEGMENTS] };

export const alertsApi = {
  'alerts.list': method<AlertInbox>()(
    z.object({
      status: z.enum(['open', 'done', 'all']).default('open'),
      partner: z.union([id, z.string().trim().min(1).max(200)]).optional(),
      limit: z.number().int().min(1).max(10_000).default(500),
    }),
    'The alerts inbox, newest first (the latest two periods are compared first when the data changed).',
  ),
  'alerts.count': method<{ open: number; attention: number }>()(
    z.object({}),
    'How many alerts are open, and how many of them need attention (high severity: the bell shows these).',
  ),
  'alerts.check': method<AlertCheck>()(
    z.object({ period: periodKey.optional(), previous: periodKey.optional() }),
    'Compare two periods (default: the latest and the one before) and add alerts for what changed.',
    { writes: ['alerts'] },
  ),
  'alerts.settings': method<AlertSettings>()(
    z.object({}),
    'Which segment moves raise alerts (default: Exit review, Intervene and Grow).',
  ),
  'alerts.updateSettings': method<AlertSettings & { closed: number }>()(
    alertSettingsSchema.extend({
      /** Also mark done the open alerts of segments no longer watched. */
      closeUnwatched: z.boolean().default(false),
    }),
    'Choose which segment moves raise alerts; optionally mark done the open alerts of segments no longer watched.',
    { writes: ['alerts'] },
  ),
  'alerts.setDone': method<{ updated: number; open: number }>()(
    z.object({ ids: z.array(id).min(1).max(10_000), done: z.boolean().default(true) }),
    'Mark alerts done (or open again).',
    { writes: ['alerts'] },
  ),
};
