import { spawnSync } from 'node:child_process';
import { CLI, REPO_ROOT } from './repo-root';

export interface DemoSpec {
  partners: number;
  seed: number;
}

/** Writes a seeded demo workspace with the real CLI (`partnerscope demo`). */
export function writeDemoWorkspace(out: string, spec: DemoSpec, env: NodeJS.ProcessEnv): void {
  const args = [
    'demo',
    '--out',
    out,
    '--partners',
    String(spec.partners),
    '--seed',
    String(spec.seed),
  ];
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `partnerscope ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}${result.stdout}`,
    );
  }
}
