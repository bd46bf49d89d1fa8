/**
 * `partnerscope serve` stops promptly on SIGTERM (Ctrl+C sends SIGINT to the same handler): the
 * host closes, the core process closes the workspace, and nothing keeps either alive after (a
 * 5 s timer once did). The core process never outlives the host, even one killed outright.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { childProcesses } from '../../src/main/core/export/pdf/background-priority';
import { tempDir } from '../helpers/temp';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function startServe(): Promise<{ child: ChildProcess; output: () => string }> {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const child = spawn(process.execPath, ['bin/partnerscope.mjs', 'serve', '--port', '0'], {
    env: { ...process.env, PARTNERSCOPE_HOME: join(temp.dir, 'home') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('Partnerscope is running at')) resolve();
    });
    child.once('exit', () => reject(new Error(`serve exited early:\n${output}`)));
  });
  return { child, output: () => output };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const until = performance.now() + withinMs;
  while (performance.now() < until) {
    // A zombie (exited, not yet reaped by init) counts as gone.
    const state = (() => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      } catch {
        return 'gone';
      }
    })();
    if (state === 'gone' || state === 'Z' || !alive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe('serve', () => {
  it('exits within a few seconds of SIGTERM, with status 0', async () => {
    const { child, output } = await startServe();
    const stopped = performance.now();
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, output()).toBe(0);
    expect(performance.now() - stopped).toBeLessThan(4000);
  }, 60_000);

  it.runIf(process.platform === 'linux')(
    'runs the core in a process of its own that ends with the host, even a host killed outright',
    async () => {
      for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
        const { child } = await startServe();
        const [core] = childProcesses().get(child.pid!) ?? [];
        expect(core, `a core process under the host (${signal})`).toBeDefined();
        child.kill(signal);
        await new Promise((resolve) => child.once('exit', resolve));
        expect(await gone(core!, 10_000), `the core process after ${signal}`).toBe(true);
        cleanup?.();
        cleanup = undefined;
      }
    },
    60_000,
  );
});
