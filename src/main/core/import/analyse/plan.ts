/** What a commit writes: everything resolved, nothing left to read from the files. */
import type { DealStatus, FileKind, ImportMapping } from '../../../../shared/api/import';
import type { PeriodDef } from '../../workspace/periods';
import type { MeasureDef } from '../../workspace/standard-measures';
import type { PartnerRecord } from './partner-file';
import type { CellSource } from './rollup';

export interface PlannedValue {
  target: 'value' | 'target';
  measure: string;
  period: string;
  /** Index into CommitPlan.partnerKeys. */
  partner: number;
  value: number;
  sources: CellSource[];
}

export interface PlannedDeal {
  partner: number;
  reference: string;
  registeredOn: string;
  closedOn: string | null;
  status: DealStatus;
  value: number;
}

export interface PlannedFile {
  fileName: string;
  contentHash: string;
  bytes: number;
  kind: FileKind | 'lookup';
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
}

export interface CommitPlan {
  analysisId: string;
  mapping: ImportMapping;
  note: string;
  files: PlannedFile[];
  /** External ids of every partner the plan refers to (PlannedValue.partner indexes this). */
  partnerKeys: string[];
  /** Partners from partner files: created or updated. */
  partners: PartnerRecord[];
  /** Partners created for facts with unknown keys (policy `create`). */
  created: { externalId: string; name: string; attributes: Record<string, string> }[];
  measures: MeasureDef[];
  periods: PeriodDef[];
  values: PlannedValue[];
  deals: PlannedDeal[];
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
}
