/**
 * Hand-built workspaces for benchmark and risk tests: a real SQLite workspace (':memory:', all
 * migrations applied) filled with exactly the partners, quarters, measure values and deal
 * registrations a test describes.
 */
import { ensurePeriods, quarterPeriod } from '../../../src/main/core/workspace/periods';
import {
  STANDARD_MEASURES,
  ensureMeasures,
} from '../../../src/main/core/workspace/standard-measures';
import { Workspace } from '../../../src/main/core/workspace/workspace';

export interface PartnerRow {
  externalId: string;
  name: string;
  type?: string | null;
  region?: string | null;
  tier?: string | null;
  onboardedOn?: string | null;
  attributes?: Record<string, string | number | boolean | null>;
}

export interface RegistrationRow {
  partner: number;
  registeredOn: string;
  closedOn: string | null;
  status?: 'submitted' | 'approved' | 'rejected' | 'won' | 'lost';
  value?: number;
}

export interface WorkspaceSpec {
  partners: PartnerRow[];
  /** Quarter keys, oldest first, e.g. ['2026-Q1', '2026-Q2']. */
  quarters: string[];
  /** measure key → per partner (index) the values per quarter (null: none). */
  values?: Record<string, Record<number, (number | null)[]>>;
  registrations?: RegistrationRow[];
  /** Measures beyond the standard ones (e.g. `returns`). */
  extraMeasures?: string[];
}

export function buildWorkspace(spec: WorkspaceSpec): Workspace {
  const ws = Workspace.open(':memory:');
  const db = ws.sqlite;
  const measureIds = ensureMeasures(ws.db, [
    ...STANDARD_MEASURES,
    ...(spec.extraMeasures ?? []).map((key) => ({
      key,
      name: key,
      unit: 'currency' as const,
      aggregation: 'sum' as const,
      description: key,
    })),
  ]);
  const periodIds = ensurePeriods(
    ws.db,
    spec.quarters.map((q) => {
      const [y, n] = q.split('-Q').map(Number);
      return quarterPeriod(y!, n!);
    }),
  );
  const importId = Number(
    db
      .prepare(
        `INSERT INTO imports (kind, file_name, started_at) VALUES ('test', 'hand-built', '2026-01-01')`,
      )
      .run().lastInsertRowid,
  );
  const insertPartner = db.prepare(
    `INSERT INTO partners (external_id, name, type, region, tier, onboarded_on, attributes, import_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const ids = spec.partners.map((p) =>
    Number(
      insertPartner.run(
        p.externalId,
        p.name,
        p.type ?? null,
        p.region ?? null,
        p.tier ?? null,
        p.onboardedOn ?? null,
        JSON.stringify(p.attributes ?? {}),
        importId,
      ).lastInsertRowid,
    ),
  );
  const insertValue = db.prepare(
    `INSERT INTO measure_values (partner_id, period_id, measure_id, value, import_id) VALUES (?, ?, ?, ?, ?)`,
  );
  for (const [measure, byPartner] of Object.entries(spec.values ?? {})) {
    const m = measureIds.get(measure);
    if (m === undefined) throw new Error(`unknown measure ${measure}`);
    for (const [index, series] of Object.entries(byPartner)) {
      series.forEach((v, q) => {
        if (v === null) return;
        insertValue.run(ids[Number(index)]!, periodIds.get(spec.quarters[q]!)!, m, v, importId);
      });
    }
  }
  const insertRegistration = db.prepare(
    `INSERT INTO deal_registrations (partner_id, reference, registered_on, closed_on, status, value, import_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  (spec.registrations ?? []).forEach((r, i) =>
    insertRegistration.run(
      ids[r.partner]!,
      `DR-${i + 1}`,
      r.registeredOn,
      r.closedOn,
      r.status ?? 'won',
      r.value ?? 10_000,
      importId,
    ),
  );
  return ws;
}

/** `n` partners P1…Pn named "Partner 1"… with the given fields. */
export function partners(
  n: number,
  fields: (i: number) => Partial<PartnerRow> = () => ({}),
): PartnerRow[] {
  return Array.from({ length: n }, (_, i) => ({
    externalId: `P${i + 1}`,
    name: `Partner ${i + 1}`,
    ...fields(i),
  }));
}
