/** index.csv of a batch: one row per selected partner, with its file and what happened. */
import { csvLine } from '../../import/export/csv-cells';

export interface IndexRow {
  externalId: string;
  name: string;
  region: string | null;
  programTier: string | null;
  manager: string | null;
  period: string;
  composite: number | null;
  tier: string | null;
  file: string | null;
  pages: number | null;
  status: string;
  error: string;
}

const HEADER = [
  'external_id',
  'partner',
  'region',
  'program_tier',
  'account_manager',
  'period',
  'composite',
  'tier',
  'file',
  'pages',
  'status',
  'error',
];

export function batchIndexCsv(rows: IndexRow[]): string {
  const lines = rows.map((r) =>
    csvLine([
      r.externalId,
      r.name,
      r.region,
      r.programTier,
      r.manager,
      r.period,
      r.composite === null ? null : Math.round(r.composite * 10) / 10,
      r.tier,
      r.file,
      r.pages,
      r.status,
      r.error,
    ]),
  );
  // A byte-order mark makes Excel read UTF-8 partner names correctly.
  return `\ufeff${csvLine(HEADER)}${lines.join('')}`;
}
