/** The quality report and commit summary as the CLI prints them. */
import type { ImportReport, ImportSummary, UndoSummary } from '../../../shared/api/import';
import { formatCount } from '../io';

const SHOWN_ERRORS = 25;
const SHOWN_WARNINGS = 10;

function formatOf(f: ImportReport['files'][number]): string {
  const fmt = f.format;
  if (fmt.type === 'xlsx') return `xlsx, sheet "${fmt.sheet}"${fmt.header ? '' : ', no header'}`;
  if (fmt.type === 'arrow') return 'arrow';
  const delim = fmt.delimiter === '\t' ? 'tab' : `"${fmt.delimiter}"`;
  return `${fmt.encoding}, ${delim}${fmt.header ? '' : ', no header'}${fmt.decimalSeparator === ',' ? ', decimal comma' : ''}`;
}

function range(keys: string[]): string {
  if (keys.length === 0) return 'none';
  return keys.length === 1 ? keys[0]! : `${keys[0]} … ${keys[keys.length - 1]} (${keys.length})`;
}

export function printReport(report: ImportReport, out: (line: string) => void) {
  const width = Math.max(...report.files.map((f) => f.fileName.length));
  out('Files');
  for (const f of report.files) {
    const dates = Object.entries(f.dateFormats)
      .map(([c, d]) => `${c}: ${d}`)
      .join(', ');
    out(
      `  ${f.fileName.padEnd(width)}  ${f.kind.padEnd(12)}  ${formatCount(f.rowsRead).padStart(9)} read  ${formatCount(f.rowsRejected).padStart(7)} rejected  (${formatOf(f)}${dates ? `; dates ${dates}` : ''})`,
    );
    for (const b of f.importedBefore)
      out(
        `    already imported as #${b.importId} (${b.fileName}, ${b.at.slice(0, 16).replace('T', ' ')})`,
      );
  }
  out(
    `Rows: ${formatCount(report.rowsRead)} read, ${formatCount(report.rowsAccepted)} accepted, ${formatCount(report.rowsRejected)} rejected`,
  );
  if (report.dates.min) out(`Dates: ${report.dates.min} … ${report.dates.max}`);
  for (const p of report.periods) out(`Periods (${p.grain}): ${range(p.keys)}`);
  const up = report.unknownPartners;
  out(
    `Partners: ${formatCount(report.partners.inFiles)} in partner files (${formatCount(report.partners.new)} new, ${formatCount(report.partners.updated)} updated); ` +
      `${formatCount(up.count)} unknown in facts (${formatCount(up.rows)} rows, ${up.policy === 'create' ? 'will be created' : 'rows rejected'})`,
  );
  if (up.count > 0) {
    out(
      `  unknown: ${up.partners
        .slice(0, 15)
        .map((p) => `${p.key} (${p.rows})`)
        .join(', ')}${up.count > 15 ? ', …' : ''}`,
    );
    if (up.policy === 'reject')
      out('  (import the partner file too, or pass --create-partners to create them)');
  }
  const w = report.writes;
  out(
    `Would write: ${formatCount(w.values)} values (${formatCount(w.replacedValues)} replacing stored ones), ${formatCount(w.targets)} targets (${formatCount(w.replacedTargets)} replacing), ${formatCount(w.dealRegistrations)} deal registrations` +
      (w.measuresNew.length ? `; new measures: ${w.measuresNew.join(', ')}` : ''),
  );
  if (report.issueCounts.length) {
    out('Issues');
    for (const c of report.issueCounts)
      out(`  ${c.severity.padEnd(7)}  ${c.code.padEnd(18)}  ${formatCount(c.count).padStart(9)}`);
  }
  const errors = report.issues.filter((i) => i.severity === 'error');
  if (errors.length) {
    out(`Rejected rows (first ${Math.min(SHOWN_ERRORS, errors.length)}):`);
    for (const i of errors.slice(0, SHOWN_ERRORS))
      out(`  ${i.file} row ${i.row}, column ${i.column}: ${i.message}`);
  }
  const warnings = report.issues.filter((i) => i.severity === 'warning' && i.code !== 'outlier');
  if (warnings.length) {
    out(`Warnings (first ${Math.min(SHOWN_WARNINGS, warnings.length)}):`);
    for (const i of warnings.slice(0, SHOWN_WARNINGS))
      out(`  ${i.file} row ${i.row}, column ${i.column}: ${i.message}`);
  }
  for (const o of report.outliers) {
    const top = o.top
      .slice(0, 3)
      .map((t) => `row ${t.row}: ${t.value} (z ${t.z})`)
      .join('; ');
    out(
      `Outliers in ${o.file}, ${o.measure}: ${formatCount(o.count)} rows (${o.scale} scale, median ${Number(o.median.toPrecision(6))}); e.g. ${top}`,
    );
  }
  const cov = report.coverage;
  if (cov.cells > 0) {
    out(
      `Coverage: ${formatCount(cov.partners)} partners × ${cov.measures.length} measures × ${cov.periods.length} periods: ${formatCount(cov.filled)} of ${formatCount(cov.cells)} cells have a value`,
    );
    for (const g of cov.gaps.slice(0, 5)) {
      out(
        `  ${g.measure} ${g.period}: ${formatCount(g.partnersWithout)} partners without (e.g. ${g.sample.slice(0, 5).join(', ')})`,
      );
    }
  }
  for (const w2 of report.warnings) out(`Note: ${w2}`);
  for (const b of report.blocking) out(`BLOCKING: ${b}`);
}

export function printSummary(s: ImportSummary, out: (line: string) => void) {
  out(
    `Imported as #${s.importId}: ${formatCount(s.rowsAccepted)} rows (${formatCount(s.rowsRejected)} skipped); ` +
      `${formatCount(s.partnersCreated)} partners created, ${formatCount(s.partnersUpdated)} updated; ` +
      `${formatCount(s.valuesWritten)} values (${formatCount(s.valuesReplaced)} replaced), ${formatCount(s.targetsWritten)} targets, ` +
      `${formatCount(s.dealRegistrations)} deal registrations in ${s.seconds.toFixed(1)} s. Undo with: npx partnerscope import --workspace W --undo ${s.importId}`,
  );
}

export function printUndo(u: UndoSummary, out: (line: string) => void) {
  out(
    `Undid import #${u.importId}: removed ${formatCount(u.valuesRemoved)} values, ${formatCount(u.targetsRemoved)} targets, ` +
      `${formatCount(u.dealRegistrationsRemoved)} deal registrations, ${formatCount(u.partnersRemoved)} partners; ` +
      `restored ${formatCount(u.valuesRestored)} values, ${formatCount(u.targetsRestored)} targets, ${formatCount(u.partnersRestored)} partners.`,
  );
}
