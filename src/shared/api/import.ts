/**
 * The import contract: staging files (bytes from a browser or a path from the CLI/Electron),
 * previews with a recognised column mapping, a dry-run quality report, commit, undo, history,
 * lineage, mapping presets and the data export. A wizard drives it step by step:
 * stage → preview/suggest → analyse (report) → commit → (undo).
 */
import { z } from 'zod';
import { method } from './define';

// ---------------------------------------------------------------------------------------------
// The mapping: how the columns of one or more files become partners, values and targets.
// ---------------------------------------------------------------------------------------------

/**
 * Where a value comes from: a column name (the short form), a constant, a lookup in another
 * file (AdventureWorks: reseller → geography → territory), or a derived number.
 */
export type ValueExpr =
  | string
  | { column: string }
  | { const: string }
  | { lookup: string; key: ValueExpr; column: string }
  | { difference: [ValueExpr, ValueExpr] }
  | { daysBetween: [ValueExpr, ValueExpr] }
  | { concat: ValueExpr[]; separator?: string };

export const valueExprSchema: z.ZodType<ValueExpr> = z.lazy(() =>
  z.union([
    z.string().min(1),
    z.object({ column: z.string().min(1) }).strict(),
    z.object({ const: z.string() }).strict(),
    z
      .object({ lookup: z.string().min(1), key: valueExprSchema, column: z.string().min(1) })
      .strict(),
    z.object({ difference: z.tuple([valueExprSchema, valueExprSchema]) }).strict(),
    z.object({ daysBetween: z.tuple([valueExprSchema, valueExprSchema]) }).strict(),
    z
      .object({ concat: z.array(valueExprSchema).min(1), separator: z.string().optional() })
      .strict(),
  ]),
);

export const IMPORT_FILE_TYPES = ['csv', 'xlsx', 'arrow'] as const;
export const IMPORT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type Encoding = (typeof IMPORT_ENCODINGS)[number];

/** How to read a file; everything left out is detected. */
export const fileFormatSchema = z
  .object({
    type: z.enum(IMPORT_FILE_TYPES).optional(),
    delimiter: z.string().length(1).optional(),
    /** The quote character; an empty string reads quotes as plain text. */
    quote: z.string().max(1).optional(),
    header: z.boolean().optional(),
    /** Column names for a headerless file (or to rename the header's). */
    columns: z.array(z.string().min(1)).optional(),
    encoding: z.enum(IMPORT_ENCODINGS).optional(),
    /** XLSX: sheet name or 1-based position. */
    sheet: z.union([z.string().min(1), z.number().int().min(1)]).optional(),
    decimalSeparator: z.enum(['.', ',']).optional(),
  })
  .strict();
export type FileFormat = z.infer<typeof fileFormatSchema>;

