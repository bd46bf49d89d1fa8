/**
 * `partnerscope disputes list`: the disputes of a workspace with how long each has waited (open
 * and under review first, oldest first), the disputed figure and the corrections made for it.
 */
import {
  DISPUTE_FILTERS,
  type DisputeFilter,
  type DisputeItem,
} from '../../../shared/api/disputes';
import type { Tabular } from '../../core/benchmark/tabular';
import type { Command } from '../command';
import { UsageError, requiredString, stringOption } from '../command';
import { CliSession } from '../session';
import { emitTables, tableFormatOption } from '../table-output';

const ACTIONS = ['list'] as const;

/** "4 d 3 h", "5 h 12 min", "40 min". */
export function formatWaiting(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days > 0) return `${days} d ${hours % 24} h`;
  if (hours > 0) return `${hours} h ${minutes % 60} min`;
  return `${minutes} min`;
}

const STATUS: Record<DisputeItem['status'], string> = {
  open: 'open',
  under_review: 'under review',
  resolved_upheld: 'upheld',
  resolved_rejected: 'rejected',
};

function disputesTable(list: DisputeItem[]): Tabular {
  return {
    columns: [
      'id',
      'partner_id',
      'partner',
      'figure',
      'period',
      'status',
      'waiting',
      'opened',
      'corrections',
      'reason',
    ],
    rows: list.map((d) => [
      d.id,
      d.partner.externalId,
      d.partner.name,
      d.subject === 'tier' ? 'tier' : (d.kpiName ?? d.kpiKey ?? ''),
      d.periodKey,
      STATUS[d.status],
      formatWaiting(d.waitingSeconds),
      d.openedAt.slice(0, 10),
      d.corrections
        .map(
          (c) =>
            `${c.measureName} ${c.originalValue ?? '—'}→${c.value} (${c.status}${c.approvedBy ? ` by ${c.approvedBy}` : ''})`,
        )
        .join('; '),
      d.reason,
    ]),
  };
}

export const disputesCommand: Command = {
  name: 'disputes',
  summary: 'List partner disputes of figures and tiers with their waiting time and corrections',
  usage:
    'partnerscope disputes list --workspace FILE [--status open|resolved|all] [--partner ID] [--format table|csv|json] [--out FILE]',
  options: {
    workspace: { type: 'string', short: 'w' },
    status: { type: 'string' },
    partner: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  allowPositionals: true,
  async run(args, io) {
    const action = args.positionals[0] ?? 'list';
    if (!(ACTIONS as readonly string[]).includes(action)) {
      throw new UsageError(`unknown action "${action}"; use ${ACTIONS.join(', ')}`);
    }
    const status = stringOption(args, 'status') ?? 'open';
    if (!(DISPUTE_FILTERS as readonly string[]).includes(status)) {
      throw new UsageError(
        `--status must be one of ${DISPUTE_FILTERS.join(', ')}, got "${status}"`,
      );
    }
    const format = tableFormatOption(args);
    const session = new CliSession(io);
    try {
      await session.call('workspace.open', { path: requiredString(args, 'workspace') });
      const list = await session.call('disputes.list', {
        status: status as DisputeFilter,
        partner: stringOption(args, 'partner'),
      });
      if (list.length === 0 && format === 'table' && !stringOption(args, 'out')) {
        io.out(status === 'all' ? 'no disputes' : `no ${status} disputes`);
        return 0;
      }
      emitTables(io, args, format, [disputesTable(list)], list);
      return 0;
    } finally {
      session.close();
    }
  },
};
