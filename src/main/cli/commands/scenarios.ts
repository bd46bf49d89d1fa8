import type { Command } from '../command';
import { UsageError, requiredString, stringOption } from '../command';
import { CliSession } from '../session';
import { versionName } from '../../../shared/version-name';

const ACTIONS = ['list', 'publish'] as const;

/** `partnerscope scenarios list|publish`: saved what-if scenarios, and publishing one as a version. */
export const scenariosCommand: Command = {
  name: 'scenarios',
  summary: 'List saved what-if scenarios or publish one as the next methodology version',
  usage:
    'partnerscope scenarios list|publish --workspace FILE [--methodology NAME] [--scenario NAME --changelog TEXT [--period P] [--replace-draft] [--allow-outdated]]',
  options: {
    workspace: { type: 'string', short: 'w' },
    methodology: { type: 'string', short: 'm' },
    scenario: { type: 'string', short: 's' },
    changelog: { type: 'string' },
    period: { type: 'string' },
    'replace-draft': { type: 'boolean' },
    'allow-outdated': { type: 'boolean' },
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
      const name = stringOption(args, 'methodology');
      let methodologyId: number | undefined;
      if (name) {
        const found = (await session.call('methodology.list', {})).find((m) => m.name === name);
        if (!found) throw new UsageError(`no methodology named "${name}"`);
        methodologyId = found.id;
      }
      const list = await session.call('scenarios.list', { methodologyId });
      if (action === 'list') {
        if (list.length === 0) io.out('no saved scenarios');
        for (const s of list) {
          const scope = s.scope ? `${s.scope.dimension} ${s.scope.value}` : 'all partners';
          const base = versionName(s.methodologyName, s.baseVersion);
          const published = s.publishedVersion
            ? `, published as version ${s.publishedVersion}`
            : '';
          io.out(`${s.name}  (${base}; ${scope}${published})`);
        }
        return 0;
      }
      const scenarioName = requiredString(args, 'scenario');
      const scenario = list.find((s) => s.name === scenarioName);
      if (!scenario) {
        throw new UsageError(
          `no saved scenario named "${scenarioName}"${list.length ? `; there are: ${list.map((s) => s.name).join(', ')}` : ''}`,
        );
      }
      const result = await session.call('scenarios.publish', {
        scenarioId: scenario.id,
        changelog: requiredString(args, 'changelog'),
        period: stringOption(args, 'period'),
        replaceDraft: args.values['replace-draft'] === true,
        allowOutdatedBaseline: args.values['allow-outdated'] === true,
      });
      const m = result.detail.methodology;
      io.out(
        `published "${scenario.name}" as ${versionName(m.name, result.detail.version.version)}`,
      );
      for (const change of result.changelog.changes) io.out(`  ${change}`);
      return 0;
    } finally {
      session.close();
    }
  },
};
