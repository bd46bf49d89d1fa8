import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/main/cli/commands';

describe('the CLI catalog', () => {
  it('names and summarises each command exactly as its module does', async () => {
    for (const entry of commands) {
      const command = await entry.load();
      expect({ name: command.name, summary: command.summary }).toEqual({
        name: entry.name,
        summary: entry.summary,
      });
    }
    expect(new Set(commands.map((c) => c.name)).size).toBe(commands.length);
  });

  it('prints help through the installed command (built when current, else from sources)', () => {
    const result = spawnSync(process.execPath, ['bin/partnerscope.mjs', 'help'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    for (const entry of commands) expect(result.stdout).toContain(`  ${entry.name}`);
  });
});
