/**
 * Turns what the reading pass kept into the quality report and the commit plan. It is cheap (it
 * works on arrays in memory), so it runs again when the user changes the unknown-partner policy.
 */
import type { FileReport, ImportReport, OutlierReport } from '../../../../shared/api/import';
import type { PeriodDef } from '../../workspace/periods';
import { codeToIso, isoToCode } from '../values/date-code';
import { buildCells } from './build-cells';
import { coverageMatrix } from './coverage';
import { SeenDeals, finishDeals } from './finish-deals';
import { finishKpi, type KpiFinal } from './finish-kpi';
import { finishTransactions, type FinishEnv, type TxFinal } from './finish-transactions';
import { KpiFile } from './kpi-file';
import { findOutliers } from './outliers';
import { PartnerDirectory } from './partner-directory';
import { PartnerFile, type PartnerRecord } from './partner-file';
import { PartnerIndex } from './partner-index';
import type { CommitPlan, PlannedDeal, PlannedFile } from './plan';
import type { ReadResult } from './read-files';
import { TransactionFile } from './transaction-file';

export interface PreparedImport {
  report: ImportReport;
  plan: CommitPlan;
}

const GRAIN_ORDER = { month: 0, quarter: 1, year: 2 };

function defaultDateTo(): number {
  const now = new Date();
  return isoToCode(`${now.getUTCFullYear() + 2}-12-31`);
}

export function periodOrder(periods: Map<string, PeriodDef>) {
  return (a: string, b: string) => {
    const pa = periods.get(a);
    const pb = periods.get(b);
    if (!pa || !pb) return a.localeCompare(b);
    return (
      GRAIN_ORDER[pa.grain] - GRAIN_ORDER[pb.grain] || pa.startDate.localeCompare(pb.startDate)
    );
  };
}

