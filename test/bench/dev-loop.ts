/**
 * The authoring loop as an author lives it: `astro dev` on a temporary copy of the example plan, one
 * content edit, and the time until the edited text reaches the page. Shared by the dev-reload test and
 * the bench section. The server's output is kept, so a caller can tell that it did not restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running dev server on a copy of content/. */
export interface DevLoop {
  /** The plan copy the server reads. */
  content: string;
  url: (path: string) => string;
  /** Everything the server printed so far. */
  output(): string;
  /** Replaces `from` with `to` in a plan file and returns the time of the write. */
  edit(file: string, from: string, to: string): number;
  /** Fetches `path` until its body passes `done`; the time it first did, or throws after `timeoutMs`. */
  waitFor(path: string, done: (body: string) => boolean, timeoutMs?: number): Promise<{ at: number; body: string }>;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function devEnv(): Record<string, string | undefined> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST|NODE_ENV|DRILLBOOK_)/.test(k)),
  );
  return { ...env, NODE_ENV: 'development' };
}

/** Starts `astro dev` on a copy of content/ and waits until the page at `path` renders. */
export async function startDevLoop(
  path: string,
  ready: (body: string) => boolean,
  timeoutMs = 240_000,
): Promise<DevLoop> {
  const dir = mkdtempSync(join(tmpdir(), 'drillbook-dev-'));
  const content = join(dir, 'content');
  cpSync('content', content, { recursive: true });
  // An author edits a draft: an approved plan's signed approvals hold only for the content they signed.
  const plan = join(content, 'plan.yaml');
  writeFileSync(plan, readFileSync(plan, 'utf8').replace('status: approved', 'status: draft'));
  const port = await freePort();
  let out = '';
  const child: ChildProcess = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    // Not the test runner's environment (NODE_ENV=test, VITEST…): the dev server as `npm run dev` starts it.
    env: { ...devEnv(), DRILLBOOK_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    detached: true, // its own process group, so stop() ends npx, astro and their children together
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = (p: string) => `http://127.0.0.1:${port}${p}`;
  const loop: DevLoop = {
    content,
    url,
    output: () => out,
    edit(file, from, to) {
      const target = join(content, file);
      const text = readFileSync(target, 'utf8');
      if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
      const at = performance.now();
      writeFileSync(target, text.replace(from, to));
      return at;
    },
    async waitFor(p, done, ms = 60_000) {
      const until = performance.now() + ms;
      let last = '';
      while (performance.now() < until) {
        if (child.exitCode !== null) throw new Error(`astro dev exited:\n${out}`);
        try {
          last = await (await fetch(url(p))).text();
          if (done(last)) return { at: performance.now(), body: last };
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(
        `${p} did not show the change within ${ms} ms; server output:\n${out}\nlast body starts: ${last.slice(0, 300)}`,
      );
    },
    stop() {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await loop.waitFor(path, ready, timeoutMs);
  } catch (err) {
    loop.stop();
    throw err;
  }
  return loop;
}

/** Whether the dev server restarted (Astro prints this when a config or watched file changes). */
export const restarted = (output: string) => /Restarting|Configuration file updated|server restarted/i.test(output);
