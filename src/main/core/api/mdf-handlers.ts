/** The MDF domain's handlers: thin glue between the contract and src/main/core/mdf. */
import { mdfProposalInputSchema } from '../../../shared/api/mdf';
import { AppError } from '../../../shared/errors';
import { deliver } from '../export/files/export-file';
import { checkOutFile } from '../export/files/output-path';
import { safeFileStem } from '../export/files/safe-file-name';
import { addClaim, listClaims, moveClaim } from '../mdf/claim-store';
import { decodeClaimsFile, importClaims } from '../mdf/claims-import';
import { syncKpis } from '../mdf/kpi-sync';
import { planReturn } from '../mdf/mdf-return';
import { partnerAllocations } from '../mdf/partner-allocations';
import { planCsv, planXlsx } from '../mdf/plan-export';
import { comparePlans, deletePlan, getPlan, listPlans, savePlan } from '../mdf/plan-store';
import { proposeAllocation } from '../mdf/propose';
import { utilisation } from '../mdf/utilisation';
import type { AppContext } from '../app/context';
import type { Workspace } from '../workspace/workspace';
import type { HandlerMap } from './handler-types';

type MdfMethods =
  | 'mdf.propose'
  | 'mdf.savePlan'
  | 'mdf.plans'
  | 'mdf.plan'
  | 'mdf.deletePlan'
  | 'mdf.compare'
  | 'mdf.partner'
  | 'mdf.claims'
  | 'mdf.addClaim'
  | 'mdf.moveClaim'
  | 'mdf.importClaims'
  | 'mdf.utilisation'
  | 'mdf.return'
  | 'mdf.syncKpis'
  | 'mdf.exportPlan';

/**
 * Plans and claims are not scoring data: their writes leave the data revision alone, so the
 * engine keeps its dataset. (Writing the MDF measures, `mdf.syncKpis`, is data and moves it.)
 */
function own<T>(ctx: AppContext, write: (ws: Workspace) => T): T {
  const ws = ctx.requireWorkspace();
  return write(ws);
}

export const mdfHandlers: HandlerMap<MdfMethods> = {
  'mdf.propose': (args, ctx) => proposeAllocation(ctx.requireWorkspace(), args),
  'mdf.savePlan': (args, ctx) => own(ctx, (ws) => savePlan(ws, args)),
  'mdf.plans': (_args, ctx) => listPlans(ctx.requireWorkspace()),
  'mdf.plan': ({ id }, ctx) => getPlan(ctx.requireWorkspace(), id),
  'mdf.deletePlan': ({ id }, ctx) => own(ctx, (ws) => deletePlan(ws, id)),
  'mdf.compare': ({ ids }, ctx) => comparePlans(ctx.requireWorkspace(), ids),
  'mdf.partner': ({ partner }, ctx) => partnerAllocations(ctx.requireWorkspace(), partner),
  'mdf.claims': (args, ctx) => listClaims(ctx.requireWorkspace(), args),
  'mdf.addClaim': (args, ctx) => own(ctx, (ws) => addClaim(ws, args)),
  'mdf.moveClaim': (args, ctx) => own(ctx, (ws) => moveClaim(ws, args)),
  'mdf.importClaims': ({ fileName, csv, base64, dryRun }, ctx) =>
    own(ctx, (ws) =>
      importClaims(
        ws,
        fileName,
        csv ?? decodeClaimsFile(Buffer.from(base64 ?? '', 'base64')),
        dryRun,
      ),
    ),
  'mdf.utilisation': (args, ctx) => utilisation(ctx.requireWorkspace(), args),
  'mdf.return': ({ planId, followingPeriods }, ctx) =>
    planReturn(ctx.requireWorkspace(), planId, followingPeriods),
  'mdf.syncKpis': ({ planId }, ctx) => syncKpis(ctx.requireWorkspace(), planId),
  'mdf.exportPlan': async (args, ctx) => {
    const started = performance.now();
    if (args.outFile) checkOutFile(args.outFile, args.format);
    const ws = ctx.requireWorkspace();
    let name: string;
    let proposal;
    if (args.planId !== undefined) {
      const plan = getPlan(ws, args.planId);
      name = plan.name;
      proposal = plan.proposal;
    } else if (args.proposal) {
      proposal = proposeAllocation(ws, mdfProposalInputSchema.parse(args.proposal));
      name = `MDF proposal ${proposal.period.key}`;
    } else {
      throw new AppError('INVALID_ARGUMENT', 'Give a saved plan (planId) or a proposal to export.');
    }
    const bytes = args.format === 'csv' ? planCsv(proposal) : await planXlsx(proposal, name);
    return deliver(
      {
        fileName: `${safeFileStem(name)}.${args.format}`,
        ext: args.format,
        mime:
          args.format === 'csv'
            ? 'text/csv'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes,
        count: proposal.rows.length,
        started,
      },
      args.outFile,
    );
  },
};
