import {
  backlogRows,
  comparisonRows,
  comparisonSentence,
  impactRows,
  issueRows,
  progressGroupRows,
  suggestionRows,
} from '../../core/improvement/cli-tables';
import type { Command } from '../command';
import { UsageError, intOption, requiredString, stringOption } from '../command';
import { CliSession } from '../session';
import { emitTables, tableFormatOption } from '../table-output';

const MODES = ['list', 'suggest', 'progress'] as const;
const GROUPS = ['issue', 'region', 'type', 'tier', 'owner'] as const;

export const improvementCommand: Command = {
  name: 'improvement',
  summary:
    'The improvement loop: issues and their action backlog, suggested issues, progress against the baselines',
  usage: [
    'partnerscope improvement list|suggest|progress --workspace FILE [--partner ID] [--format table|csv|json] [--out FILE]',
    '    list                          issues (open and in progress; --status all) and the action backlog by priority',
    '    suggest [--period P] [--limit N]   issues drafted from the data, biggest impact first',
    '            [--accept KEY] [--dismiss KEY[,KEY…]]   accept one as an issue, or dismiss some',
    '    progress [--group-by issue|region|type|tier|owner] [--kpi K]',
    '                                  baseline → now → target of every action, per group and in total,',
    '                                  the cumulative impact and the matched "did it work" comparison',
  ].join('\n'),
  allowPositionals: true,
  options: {
    workspace: { type: 'string', short: 'w' },
    partner: { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    status: { type: 'string' },
    period: { type: 'string', short: 'p' },
    limit: { type: 'string' },
    accept: { type: 'string' },
    dismiss: { type: 'string' },
    'group-by': { type: 'string' },
    kpi: { type: 'string' },
  },
  async run(args, io) {
    const [mode, ...rest] = args.positionals;
    if (!mode || !(MODES as readonly string[]).includes(mode)) {
      throw new UsageError(`choose one of ${MODES.join(', ')}, e.g. partnerscope improvement list`);
    }
    if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const format = tableFormatOption(args);
    const partner = stringOption(args, 'partner');
    const session = new CliSession(io);
    try {
      await session.call('workspace.open', { path: requiredString(args, 'workspace') });
      if (mode === 'list') {
        const status = stringOption(args, 'status') ?? 'active';
        const allowed = ['active', 'all', 'open', 'in_progress', 'resolved', 'closed'];
        if (!allowed.includes(status)) {
          throw new UsageError(`--status must be one of ${allowed.join(', ')}`);
        }
        const issues = await session.call('improvement.issues', {
          status: status as 'active',
          partner,
        });
        const actions = await session.call('improvement.actions', { status: 'all', partner });
        emitTables(io, args, format, [issueRows(issues), backlogRows(actions)], {
          issues,
          actions,
        });
        const open = actions.filter((a) => a.status !== 'done');
        io.err(
          `${issues.length} issue${issues.length === 1 ? '' : 's'}; ${open.length} open action${open.length === 1 ? '' : 's'} (${open.filter((a) => a.overdue).length} overdue), ${actions.length - open.length} done.`,
        );
        return 0;
      }
      if (mode === 'suggest') {
        const accept = stringOption(args, 'accept');
        const dismiss = stringOption(args, 'dismiss');
        if (accept && dismiss) throw new UsageError('choose one of --accept, --dismiss');
        if (accept) {
          const issue = await session.call('improvement.acceptSuggestion', { key: accept });
          emitTables(io, args, format, [issueRows([issue])], issue);
          io.err(`Accepted as issue #${issue.id}.`);
          return 0;
        }
        if (dismiss) {
          const keys = dismiss
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean);
          const r = await session.call('improvement.dismissSuggestion', { keys, reason: '' });
          io.out(`${r.dismissed} suggestion${r.dismissed === 1 ? '' : 's'} dismissed.`);
          return 0;
        }
        const list = await session.call('improvement.suggestions', {
          period: stringOption(args, 'period'),
          partner,
          limit: intOption(args, 'limit', 50),
        });
        emitTables(io, args, format, [suggestionRows(list)], list);
        io.err(
          `${list.suggestions.length} suggestions for ${list.period.label}${list.more ? ` (${list.more} more; --limit)` : ''}; ${list.accepted} already issues, ${list.dismissed} dismissed.`,
        );
        return 0;
      }
      const groupBy = stringOption(args, 'group-by') ?? 'issue';
      if (!(GROUPS as readonly string[]).includes(groupBy)) {
        throw new UsageError(`--group-by must be one of ${GROUPS.join(', ')}`);
      }
      const report = await session.call('improvement.progress', {
        partner,
        groupBy: groupBy as 'issue',
        status: 'all',
      });
      const didItWork = await session.call('improvement.didItWork', {
        kpi: stringOption(args, 'kpi') ?? 'score',
      });
      emitTables(
        io,
        args,
        format,
        [
          backlogRows(report.actions),
          progressGroupRows(report),
          impactRows(report),
          comparisonRows(didItWork),
        ],
        { ...report, didItWork },
      );
      const c = report.total.counts;
      io.err(
        `Measured as of ${report.asOf} (${report.period.label}): ${report.total.actions} actions with a KPI — ${c.achieved} achieved, ${c['on-track']} on track, ${c['at-risk']} at risk, ${c.missed} missed, ${c['no-data']} without data.`,
      );
      io.err(comparisonSentence(didItWork));
      return 0;
    } finally {
      session.close();
    }
  },
};
