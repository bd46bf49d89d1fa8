import type { Command } from '../command';
import { UsageError, intOption, requiredString, stringOption } from '../command';
import { table } from '../io';
import { CliSession } from '../session';

const ACTIONS = ['list', 'diff', 'audit', 'verify'] as const;

/** `partnerscope methodology list|diff|audit|verify`: read methodologies, versions and snapshots. */
export const methodologyCommand: Command = {
  name: 'methodology',
  summary: 'List methodologies, diff two versions, show the audit log or verify score snapshots',
  usage:
    'partnerscope methodology list|diff|audit|verify --workspace FILE [--methodology NAME] [--from V --to V]',
  options: {
    workspace: { type: 'string', short: 'w' },
    methodology: { type: 'string', short: 'm' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  allowPositionals: true,
  async run(args, io) {
    const action = args.positionals[0] ?? 'list';
    if (!(ACTIONS as readonly string[]).includes(action)) {
      throw new UsageError(`unknown action "${action}"; use one of ${ACTIONS.join(', ')}`);
    }
    const session = new CliSession(io);
    try {
      await session.call('workspace.open', { path: requiredString(args, 'workspace') });
      const list = await session.call('methodology.list', {});
      const name = stringOption(args, 'methodology');
      const chosen = name ? list.find((m) => m.name === name) : list[0];
      if (name && !chosen) throw new UsageError(`no methodology named "${name}"`);
      if (action === 'list') {
        for (const line of table(
          list.map((m) => [
            m.name,
            `published version ${m.publishedVersion ?? '-'}${m.draftVersion ? `, draft version ${m.draftVersion}` : ''}`,
          ]),
        )) {
          io.out(line);
        }
      } else if (action === 'diff') {
        const diff = await session.call('methodology.diff', {
          methodologyId: chosen!.id,
          from: intOption(args, 'from', 1),
          to: intOption(args, 'to', chosen!.publishedVersion ?? 1),
        });
        io.out(`${chosen!.name}: version ${diff.from.version} → ${diff.to.version}`);
        if (diff.lines.length === 0) io.out('  no changes');
        for (const l of diff.lines) io.out(`  ${l.kind.padEnd(7)} ${l.area}: ${l.text}`);
      } else if (action === 'audit') {
        for (const e of await session.call('methodology.audit', { methodologyId: chosen?.id })) {
          io.out(`${e.at}  ${e.summary}`);
        }
      } else {
        let failed = 0;
        for (const s of await session.call('scoring.snapshots', { methodologyId: chosen?.id })) {
          const v = await session.call('scoring.verifySnapshot', { snapshotId: s.id });
          if (!v.identical) failed++;
          io.out(
            `snapshot ${s.id}: ${s.methodologyName} v${s.version} ${s.periodKey}, ${v.rowsCompared} partners: ${v.identical ? 'reproduced identically' : `${v.mismatches} differences (first: ${JSON.stringify(v.firstMismatch)})`}`,
          );
        }
        return failed === 0 ? 0 : 1;
      }
      return 0;
    } finally {
      session.close();
    }
  },
};
