/**
 * The canonical raw measures of a workspace: what the importer maps columns to, what the KPI
 * library computes from and what the demo generator fills. Keys are stable identifiers; names and
 * descriptions are what a partner manager reads.
 */
import { inArray } from 'drizzle-orm';
import { measures } from './schema';
import type { WorkspaceDb } from './workspace';

export type MeasureUnit = 'currency' | 'count' | 'percent' | 'days' | 'score' | 'flag';

/**
 * How a measure rolls up from quarters to longer periods: `sum` adds flows, `last` takes the
 * value at the end of the period (stocks such as headcount), `avg` averages rates and scores.
 */
export type MeasureAggregation = 'sum' | 'avg' | 'last';

export interface MeasureDef {
  key: string;
  name: string;
  unit: MeasureUnit;
  aggregation: MeasureAggregation;
  description: string;
}

export const STANDARD_MEASURES = [
  {
    key: 'revenue',
    name: 'Revenue',
    unit: 'currency',
    aggregation: 'sum',
    description:
      'Revenue the partner booked with our products in the period (sell-out, net of returns).',
  },
  {
    key: 'cost',
    name: 'Cost of sales',
    unit: 'currency',
    aggregation: 'sum',
    description:
      "What the partner paid us for that revenue; revenue minus cost is the partner's margin.",
  },
  {
    key: 'orders',
    name: 'Orders',
    unit: 'count',
    aggregation: 'sum',
    description: 'Number of orders the partner placed in the period.',
  },
  {
    key: 'deal_regs_submitted',
    name: 'Deal registrations submitted',
    unit: 'count',
    aggregation: 'sum',
    description:
      'Deals the partner registered with us in the period, whatever happened to them since.',
  },
  {
    key: 'deal_regs_approved',
    name: 'Deal registrations approved',
    unit: 'count',
    aggregation: 'sum',
    description:
      'Registrations submitted in the period that we accepted (still open, won or lost; not rejected).',
  },
  {
    key: 'deal_regs_won',
    name: 'Registered deals won',
    unit: 'count',
    aggregation: 'sum',
    description: 'Registered deals that closed as won in the period (counted by close date).',
  },
  {
    key: 'deal_reg_value',
    name: 'Registered deal value',
    unit: 'currency',
    aggregation: 'sum',
    description: 'Total value of the deals registered in the period.',
  },
  {
    key: 'deal_reg_won_value',
    name: 'Won deal value',
    unit: 'currency',
    aggregation: 'sum',
    description: 'Total value of the registered deals won in the period (by close date).',
  },
  {
    key: 'days_to_close',
    name: 'Days to close',
    unit: 'days',
    aggregation: 'avg',
    description:
      'Average number of days from registration to close for the deals won in the period; empty when nothing was won.',
  },
  {
    key: 'open_pipeline',
    name: 'Open pipeline',
    unit: 'currency',
    aggregation: 'last',
    description:
      'Value of registered deals still open on the last day of the period (submitted or approved, not yet won, lost or rejected).',
  },
  {
    key: 'trainings_assigned',
    name: 'Trainings assigned',
    unit: 'count',
    aggregation: 'sum',
    description: "Training courses assigned to the partner's staff in the period.",
  },
  {
    key: 'trainings_completed',
    name: 'Trainings completed',
    unit: 'count',
    aggregation: 'sum',
    description: "Training courses the partner's staff completed in the period.",
  },
  {
    key: 'certifications',
    name: 'Active certifications',
    unit: 'count',
    aggregation: 'last',
    description:
      "Certifications held by the partner's staff and valid on the last day of the period.",
  },
  {
    key: 'certified_staff',
    name: 'Certified staff',
    unit: 'count',
    aggregation: 'last',
    description:
      'People at the partner holding at least one valid certification at the end of the period.',
  },
  {
    key: 'staff',
    name: 'Staff',
    unit: 'count',
    aggregation: 'last',
    description: "The partner's headcount at the end of the period.",
  },
  {
    key: 'portal_logins',
    name: 'Portal logins',
    unit: 'count',
    aggregation: 'sum',
    description: "Logins to our partner portal by the partner's users in the period.",
  },
  {
    key: 'mdf_allocated',
    name: 'MDF allocated',
    unit: 'currency',
    aggregation: 'sum',
    description: 'Market development funds we set aside for the partner in the period.',
  },
  {
    key: 'mdf_claimed',
    name: 'MDF claimed',
    unit: 'currency',
    aggregation: 'sum',
    description: 'Market development funds the partner actually claimed for approved activities.',
  },
  {
    key: 'mdf_revenue',
    name: 'MDF-influenced revenue',
    unit: 'currency',
    aggregation: 'sum',
    description: 'Revenue the partner attributes to campaigns paid with market development funds.',
  },
  {
    key: 'jbp',
    name: 'Joint business plan',
    unit: 'flag',
    aggregation: 'last',
    description:
      '1 when a joint business plan with the partner is in place at the end of the period, else 0.',
  },
  {
    key: 'csat',
    name: 'Customer satisfaction',
    unit: 'score',
    aggregation: 'avg',
    description: 'Satisfaction of the customers the partner served, from our surveys (0–100).',
  },
] as const satisfies readonly MeasureDef[];

export type StandardMeasureKey = (typeof STANDARD_MEASURES)[number]['key'];

/** Inserts the measures whose key is missing (existing ones are left as they are); key → id. */
export function ensureMeasures(db: WorkspaceDb, defs: readonly MeasureDef[]): Map<string, number> {
  for (const def of defs) {
    db.insert(measures).values(def).onConflictDoNothing({ target: measures.key }).run();
  }
  const keys = defs.map((d) => d.key);
  const ids = new Map<string, number>();
  if (keys.length === 0) return ids;
  const rows = db
    .select({ id: measures.id, key: measures.key })
    .from(measures)
    .where(inArray(measures.key, keys))
    .all();
  const byKey = new Map(rows.map((r) => [r.key, r.id]));
  for (const key of keys) {
    const id = byKey.get(key);
    if (id === undefined) throw new Error(`measure ${key} could not be stored`);
    ids.set(key, id);
  }
  return ids;
}
