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

  it('ends quietly when its reader stops reading (`partnerscope help | head -1`)', () => {
    // `true` exits without reading, so the command's writes meet a closed pipe.
    const result = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" bin/partnerscope.mjs help | true; exit \${PIPESTATUS[0]}`],
      { encoding: 'utf8' },
    );
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
    expect(result.status).toBe(0);
  });
});
