/**
 * Writes the generated rows with raw prepared statements (the caller holds one transaction).
 * Values, targets and registrations go to SQLite in multi-row batches; call `flush` at the end.
 */
import type Database from 'better-sqlite3';
import type { StandardMeasureKey } from '../workspace/standard-measures';
import { BatchInsert } from './batch-insert';
import { fromDay } from './dates';
import type { Registration } from './deal-registrations';
import type { FactSink } from './fact-sink';
import type { PartnerProfile } from './partner-profile';

export interface WrittenCounts {
  partners: number;
  values: number;
  targets: number;
  registrations: number;
}

export class DemoWriter {
  readonly counts: WrittenCounts = { partners: 0, values: 0, targets: 0, registrations: 0 };
  private readonly insertPartner: Database.Statement;
  private readonly values: BatchInsert;
  private readonly targets: BatchInsert;
  private readonly regs: BatchInsert;
  private readonly measureIds: Record<string, number>;
  private currentPartner = 0;
  private partnerValues: [number, number, number][] = [];

  constructor(
    sqlite: Database.Database,
    private readonly importId: number,
    measureIds: Map<string, number>,
  ) {
    this.measureIds = Object.fromEntries(measureIds);
    this.insertPartner = sqlite.prepare(
      `INSERT INTO partners (external_id, name, type, tier, region, country, parent_id,
         account_manager, status, onboarded_on, attributes, import_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const factColumns = '(partner_id, period_id, measure_id, value, import_id)';
    this.values = new BatchInsert(sqlite, `INSERT INTO measure_values ${factColumns}`, 5);
    this.targets = new BatchInsert(sqlite, `INSERT INTO targets ${factColumns}`, 5);
    this.regs = new BatchInsert(
      sqlite,
      `INSERT INTO deal_registrations
         (partner_id, reference, registered_on, closed_on, status, value, import_id)`,
      7,
    );
  }

  partner(p: PartnerProfile, parentId: number | null): number {
    const result = this.insertPartner.run(
      p.externalId,
      p.name,
      p.type,
      p.tier,
      p.region,
      p.country,
      parentId,
      p.accountManager,
      p.status,
      fromDay(p.onboardedDay),
      JSON.stringify(p.attributes),
      this.importId,
    );
    this.counts.partners += 1;
    return Number(result.lastInsertRowid);
  }

  registrations(partnerId: number, regs: readonly Registration[]): void {
    for (const r of regs) {
      const closedOn = r.closedDay === null ? null : fromDay(r.closedDay);
      const registeredOn = fromDay(r.registeredDay);
      this.regs.push(
        partnerId,
        r.reference,
        registeredOn,
        closedOn,
        r.status,
        r.value,
        this.importId,
      );
    }
    this.counts.registrations += regs.length;
  }

  /**
   * A sink for one partner's facts. Its values are held back until the next partner starts (or
   * `flush`), then written in primary-key order (period, measure) so that SQLite appends to the
   * primary-key index instead of splitting its pages.
   */
  sinkFor(partnerId: number): FactSink {
    this.flushPartner();
    this.currentPartner = partnerId;
    return {
      value: (periodId, measure, value) => {
        this.partnerValues.push([periodId, this.measureId(measure), value]);
      },
      target: (periodId, measure, value) => {
        this.targets.push(partnerId, periodId, this.measureId(measure), value, this.importId);
        this.counts.targets += 1;
      },
    };
  }

  private flushPartner(): void {
    const rows = this.partnerValues;
    if (rows.length === 0) return;
    rows.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [periodId, measureId, value] of rows) {
      this.values.push(this.currentPartner, periodId, measureId, value, this.importId);
    }
    this.counts.values += rows.length;
    this.partnerValues = [];
  }

  /** Writes the rows still buffered. */
  flush(): void {
    this.flushPartner();
    this.values.flush();
    this.targets.flush();
    this.regs.flush();
  }

  private measureId(key: StandardMeasureKey): number {
    const id = this.measureIds[key];
    if (id === undefined) throw new Error(`unknown measure ${key}`);
    return id;
  }
}
