/**
 * `partnerscope serve` stops promptly on SIGTERM (Ctrl+C sends SIGINT to the same handler): the
 * host closes, the core worker closes the workspace, and nothing keeps the process alive after
 * (a 5 s timer once did).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('serve', () => {
  it('exits within a few seconds of SIGTERM, with status 0', async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const child = spawn(process.execPath, ['bin/partnerscope.mjs', 'serve', '--port', '0'], {
      env: { ...process.env, PARTNERSCOPE_HOME: join(temp.dir, 'home') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('Partnerscope is running at')) resolve();
      });
      child.once('exit', () => reject(new Error(`serve exited early:\n${output}`)));
    });
    const stopped = performance.now();
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, output).toBe(0);
    expect(performance.now() - stopped).toBeLessThan(4000);
  }, 60_000);
});
