import { RISK_RULES, type RiskRule, type RiskSettingsPatch } from '../../../shared/api/risks';
import { alertRows, flagRows, ruleRows, settingRows } from '../../core/risks/cli-tables';
import type { Command, ParsedArgs } from '../command';
import { UsageError, requiredString, stringOption } from '../command';
import { CliSession } from '../session';
import { emitTables, tableFormatOption } from '../table-output';

const MODES = ['settings', 'set', 'alerts', 'check', 'done'] as const;

function rulesOption(args: ParsedArgs): RiskRule[] | undefined {
  const raw = stringOption(args, 'rule');
  if (raw === undefined) return undefined;
  const rules = raw.split(',').map((s) => s.trim());
  for (const r of rules) {
    if (!(RISK_RULES as readonly string[]).includes(r)) {
      throw new UsageError(`unknown rule "${r}"; rules: ${RISK_RULES.join(', ')}`);
    }
  }
  return rules as RiskRule[];
}

/** `--set registration_abuse.sameDayRepeats=3` (repeatable) → a settings patch. */
export function settingsPatch(assignments: string[]): RiskSettingsPatch {
  const patch: Record<string, Record<string, number | boolean>> = {};
  for (const a of assignments) {
    const match = /^([a-z_]+)\.([A-Za-z]+)=(.+)$/.exec(a.trim());
    if (!match || !(RISK_RULES as readonly string[]).includes(match[1]!)) {
      throw new UsageError(
        `--set needs RULE.SETTING=VALUE with a rule of ${RISK_RULES.join(', ')}, got "${a}"`,
      );
    }
    const [, rule, key, raw] = match;
    const value =
      raw === 'true'
        ? true
        : raw === 'false'
          ? false
          : Number(raw!.replace(/%$/, '')) / (raw!.endsWith('%') ? 100 : 1);
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new UsageError(`--set ${a}: "${raw}" is not a number`);
    (patch[rule!] ??= {})[key!] = value;
  }
  return patch as RiskSettingsPatch;
}

export const risksCommand: Command = {
  name: 'risks',
  summary:
    'Risk flags (concentration, registration abuse, enablement claims, stuffing, inactivity) and alerts',
  usage: [
    'partnerscope risks --workspace FILE [--period P] [--rule R[,R…]] [--partner ID] [--format table|csv|json] [--out FILE]',
    '    (no mode)                      the risk list of the period (default: the latest)',
    '    --settings                     the rules’ thresholds',
    '    --set RULE.SETTING=VALUE       change a threshold (repeatable), e.g. revenue_concentration.maxShare=20%',
    '    --alerts [--status open|done|all]   the alerts inbox (the latest two periods compared first)',
    '    --check [--previous P0]        compare --period (default: latest) with P0 (default: the one before)',
    '    --done ID[,ID…] [--reopen]     mark alerts done (or open again)',
  ].join('\n'),
  options: {
    workspace: { type: 'string', short: 'w' },
    period: { type: 'string', short: 'p' },
    rule: { type: 'string', short: 'r' },
    partner: { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    settings: { type: 'boolean' },
    set: { type: 'string', multiple: true },
    alerts: { type: 'boolean' },
    status: { type: 'string' },
    check: { type: 'boolean' },
    previous: { type: 'string' },
    done: { type: 'string' },
    reopen: { type: 'boolean' },
  },
  async run(args, io) {
    const format = tableFormatOption(args);
    const modes = MODES.filter((m) => args.values[m] !== undefined);
    if (modes.length > 1) throw new UsageError(`choose one of --${modes.join(', --')}`);
    const session = new CliSession(io);
    try {
      await session.call('workspace.open', { path: requiredString(args, 'workspace') });
      switch (modes[0]) {
        case 'settings': {
          const s = await session.call('risks.settings', {});
          emitTables(io, args, format, [settingRows(s)], s);
          return 0;
        }
        case 'set': {
          const s = await session.call(
            'risks.updateSettings',
            settingsPatch(args.values.set as string[]),
          );
          emitTables(io, args, format, [settingRows(s)], s);
          return 0;
        }
        case 'alerts': {
          const status = stringOption(args, 'status') ?? 'open';
          if (!['open', 'done', 'all'].includes(status))
            throw new UsageError('--status must be open, done or all');
          const inbox = await session.call('alerts.list', {
            status: status as 'open' | 'done' | 'all',
            partner: stringOption(args, 'partner'),
            limit: 10_000,
          });
          emitTables(io, args, format, [alertRows(inbox)], inbox);
          io.err(
            `${inbox.open} open, ${inbox.done} done${inbox.checked ? ` (compared ${inbox.checked.previous} with ${inbox.checked.period})` : ''}.`,
          );
          return 0;
        }
        case 'check': {
          const c = await session.call('alerts.check', {
            period: stringOption(args, 'period'),
            previous: stringOption(args, 'previous'),
          });
          io.out(
            `Compared ${c.previous || '(no earlier period)'} with ${c.period}: ${c.segmentMoves} segment moves, ${c.riskFlags} new risk flags, ${c.created} new alerts.`,
          );
          return 0;
        }
        case 'done': {
          const ids = (stringOption(args, 'done') ?? '').split(',').map((s) => Number(s.trim()));
          if (ids.length === 0 || ids.some((n) => !Number.isInteger(n) || n <= 0)) {
            throw new UsageError('--done needs alert ids, e.g. --done 12,13');
          }
          const r = await session.call('alerts.setDone', {
            ids,
            done: args.values.reopen !== true,
          });
          io.out(
            `${r.updated} alert${r.updated === 1 ? '' : 's'} ${args.values.reopen ? 'reopened' : 'marked done'}; ${r.open} open.`,
          );
          return 0;
        }
        default: {
          const report = await session.call('risks.list', {
            period: stringOption(args, 'period'),
            rules: rulesOption(args),
            partner: stringOption(args, 'partner'),
          });
          emitTables(io, args, format, [flagRows(report), ruleRows(report)], report);
          const c = report.concentration;
          io.err(
            `${report.flags.length} flags in ${report.period.label}. Top ${c.topN} partners: ${c.topNShare === null ? '–' : `${Math.round(c.topNShare * 1000) / 10}%`} of channel revenue${c.exceeded ? ' (above the warning level)' : ''}.`,
          );
          return 0;
        }
      }
    } finally {
      session.close();
    }
  },
};
