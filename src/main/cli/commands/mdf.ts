/**
 * `partnerscope mdf plan|claims`: propose an MDF allocation for a budget and write it as XLSX or
 * CSV; list claims (optionally by status).
 */
import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import {
  MDF_CLAIM_STATUSES,
  type MdfClaimStatus,
  type MdfRulesInput,
} from '../../../shared/api/mdf';
import { formatCents, parseAmount } from '../../core/mdf/money';
import type { Command, ParsedArgs } from '../command';
import { requiredString, stringOption, UsageError } from '../command';
import { CliSession } from '../session';
import { emitTables, tableFormatOption } from '../table-output';

const ACTIONS = ['plan', 'claims'] as const;

function amountOption(args: ParsedArgs, name: string): number | undefined {
  const raw = stringOption(args, name);
  if (raw === undefined) return undefined;
  const cents = parseAmount(raw);
  if (cents === null)
    throw new UsageError(
      `--${name} needs an amount such as 250000, 250,000.50 or 40k, got "${raw}"`,
    );
  return cents;
}

function percentOption(args: ParsedArgs, name: string): number | undefined {
  const raw = stringOption(args, name);
  if (raw === undefined) return undefined;
  const n = Number(raw.replace(/%$/, '')) / (raw.endsWith('%') || Number(raw) > 1 ? 100 : 1);
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError(`--${name} needs a share such as 10% or 0.1, got "${raw}"`);
  return n;
}

