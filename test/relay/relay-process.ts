/** Starts `npm run relay`'s program as a child process (so a test can kill it like a crash) and waits until it listens. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface RelayProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output(): string;
  /** SIGKILL, like a crash or a pulled plug; resolves when the process is gone. */
  kill(): Promise<void>;
}

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export async function relayProcess(env: Record<string, string>, port?: number): Promise<RelayProcess> {
  const p = port ?? (await freePort());
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'src/cli/relay.ts'],
    {
      env: { ...process.env, RELAY_HOST: '127.0.0.1', RELAY_PORT: String(p), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay did not start in 30 s:\n${out}`)), 30_000);
    child.stdout!.on('data', () => out.includes('listening on port') && (clearTimeout(timer), resolve()));
    child.on('exit', (code) => (clearTimeout(timer), reject(new Error(`relay exited with ${code}:\n${out}`))));
  });
  return {
    url: `ws://127.0.0.1:${p}`,
    port: p,
    child,
    output: () => out,
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
