import { existsSync, writeFileSync } from 'node:fs';
import { DATE_FORMATS, type DateFormat, type ImportMapping } from '../../../shared/api/import';
import type { Command } from '../command';
import { intOption, requiredString, stringOption, UsageError } from '../command';
import { CliSession } from '../session';
import { expandInputs, readMappingFile } from './import-inputs';
import { printReport, printSummary, printUndo } from './import-report';

const USAGE =
  'partnerscope import --workspace W FILE|FOLDER... [--mapping M.json | --preset NAME] [--dry-run] [--skip-invalid] ' +
  '[--create-partners] [--date-format auto|iso|mdy|dmy|excel|yyyymmdd] [--force] [--save-mapping FILE] [--json]\n' +
  '       npx partnerscope import --workspace W --undo ID\n' +
  '  e.g. npx partnerscope import --workspace aw.partnerscope --preset adventureworks DimReseller.csv FactResellerSales.csv';

function withOverrides(
  mapping: ImportMapping,
  dateFormat: string | undefined,
  createPartners: boolean,
): ImportMapping {
  if (dateFormat && !DATE_FORMATS.includes(dateFormat as DateFormat)) {
    throw new UsageError(`--date-format must be one of ${DATE_FORMATS.join(', ')}`);
  }
  return {
    ...mapping,
    files: dateFormat
      ? mapping.files.map((f) => ({ ...f, dateFormat: dateFormat as DateFormat }))
      : mapping.files,
    options: createPartners ? { ...mapping.options, unknownPartners: 'create' } : mapping.options,
  };
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Import partner files (CSV, XLSX, Arrow): quality report, then one atomic commit',
  usage: USAGE,
  allowPositionals: true,
  options: {
    workspace: { type: 'string', short: 'w' },
    mapping: { type: 'string', short: 'm' },
    preset: { type: 'string', short: 'p' },
    'dry-run': { type: 'boolean' },
    'skip-invalid': { type: 'boolean' },
    'create-partners': { type: 'boolean' },
    'date-format': { type: 'string' },
    force: { type: 'boolean' },
    'save-mapping': { type: 'string' },
    json: { type: 'boolean' },
    undo: { type: 'string' },
  },
  async run(args, io) {
    const session = new CliSession(io);
    try {
      const workspace = requiredString(args, 'workspace');
      if (existsSync(workspace) || args.values.undo !== undefined) {
        await session.call('workspace.open', { path: workspace });
      } else {
        const info = await session.call('workspace.create', { path: workspace });
        io.err(`Created a new workspace ${info.path}.`);
      }
      if (args.values.undo !== undefined) {
        printUndo(
          await session.call('import.undo', { importId: intOption(args, 'undo', 0) }),
          io.out,
        );
        return 0;
      }
      const mappingFile = stringOption(args, 'mapping');
      const preset = stringOption(args, 'preset');
      if (mappingFile && preset) throw new UsageError('give --mapping or --preset, not both');
      if (args.positionals.length === 0)
        throw new UsageError('name at least one file or folder to import');
      let mapping: ImportMapping | null = mappingFile ? readMappingFile(mappingFile) : null;
      let unmapped: string[] = [];
      if (preset) mapping = await session.call('import.getPreset', { name: preset });
      const staged = [];
      for (const path of expandInputs(args.positionals, mapping))
        staged.push(await session.call('import.stagePath', { path }));
      const fileIds = staged.map((s) => s.fileId);
      if (!mapping) {
        const suggestion = await session.call('import.suggest', { fileIds });
        mapping = suggestion.mapping;
        io.err(
          `No mapping given: using the ${suggestion.source === 'recognised' ? 'mapping recognised from the headers and values' : `built-in ${suggestion.source}`}.`,
        );
        for (const note of suggestion.notes) io.err(`  ${note}`);
        io.err(
          '  (write it to a file with --save-mapping FILE, edit it, and pass it back with --mapping FILE)',
        );
        unmapped = suggestion.blocking ?? [];
      } else {
        io.err(`Using ${preset ? `preset "${preset}"` : `mapping ${mappingFile}`}.`);
      }
      mapping = withOverrides(
        mapping,
        stringOption(args, 'date-format'),
        args.values['create-partners'] === true,
      );
      const saveTo = stringOption(args, 'save-mapping');
      if (saveTo) {
        writeFileSync(saveTo, `${JSON.stringify(mapping, null, 2)}\n`);
        io.err(`Mapping written to ${saveTo}.`);
      }
      if (unmapped.length > 0) {
        for (const line of unmapped) io.err(line);
        io.err('Nothing was written.');
        return 1;
      }
      const report = await session.call('import.analyse', { fileIds, mapping });
      io.status('');
      if (args.values.json) io.out(JSON.stringify(report, null, 2));
      else printReport(report, io.out);
      const skipInvalid = args.values['skip-invalid'] === true;
      const refused = report.blocking.length > 0 || (report.rowsRejected > 0 && !skipInvalid);
      if (args.values['dry-run']) {
        io.err(refused ? 'Dry run: the import would be refused.' : 'Dry run: nothing was written.');
        return refused ? 1 : 0;
      }
      if (refused) {
        io.err(
          report.blocking.length > 0
            ? 'Nothing was written: fix the blocking problems above.'
            : `Nothing was written: ${report.rowsRejected} rows are rejected. Fix them, or pass --skip-invalid to import the rest.`,
        );
        return 1;
      }
      const summary = await session.call('import.commit', {
        analysisId: report.analysisId,
        skipInvalid,
        allowReimport: args.values.force === true,
      });
      io.status('');
      printSummary(summary, args.values.json ? io.err : io.out);
      return 0;
    } finally {
      session.close();
    }
  },
};