export function prepareImport(read: ReadResult, policy: 'create' | 'reject'): PreparedImport {
  const started = performance.now();
  const { input, snapshot, runs, catalog } = read;
  const issues = read.issues.snapshot();
  const blocking = [...read.blocking];
  const warnings = [...read.warnings, ...input.notes];
  const options = input.mapping.options;
  const env: FinishEnv = {
    issues,
    dateFrom: options.dateFrom ? isoToCode(options.dateFrom) : 19800101,
    dateTo: options.dateTo ? isoToCode(options.dateTo) : defaultDateTo(),
    partners: new PartnerIndex(new PartnerDirectory([]), false),
  };

  // Partners from partner files: the last file wins for the same id.
  const records = new Map<string, PartnerRecord>();
  for (const run of runs) {
    if (!(run.processor instanceof PartnerFile)) continue;
    for (const rec of run.processor.records) records.set(rec.externalId, rec);
  }
  const directory = new PartnerDirectory(snapshot.partners);
  for (const rec of records.values())
    directory.addImported(rec.externalId, rec.name, rec.attributes);
  const index = new PartnerIndex(directory, policy === 'create');
  for (const rec of records.values()) index.addImported(rec.externalId, rec.name);
  for (const rec of records.values()) {
    if (rec.parent && !directory.get(rec.parent)) {
      const run = runs[rec.fileIdx]!;
      issues.warning(
        'unknown-parent',
        run.input.fileName,
        rec.row,
        'parent',
        rec.parent,
        `parent partner ${rec.parent} is not known; the partner is imported without a parent`,
      );
    }
  }
  env.partners = index;

  const txFinals: TxFinal[] = [];
  const kpiFinals: KpiFinal[] = [];
  const deals: PlannedDeal[] = [];
  const seenDeals = new SeenDeals();
  for (const run of runs) {
    if (run.processor instanceof TransactionFile) {
      const final = finishTransactions(run.processor, env);
      for (const deal of finishDeals(final, env, seenDeals)) deals.push(deal);
      txFinals.push(final);
    } else if (run.processor instanceof KpiFile) {
      kpiFinals.push(finishKpi(run.processor, env, snapshot.fyStart));
    }
  }
  const built = buildCells(
    txFinals,
    kpiFinals,
    options.grains,
    snapshot.fyStart,
    issues,
    index.externalIds,
  );
  for (const b of built.blocking) blocking.push(b);
  const outliers = collectOutliers(txFinals, kpiFinals, options.outlierZ, issues);

  // Per-file counts.
  const files: PlannedFile[] = [];
  const fileReports: FileReport[] = runs.map((run) => {
    const p = run.processor;
    let rejected = (p?.rowsRejected ?? 0) + run.rowsRefused;
    const tx = txFinals.find((f) => f.file === p);
    if (tx) rejected += tx.rejected;
    const kpi = kpiFinals.find((f) => f.file === p);
    if (kpi) rejected += kpi.rejectedRows.size;
    const rowsRead = (p?.rowsRead ?? run.rowsRead) + run.rowsRefused;
    const planned: PlannedFile = {
      fileName: run.input.fileName,
      contentHash: run.input.scan.contentHash,
      bytes: run.input.scan.bytes,
      kind: run.kind,
      rowsRead,
      rowsAccepted: rowsRead - rejected,
      rowsRejected: rejected,
    };
    files.push(planned);
    return {
      ...planned,
      format: run.format ?? { type: 'csv', header: false },
      dateFormats: run.dateFormats,
      importedBefore:
        run.kind === 'lookup' ? [] : snapshot.importedBefore(run.input.scan.contentHash),
    };
  });
  const dataFiles = files.filter((f) => f.kind !== 'lookup');
  const rowsRead = dataFiles.reduce((s, f) => s + f.rowsRead, 0);
  const rowsRejected = dataFiles.reduce((s, f) => s + f.rowsRejected, 0);
  for (const [i, run] of runs.entries()) {
    if (run.kind !== 'lookup' && run.processor && files[i]!.rowsRead === 0)
      blocking.push(
        `${run.input.fileName} holds no data rows (at most a header); nothing to import.`,
      );
  }
  if (rowsRead > 0 && rowsRead === rowsRejected)
    blocking.push(
      `None of the ${rowsRead.toLocaleString('en-US')} rows can be imported: every row is rejected (see the rejected rows).`,
    );

  // Measures, periods, what would be replaced.
  const measureKeys = [...new Set(built.values.map((v) => v.measure))];
  const order = periodOrder(built.periods);
  const replaced = { value: 0, target: 0 };
  for (const target of ['value', 'target'] as const) {
    const mine = built.values.filter((v) => v.target === target);
    if (mine.length === 0) continue;
    const existing = snapshot.existingCells(
      target,
      [...new Set(mine.map((v) => v.measure))],
      [...new Set(mine.map((v) => v.period))],
    );
    if (existing.size === 0) continue;
    for (const v of mine) {
      if (existing.has(`${v.measure}|${v.period}|${index.externalIds[v.partner]}`))
        replaced[target]++;
    }
  }
  const grains = new Map<string, string[]>();
  for (const def of built.periods.values())
    grains.set(def.grain, [...(grains.get(def.grain) ?? []), def.key]);
  const minDate = Math.min(...txFinals.map((f) => f.minDate), ...kpiFinals.map((f) => f.minDate));
  const maxDate = Math.max(...txFinals.map((f) => f.maxDate), ...kpiFinals.map((f) => f.maxDate));
  const workspaceIds = new Set(snapshot.partners.map((p) => p.externalId));
  const unknown = [...index.unknown.values()].sort((a, b) => b.rows - a.rows);
  const created = index.externalIds
    .map((externalId, i) => ({ externalId, i }))
    .filter(({ i }) => index.source[i] === 'created')
    .map(({ externalId, i }) => ({
      externalId,
      name: index.names[i] ?? externalId,
      attributes: index.createdAttributes.get(i) ?? {},
    }));
  const valueCells = built.values.filter((v) => v.target === 'value');

  const report: ImportReport = {
    analysisId: input.id,
    files: fileReports,
    rowsRead,
    rowsAccepted: rowsRead - rowsRejected,
    rowsRejected,
    issueCounts: issues.issueCounts(),
    issues: issues.issues(),
    blocking,
    warnings: [
      ...warnings,
      ...catalog.invented.map(
        (k) =>
          `Measure "${k}" is not a standard measure; it will be added (unit count, summed). Define it under "measures" in the mapping to name it.`,
      ),
    ],
    outliers,
    unknownPartners: {
      policy,
      count: unknown.length,
      rows: unknown.reduce((s, u) => s + u.rows, 0),
      partners: unknown
        .slice(0, 500)
        .map((u) =>
          u.name ? { key: u.key, name: u.name, rows: u.rows } : { key: u.key, rows: u.rows },
        ),
    },
    partners: {
      inFiles: records.size,
      new: [...records.keys()].filter((k) => !workspaceIds.has(k)).length + created.length,
      updated: [...records.keys()].filter((k) => workspaceIds.has(k)).length,
    },
    periods: [...grains.entries()]
      .sort((a, b) => GRAIN_ORDER[a[0] as 'month'] - GRAIN_ORDER[b[0] as 'month'])
      .map(([grain, keys]) => ({ grain: grain as 'month', keys: keys.sort(order) })),
    dates: {
      min: Number.isFinite(minDate) ? codeToIso(minDate) : null,
      max: Number.isFinite(maxDate) ? codeToIso(maxDate) : null,
    },
    coverage: coverageMatrix(
      valueCells.map((v) => ({ measure: v.measure, period: v.period, partner: v.partner })),
      index.externalIds,
      order,
    ),
    writes: {
      values: valueCells.length,
      targets: built.values.length - valueCells.length,
      replacedValues: replaced.value,
      replacedTargets: replaced.target,
      dealRegistrations: deals.length,
      measuresNew: measureKeys.filter((k) => catalog.isNew(k)),
    },
    clean: blocking.length === 0 && rowsRejected === 0,
    seconds: read.readSeconds + (performance.now() - started) / 1000,
  };
  const plan: CommitPlan = {
    analysisId: input.id,
    mapping: input.mapping,
    note: input.mapping.name ? `mapping: ${input.mapping.name}` : '',
    files,
    partnerKeys: index.externalIds,
    partners: [...records.values()],
    created,
    measures: measureKeys.map((k) => catalog.require(k)),
    periods: [...built.periods.values()],
    values: built.values,
    deals,
    rowsRead,
    rowsAccepted: rowsRead - rowsRejected,
    rowsRejected,
  };
  return { report, plan };
}

function collectOutliers(
  txFinals: TxFinal[],
  kpiFinals: KpiFinal[],
  z: number,
  issues: FinishEnv['issues'],
): OutlierReport[] {
  const out: OutlierReport[] = [];
  for (const final of txFinals) {
    for (const m of final.measures) {
      if (m.slot.kind !== 'number' || m.slot.rule.rule === 'count') continue;
      const found = findOutliers(
        final.file.ctx.fileName,
        m.slot.rule.measure,
        m.slot.label,
        final.file.rows.view(),
        m.values,
        z,
        issues,
        final.partner,
      );
      if (found) out.push(found);
    }
  }
  for (const final of kpiFinals) {
    const byMeasure = new Map<string, { rows: number[]; values: number[] }>();
    for (const c of final.cells) {
      const g = byMeasure.get(c.measure) ?? { rows: [], values: [] };
      g.rows.push(c.row);
      g.values.push(c.value);
      byMeasure.set(c.measure, g);
    }
    for (const [measure, g] of byMeasure) {
      const found = findOutliers(
        final.file.ctx.fileName,
        measure,
        measure,
        Int32Array.from(g.rows),
        Float64Array.from(g.values),
        z,
        issues,
      );
      if (found) out.push(found);
    }
  }
  return out;
}
