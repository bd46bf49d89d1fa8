import { spawn, type ChildProcess } from 'node:child_process';
import { CLI, REPO_ROOT } from './repo-root';

const READY = /Partnerscope is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

export interface HostProcess {
  /** The address the host printed, token included. */
  url: string;
  /** The same host without the token: `http://127.0.0.1:<port>/`. */
  origin: string;
  stop(): Promise<void>;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts `partnerscope serve --workspace FILE --port 0` and waits for the line with its address. */
export function startHostProcess(
  workspacePath: string,
  env: NodeJS.ProcessEnv,
): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--workspace', workspacePath, '--port', '0'],
    {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';

  const stop = async () => {
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 5_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`partnerscope serve printed no address within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = READY.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const url = match[1];
      resolve({ url, origin: `${new URL(url).origin}/`, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`partnerscope serve exited (${code ?? signal}) before it was ready:\n${output}`),
      );
    });
  });
}
