/** Browser-test harness: the same Chromium launcher and static server `npm run pdf` uses. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../src/cli/browser.ts';

export { CHROMIUM, launchBrowser, serveStatic } from '../../src/cli/browser.ts';

/** A private copy of a built site, served on its own port (for tests that publish into it or keep a service worker of their own). */
export interface ServedCopy {
  root: string;
  url: string;
  close(): Promise<void>;
}

/** Copies `dist` to a temporary folder and serves it; `close()` stops the server and removes the copy. */
export async function serveCopy(dist: string, name: string): Promise<ServedCopy> {
  const root = mkdtempSync(join(tmpdir(), `drillbook-${name}-`));
  cpSync(dist, root, { recursive: true });
  const site = await serveStatic(root);
  return {
    root,
    url: site.url,
    async close() {
      await site.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Copies `dist` to a temporary folder and serves it with `astro preview`, the server `npm start`
 * runs (it sends `Vary: Origin`, which a plain static server does not); `close()` stops it and
 * removes the copy.
 */
export async function previewCopy(dist: string, name: string): Promise<ServedCopy> {
  const root = mkdtempSync(join(tmpdir(), `drillbook-${name}-`));
  cpSync(dist, root, { recursive: true });
  const port = await freePort();
  const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
  const child = spawn(
    process.execPath,
    [astro, 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', root],
    {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro preview did not start within 90 s:\n${output}`)), 90_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.once('exit', (code) => reject(new Error(`astro preview exited with ${code}:\n${output}`)));
  });
  return {
    root,
    url,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The two ways the handbook is served in the tests: `npm start`'s `astro preview` and a plain static server. */
export const SERVERS = [
  { name: 'astro preview (npm start)', serve: previewCopy },
  { name: 'a plain static server', serve: serveCopy },
] as const;