export const DATE_FORMATS = ['auto', 'iso', 'mdy', 'dmy', 'excel', 'yyyymmdd'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];
export const ROLLUP_RULES = ['sum', 'count', 'distinct', 'average', 'min', 'max', 'last'] as const;
export type RollupRule = (typeof ROLLUP_RULES)[number];
export const IMPORT_GRAINS = ['month', 'quarter', 'year'] as const;
export type ImportGrain = (typeof IMPORT_GRAINS)[number];
export const DEAL_STATUSES = ['submitted', 'approved', 'rejected', 'won', 'lost'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** How a partner key in a fact file finds its partner. */
export const partnerMatchSchema = z.union([
  z.enum(['externalId', 'name']),
  z.object({ attribute: z.string().min(1) }).strict(),
]);
export type PartnerMatch = z.infer<typeof partnerMatchSchema>;

const filterSchema = z
  .object({
    value: valueExprSchema,
    in: z.array(z.string()).optional(),
    notIn: z.array(z.string()).optional(),
  })
  .strict();

/** One measure rolled up from transaction rows. */
export const measureRuleSchema = z
  .object({
    measure: z.string().min(1),
    rule: z.enum(ROLLUP_RULES),
    /** The number (or, for `distinct`, the text) to roll up; `count` may leave it out. */
    value: valueExprSchema.optional(),
    /** Only rows passing this filter count (e.g. stage in ["Won"]). */
    where: filterSchema.optional(),
    /** The date that buckets this measure when not the file's date (won deals by close date). */
    date: valueExprSchema.optional(),
    /** Reject a row whose value is missing (otherwise it just does not count). */
    required: z.boolean().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .strict();
export type MeasureRule = z.infer<typeof measureRuleSchema>;

const commonFile = {
  /** Which input file this entry reads: a file-name pattern (`*` and `?`), case-insensitive. */
  match: z.string().min(1).optional(),
  format: fileFormatSchema.optional(),
  dateFormat: z.enum(DATE_FORMATS).optional(),
};

export const partnerFieldsSchema = z
  .object({
    externalId: valueExprSchema,
    name: valueExprSchema.optional(),
    type: valueExprSchema.optional(),
    tier: valueExprSchema.optional(),
    region: valueExprSchema.optional(),
    country: valueExprSchema.optional(),
    parent: valueExprSchema.optional(),
    accountManager: valueExprSchema.optional(),
    status: valueExprSchema.optional(),
    onboardedOn: valueExprSchema.optional(),
  })
  .strict();
export type PartnerFields = z.infer<typeof partnerFieldsSchema>;

export const partnersFileSchema = z
  .object({
    ...commonFile,
    kind: z.literal('partners'),
    fields: partnerFieldsSchema,
    attributes: z.record(z.string(), valueExprSchema).optional(),
    /** Keep every column not mapped above as an attribute (default true). */
    extraColumnsAsAttributes: z.boolean().optional(),
  })
  .strict();

export const dealRegistrationSchema = z
  .object({
    reference: valueExprSchema,
    registeredOn: valueExprSchema,
    closedOn: valueExprSchema.optional(),
    status: valueExprSchema,
    /** Source status text → our status; unmapped values are rejected. Case-insensitive. */
    statusMap: z.record(z.string(), z.enum(DEAL_STATUSES)).optional(),
    value: valueExprSchema.optional(),
  })
  .strict();
export type DealRegistrationMapping = z.infer<typeof dealRegistrationSchema>;

export const transactionsFileSchema = z
  .object({
    ...commonFile,
    kind: z.literal('transactions'),
    partner: valueExprSchema,
    partnerMatch: partnerMatchSchema.optional(),
    /** Used as the name when an unknown partner is created. */
    partnerName: valueExprSchema.optional(),
    date: valueExprSchema,
    /** Columns that identify a row; a repeated key is a duplicate and rejected. */
    uniqueKey: z.array(valueExprSchema).optional(),
    measures: z.array(measureRuleSchema),
    /** Also store each row as a deal registration. */
    dealRegistration: dealRegistrationSchema.optional(),
  })
  .strict();

const kpiCommon = {
  ...commonFile,
  partner: valueExprSchema,
  partnerMatch: partnerMatchSchema.optional(),
  /** A period key (2025-Q1, 2025-03, FY2025, Q1 2025…) or a date (bucketed by `grain`). */
  period: valueExprSchema,
  grain: z.enum(IMPORT_GRAINS).optional(),
};

const wideMeasureSchema = z
  .object({
    measure: z.string().min(1),
    value: valueExprSchema,
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .strict();

export const kpiWideFileSchema = z
  .object({
    ...kpiCommon,
    kind: z.enum(['kpi-wide', 'targets-wide']),
    measures: z.array(wideMeasureSchema).min(1),
  })
  .strict();

export const kpiLongFileSchema = z
  .object({
    ...kpiCommon,
    kind: z.enum(['kpi-long', 'targets-long']),
    measure: valueExprSchema,
    value: valueExprSchema,
    /** Source measure names → measure keys (names and keys of known measures match anyway). */
    measureNames: z.record(z.string(), z.string()).optional(),
  })
  .strict();

export const fileMappingSchema = z.discriminatedUnion('kind', [
  partnersFileSchema,
  transactionsFileSchema,
  kpiWideFileSchema,
  kpiLongFileSchema,
]);
export type FileMapping = z.infer<typeof fileMappingSchema>;
export type FileKind = FileMapping['kind'];
export const FILE_KINDS: readonly FileKind[] = [
  'partners',
  'transactions',
  'kpi-wide',
  'kpi-long',
  'targets-wide',
  'targets-long',
];

/** A small file whose rows other files look up by key (a dimension table). */
export const lookupSchema = z
  .object({
    name: z.string().min(1),
    /** File-name pattern: an input file, or a file next to the first input file. */
    match: z.string().min(1),
    format: fileFormatSchema.optional(),
    key: valueExprSchema,
  })
  .strict();
export type LookupMapping = z.infer<typeof lookupSchema>;

export const measureDefSchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/, 'measure keys are lower_snake_case')
      .max(60),
    name: z.string().min(1).max(120),
    unit: z.enum(['currency', 'count', 'percent', 'days', 'score', 'flag']).default('count'),
    aggregation: z.enum(['sum', 'avg', 'last']).default('sum'),
    description: z.string().default(''),
  })
  .strict();
export type MeasureDefInput = z.input<typeof measureDefSchema>;

export const importOptionsSchema = z
  .object({
    /** Period grains transaction facts are rolled into. */
    grains: z.array(z.enum(IMPORT_GRAINS)).min(1).default(['quarter']),
    /** Facts whose partner is not in the workspace or the import: create it, or reject the rows. */
    unknownPartners: z.enum(['create', 'reject']).default('reject'),
    /** Accepted dates (inclusive, YYYY-MM-DD); rows outside are rejected. */
    dateFrom: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    dateTo: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    /** |robust z| above this is reported as an outlier (Iglewicz–Hoaglin suggest 3.5). */
    outlierZ: z.number().positive().default(3.5),
  })
  .strict();
export type ImportOptions = z.infer<typeof importOptionsSchema>;

export const importMappingSchema = z
  .object({
    version: z.literal(1).default(1),
    name: z.string().optional(),
    description: z.string().optional(),
    files: z.array(fileMappingSchema).min(1),
    lookups: z.array(lookupSchema).optional(),
    /** Measures this mapping adds to the workspace (standard ones exist already). */
    measures: z.array(measureDefSchema).optional(),
    options: importOptionsSchema.default({
      grains: ['quarter'],
      unknownPartners: 'reject',
      outlierZ: 3.5,
    }),
  })
  .strict();
export type ImportMapping = z.infer<typeof importMappingSchema>;
export type ImportMappingInput = z.input<typeof importMappingSchema>;

// ---------------------------------------------------------------------------------------------
// What the backend returns.
// ---------------------------------------------------------------------------------------------

export interface ResolvedFormat {
  type: (typeof IMPORT_FILE_TYPES)[number];
  delimiter?: string;
  quote?: string;
  header: boolean;
  encoding?: Encoding;
  sheet?: string;
  sheets?: string[];
  decimalSeparator?: '.' | ',';
}

export interface StagedFile {
  fileId: string;
  fileName: string;
  bytes: number;
  contentHash: string;
  /** Set while a chunked upload is still open. */
  pending?: boolean;
  /** Committed imports that read a file with the same content. */
  importedBefore: { importId: number; fileName: string; at: string }[];
}

export type ColumnRole =
  | 'partnerId'
  | 'partnerName'
  | 'type'
  | 'tier'
  | 'region'
  | 'country'
  | 'parent'
  | 'accountManager'
  | 'status'
  | 'onboardedOn'
  | 'date'
  | 'registeredOn'
  | 'closedOn'
  | 'amount'
  | 'cost'
  | 'quantity'
  | 'orderId'
  | 'dealId'
  | 'stage'
  | 'period'
  | 'measureName'
  | 'value'
  | 'target'
  | 'measure';

export interface RecognisedColumn {
  column: string;
  role: ColumnRole | null;
  /** The measure key when role is `measure` (a wide KPI column). */
  measure?: string;
  /** 0–1: 1 for an exact header synonym, lower for partial or value-based guesses. */
  confidence: number;
  why: string;
  /** What the values look like: number, date, text, empty. */
  valueType: 'number' | 'date' | 'text' | 'empty';
}

export interface FilePreview {
  fileId: string;
  fileName: string;
  format: ResolvedFormat;
  columns: string[];
  /** The first rows as read (strings), with their row numbers in the file. */
  rows: { row: number; cells: string[] }[];
  recognised: RecognisedColumn[];
  /** The kind of data this file most likely holds. */
  kind: FileKind;
  /** A mapping for this file alone, built from the recognised columns. */
  mapping: FileMapping;
  /** Plain-language notes on how the mapping was chosen. */
  notes: string[];
  /** What must be chosen before this mapping can be imported (e.g. no partner column). */
  blocking?: string[];
}

/** Which partner column a fact file's partner key is matched on, and the other choices. */
export interface PartnerKeyLink {
  /** Index of the fact file in the mapping's `files`. */
  fileIndex: number;
  fileName: string;
  /** The fact file's partner column. */
  column: string;
  match: PartnerMatch;
  /** How many distinct keys of the file were sampled. */
  sampled: number;
  /** Where those keys were looked up, most found first. */
  options: { match: PartnerMatch; label: string; hits: number }[];
}

export interface MappingSuggestion {
  mapping: ImportMapping;
  /** For each fact file: the partner column its keys were matched to (changeable). */
  links?: PartnerKeyLink[];
  /** `preset:NAME` when a preset fitted the files, else `recognised`. */
  source: string;
  notes: string[];
  /** What the recognised mapping lacks: an import with it as it is would be refused. */
  blocking?: string[];
  previews: FilePreview[];
}

export type IssueSeverity = 'error' | 'warning';
export type IssueCode =
  | 'missing'
  | 'invalid-number'
  | 'invalid-date'
  | 'date-out-of-range'
  | 'negative'
  | 'out-of-range'
  | 'duplicate'
  | 'unknown-partner'
  | 'outlier'
  | 'invalid-period'
  | 'unknown-measure'
  | 'invalid-status'
  | 'unknown-parent'
  | 'conflict'
  | 'too-long'
  | 'truncated'
  | 'too-large';

export interface RowIssue {
  file: string;
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  column: string;
  value: string;
  code: IssueCode;
  severity: IssueSeverity;
  message: string;
}

export interface IssueCount {
  code: IssueCode;
  severity: IssueSeverity;
  count: number;
}

export interface FileReport {
  fileName: string;
  kind: FileKind | 'lookup';
  format: ResolvedFormat;
  contentHash: string;
  bytes: number;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Per date column: the format used (`mdy`, `iso`…). */
  dateFormats: Record<string, string>;
  importedBefore: { importId: number; fileName: string; at: string }[];
}

export interface OutlierReport {
  file: string;
  measure: string;
  /** `log` when every value is positive: z-scores then compare orders of magnitude. */
  scale: 'log' | 'linear';
  median: number;
  /** The MAD on the chosen scale (log10 units for `log`). */
  mad: number;
  count: number;
  top: { row: number; value: number; z: number }[];
}

export interface CoverageGap {
  measure: string;
  period: string;
  partnersWith: number;
  partnersWithout: number;
  /** Up to 20 partner keys that lack the value. */
  sample: string[];
}

export interface ImportReport {
  analysisId: string;
  files: FileReport[];
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  issueCounts: IssueCount[];
  /** The first issues of each kind (at most 200 per code). */
  issues: RowIssue[];
  /** Problems that stop the import (an ambiguous date format, a column the mapping names but the file lacks…). */
  blocking: string[];
  warnings: string[];
  outliers: OutlierReport[];
  unknownPartners: {
    policy: 'create' | 'reject';
    count: number;
    rows: number;
    /** Up to 500, most rows first. */
    partners: { key: string; name?: string; rows: number }[];
  };
  partners: { inFiles: number; new: number; updated: number };
  periods: { grain: ImportGrain; keys: string[] }[];
  dates: { min: string | null; max: string | null };
  coverage: {
    partners: number;
    measures: string[];
    periods: string[];
    cells: number;
    filled: number;
    gaps: CoverageGap[];
  };
  writes: {
    values: number;
    targets: number;
    replacedValues: number;
    replacedTargets: number;
    dealRegistrations: number;
    measuresNew: string[];
  };
  /** True when nothing blocks and no rows are rejected (or skipInvalid is set at commit). */
  clean: boolean;
  seconds: number;
}

export interface ImportSummary {
  importId: number;
  fileNames: string[];
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  partnersCreated: number;
  partnersUpdated: number;
  valuesWritten: number;
  valuesReplaced: number;
  targetsWritten: number;
  dealRegistrations: number;
  seconds: number;
}

export interface ImportHistoryEntry {
  importId: number;
  kind: string;
  fileNames: string[];
  contentHash: string | null;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  note: string | null;
}

export interface ImportDetails extends ImportHistoryEntry {
  mapping: unknown;
  files: {
    fileName: string;
    kind: string;
    contentHash: string;
    bytes: number;
    rowsRead: number;
    rowsAccepted: number;
    rowsRejected: number;
  }[];
  counts: { values: number; targets: number; dealRegistrations: number; partnersCreated: number };
}

export interface UndoSummary {
  importId: number;
  valuesRemoved: number;
  valuesRestored: number;
  targetsRemoved: number;
  targetsRestored: number;
  dealRegistrationsRemoved: number;
  partnersRemoved: number;
  partnersRestored: number;
}

export interface ValueLineage {
  partner: string;
  period: string;
  measure: string;
  target: 'value' | 'target';
  value: number | null;
  importId: number | null;
  sources: {
    importId: number;
    fileName: string;
    rule: string;
    rowCount: number;
    rows: string;
  }[];
  /** Earlier values this one replaced, newest first. */
  replaced: { importId: number; value: number }[];
}

export interface PresetInfo {
  name: string;
  description: string;
  builtIn: boolean;
  kinds: FileKind[];
  updatedAt: string | null;
}

/** A measure an import can write values or targets to (the wizard's measure picker). */
export interface ImportMeasure {
  key: string;
  name: string;
  unit: string;
  aggregation: string;
  description: string;
  /** One of the standard measures every workspace has. */
  standard: boolean;
  /** Values and targets the workspace stores for it. */
  values: number;
}

export interface ExportDataResult {
  outDir: string;
  files: { fileName: string; rows: number }[];
}

// ---------------------------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------------------------

const fileIdsSchema = z.array(z.string().min(1)).min(1, 'choose at least one file');
const mappingOrPreset = {
  mapping: importMappingSchema.optional(),
  preset: z.string().min(1).optional(),
};

export const importApi = {
  'import.stage': method<StagedFile>()(
    z.object({
      fileName: z.string().trim().min(1).max(255),
      contentBase64: z.string(),
      /** Continue a chunked upload started by an earlier call. */
      uploadId: z.string().optional(),
      /** False while more chunks follow (default true). */
      last: z.boolean().default(true),
    }),
    'Stage a file from its bytes (base64; chunk files larger than ~40 MB).',
    { writes: ['imports'] },
  ),
  'import.stagePath': method<StagedFile>()(
    z.object({ path: z.string().trim().min(1) }),
    'Stage a file by its path on this computer (CLI, desktop app).',
    { writes: ['imports'] },
  ),
  'import.discard': method<null>()(
    z.object({ fileIds: z.array(z.string()) }),
    'Forget staged files (and delete uploaded copies).',
    { writes: ['imports'] },
  ),
  'import.preview': method<FilePreview>()(
    z.object({
      fileId: z.string().min(1),
      format: fileFormatSchema.optional(),
      rows: z.number().int().min(1).max(500).default(20),
    }),
    'The first rows of a staged file, its detected format and the recognised columns.',
  ),
  'import.suggest': method<MappingSuggestion>()(
    z.object({ fileIds: fileIdsSchema, preset: z.string().optional() }),
    'A mapping for the staged files: a preset that fits, else the recognised columns.',
  ),
  'import.analyse': method<ImportReport>()(
    z.object({
      fileIds: fileIdsSchema,
      ...mappingOrPreset,
      jobId: z.string().min(1).max(100).optional(),
    }),
    'Dry run: read every row, validate, roll up and report. Writes nothing.',
    { writes: ['imports'] },
  ),
  'import.commit': method<ImportSummary>()(
    z.object({
      analysisId: z.string().min(1),
      skipInvalid: z.boolean().default(false),
      unknownPartners: z.enum(['create', 'reject']).optional(),
      /** Import again a file whose content was imported before. */
      allowReimport: z.boolean().default(false),
      jobId: z.string().min(1).max(100).optional(),
    }),
    'Write an analysed import in one transaction.',
    { writes: ['data', 'imports'] },
  ),
  'import.cancel': method<{ cancelled: boolean }>()(
    z.object({ jobId: z.string().min(1) }),
    'Cancel a running analysis or commit (the commit rolls back).',
  ),
  'import.undo': method<UndoSummary>()(
    z.object({ importId: z.number().int().positive() }),
    'Remove exactly what an import wrote and put back what it replaced.',
    { writes: ['data', 'imports'] },
  ),
  'import.history': method<ImportHistoryEntry[]>()(z.object({}), 'Every import, newest first.'),
  'import.details': method<ImportDetails>()(
    z.object({ importId: z.number().int().positive() }),
    'One import: files, mapping, counts.',
  ),
  'import.explain': method<ValueLineage>()(
    z.object({
      partner: z.string().min(1),
      period: z.string().min(1),
      measure: z.string().min(1),
      target: z.enum(['value', 'target']).default('value'),
    }),
    'Where a stored number came from: imports, files, rows and what it replaced.',
  ),
  'import.measures': method<ImportMeasure[]>()(
    z.object({}),
    'The measures a mapping can send columns to: the standard ones, then the workspace’s own.',
  ),
  'import.presets': method<PresetInfo[]>()(z.object({}), 'Built-in and saved mapping presets.'),
  'import.getPreset': method<ImportMapping>()(
    z.object({ name: z.string().min(1) }),
    'A preset’s mapping (export it as JSON).',
  ),
  'import.savePreset': method<PresetInfo>()(
    z.object({
      name: z.string().trim().min(1).max(100),
      description: z.string().max(500).default(''),
      mapping: importMappingSchema,
      overwrite: z.boolean().default(false),
    }),
    'Save a mapping as a named preset in the workspace.',
    { writes: ['imports'] },
  ),
  'import.deletePreset': method<null>()(
    z.object({ name: z.string().min(1) }),
    'Delete a saved preset.',
    { writes: ['imports'] },
  ),
  'import.exportData': method<ExportDataResult>()(
    z.object({ outDir: z.string().trim().min(1), format: z.enum(['csv', 'arrow']).default('csv') }),
    'Write partners and every stored value and target to a folder (CSV or Arrow).',
  ),
};