export const mdfCommand: Command = {
  name: 'mdf',
  summary: 'Investment planning: propose an MDF allocation for a budget (XLSX/CSV) or list claims',
  usage: [
    'partnerscope mdf plan --workspace FILE --budget AMOUNT [--period P] [--region R] [--type T] [--tiers Gold,Platinum] [--min AMOUNT] [--max AMOUNT] [--reserve 10%] [--co-funding 50%] [--save NAME] --out plan.xlsx|plan.csv',
    'partnerscope mdf claims --workspace FILE [--status planned|claimed|approved|rejected|paid] [--plan NAME] [--format table|csv|json] [--out FILE]',
    'partnerscope mdf claims --workspace FILE --import claims.csv [--dry-run]   (columns plan, partner, reference, amount[, status, proof_ref, activity, date, pipeline_sourced, revenue_attributed, note])',
  ].join('\n'),
  options: {
    workspace: { type: 'string', short: 'w' },
    budget: { type: 'string', short: 'b' },
    period: { type: 'string', short: 'p' },
    region: { type: 'string' },
    type: { type: 'string' },
    tiers: { type: 'string' },
    min: { type: 'string' },
    max: { type: 'string' },
    reserve: { type: 'string' },
    'co-funding': { type: 'string' },
    out: { type: 'string', short: 'o' },
    status: { type: 'string' },
    plan: { type: 'string' },
    save: { type: 'string' },
    import: { type: 'string' },
    'dry-run': { type: 'boolean' },
    format: { type: 'string', short: 'f' },
  },
  allowPositionals: true,
  async run(args, io) {
    const action = args.positionals[0];
    if (!action || !(ACTIONS as readonly string[]).includes(action)) {
      throw new UsageError(`choose an action: ${ACTIONS.join(' or ')}`);
    }
    const session = new CliSession(io);
    try {
      if (action === 'plan') {
        const out = resolve(requiredString(args, 'out'));
        const format = extname(out).slice(1).toLowerCase();
        if (format !== 'xlsx' && format !== 'csv')
          throw new UsageError('--out must end with .xlsx or .csv');
        const budgetCents = amountOption(args, 'budget');
        if (budgetCents === undefined) throw new UsageError('--budget is required');
        if (budgetCents <= 0) throw new UsageError('--budget must be more than zero');
        const rules: MdfRulesInput = {};
        const min = amountOption(args, 'min');
        const max = amountOption(args, 'max');
        const reserve = percentOption(args, 'reserve');
        const coFunding = percentOption(args, 'co-funding');
        const tiers = stringOption(args, 'tiers');
        if (min !== undefined) rules.minCents = min;
        if (max !== undefined) rules.maxCents = max;
        if (reserve !== undefined) rules.reserveShare = reserve;
        if (coFunding !== undefined) rules.coFundingRatio = coFunding;
        if (tiers)
          rules.eligibleTiers = tiers
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean);
        await session.call('workspace.open', { path: requiredString(args, 'workspace') });
        const proposal = {
          budgetCents,
          period: stringOption(args, 'period'),
          scope: {
            region: stringOption(args, 'region') ?? null,
            type: stringOption(args, 'type') ?? null,
            program: null,
          },
          rules,
        };
        const saveAs = stringOption(args, 'save');
        let p;
        let file;
        if (saveAs) {
          const plan = await session.call('mdf.savePlan', { ...proposal, name: saveAs });
          p = plan.proposal;
          file = await session.call('mdf.exportPlan', { planId: plan.id, format, outFile: out });
          io.err(`saved as plan "${plan.name}"; claims close on ${plan.expiresOn}`);
        } else {
          p = await session.call('mdf.propose', proposal);
          file = await session.call('mdf.exportPlan', { proposal, format, outFile: out });
        }
        for (const w of p.warnings) io.err(`warning: ${w}`);
        io.out(
          `${p.period.label}: ${formatCents(p.allocatedCents)} allocated to ${p.rows.filter((r) => r.amountCents > 0).length} of ${p.eligibleCount} eligible partners (reserve ${formatCents(p.reserveCents)}); wrote ${file.path}`,
        );
        return 0;
      }
      const importFile = stringOption(args, 'import');
      if (importFile) {
        await session.call('workspace.open', { path: requiredString(args, 'workspace') });
        const r = await session.call('mdf.importClaims', {
          fileName: basename(importFile),
          base64: readFileSync(resolve(importFile)).toString('base64'),
          dryRun: args.values['dry-run'] === true,
        });
        for (const e of r.errors)
          io.err(`${e.file}, row ${e.row}, column ${e.column || '—'}: ${e.message}`);
        if (r.errors.length) {
          io.err(
            `${r.errors.length} problem${r.errors.length === 1 ? '' : 's'}: nothing was imported.`,
          );
          return 1;
        }
        io.out(
          args.values['dry-run'] === true
            ? `${r.rows} claims checked, no problem found (dry run: nothing written).`
            : `Imported ${r.imported} claim${r.imported === 1 ? '' : 's'} from ${r.fileName}.`,
        );
        return 0;
      }
      const format = tableFormatOption(args);
      const status = stringOption(args, 'status');
      if (status !== undefined && !(MDF_CLAIM_STATUSES as readonly string[]).includes(status))
        throw new UsageError(`--status must be one of ${MDF_CLAIM_STATUSES.join(', ')}`);
      await session.call('workspace.open', { path: requiredString(args, 'workspace') });
      let planId: number | undefined;
      const planName = stringOption(args, 'plan');
      if (planName) {
        const plan = (await session.call('mdf.plans', {})).find((p) => p.name === planName);
        if (!plan) throw new UsageError(`no MDF plan named "${planName}"`);
        planId = plan.id;
      }
      const claims = await session.call('mdf.claims', {
        status: status as MdfClaimStatus | undefined,
        planId,
      });
      emitTables(
        io,
        args,
        format,
        [
          {
            columns: [
              'reference',
              'plan',
              'period',
              'partner_id',
              'partner',
              'activity',
              'amount',
              'status',
              'proof_ref',
              'updated_on',
            ],
            rows: claims.map((c) => [
              c.reference,
              c.planName,
              c.period,
              c.externalId,
              c.partnerName,
              c.activity,
              // The text table shows four significant digits; an amount is shown to the cent.
              format === 'table' ? formatCents(c.amountCents) : c.amountCents / 100,
              c.status,
              c.proofRef,
              c.updatedOn,
            ]),
          },
        ],
        claims,
      );
      const total = claims.reduce((s, c) => s + c.amountCents, 0);
      io.err(
        `${claims.length} claim${claims.length === 1 ? '' : 's'}, ${formatCents(total)} in total.`,
      );
      return 0;
    } finally {
      session.close();
    }
  },
};
