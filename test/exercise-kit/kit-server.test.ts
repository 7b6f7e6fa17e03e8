/**
 * `npm run exercise`'s server on an ephemeral port: pages and the relay on one port, the script only
 * for the facilitator's machine, files never from outside the kit, the short join address, and a
 * busy port told in one line. A small kit folder stands in for `dist-exercise/`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startKit, type Kit } from '../../src/exercise-kit/kit-server.ts';
import { joinParticipant, openFacilitator, until } from '../relay/helpers.ts';
import { joinLink } from '../../src/simulator/participant/join-link.ts';

const KEY = 'k'.repeat(24);
const SCRIPT_TEXT = 'If the players hesitate, remind them';
const FILES: Record<string, string> = {
  'index.html': '<h1>Handbook</h1>',
  '404.html': '<h1>Not found</h1>',
  'sw.js': 'self.x=1',
  'pagefind/fragment/en_1.pf_fragment': '\x1f\x8bfragment',
  'exercises/index.html': '<h1>Scenarios</h1>',
  'exercises/join/index.html': '<h1>Join an exercise</h1>',
  'exercises/run/index.html': '<h1>Facilitator console</h1>',
  'exercises/projector/index.html': '<h1>Projector</h1>',
  'exercises/weekend-ransomware/index.html': '<h1>Briefing</h1>',
  'exercises/data/scenarios/weekend-ransomware.json': JSON.stringify({ notes: SCRIPT_TEXT }),
  'exercises/data/scenarios/weekend-ransomware.csv': `Number,Inject\n1,${SCRIPT_TEXT}`,
};
const SCRIPT_PATHS = [
  '/exercises/',
  '/exercises/run/',
  '/exercises/report/',
  '/exercises/weekend-ransomware/',
  '/exercises/data/scenarios/weekend-ransomware.json',
  '/exercises/data/scenarios/weekend-ransomware.csv',
  '/exercise-kit.json',
];

/** A non-loopback IPv4 address of this machine, to send a request that does not come from 127.0.0.1. */
const external = Object.values(networkInterfaces())
  .flatMap((l) => l ?? [])
  .find((i) => i.family === 'IPv4' && !i.internal)?.address;

let root: string;
const open: { destroy(): void }[] = [];
const kits: Kit[] = [];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'drillbook-kit-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  writeFileSync(join(root, '..', 'outside-the-kit.txt'), 'secret');
});
afterEach(async () => {
  open.splice(0).forEach((c) => c.destroy());
  await Promise.all(kits.splice(0).map((k) => k.close()));
});

/** A kit on an ephemeral port of every interface; `own` are the addresses it counts as the facilitator's machine besides loopback. */
async function kit(own: string[] = []): Promise<Kit> {
  const k = await startKit({
    root,
    key: KEY,
    host: '0.0.0.0',
    port: 0,
    database: ':memory:',
    ownAddresses: () => own,
    reachableAddresses: () => ['192.168.1.20', '127.0.0.1'],
  });
  kits.push(k);
  return k;
}

/** A raw GET (the path as written, not normalised by a URL parser), from `host`. */
function get(
  port: number,
  path: string,
  options: { host?: string; headers?: Record<string, string>; method?: string; body?: string } = {},
): Promise<{ status: number; type?: string; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: options.host ?? '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, type: res.headers['content-type'], headers: res.headers, body }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the kit server', () => {
  it('serves the handbook, its assets and the join page with their content types', async () => {
    const { port } = await kit();
    expect(await get(port, '/')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<h1>Handbook</h1>',
    });
    expect(await get(port, '/exercises/join/')).toMatchObject({ status: 200, body: '<h1>Join an exercise</h1>' });
    expect(await get(port, '/sw.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get(port, '/pagefind/fragment/en_1.pf_fragment')).toMatchObject({
      status: 200,
      type: 'application/octet-stream',
    });
    expect(await get(port, '/exercises/join')).toMatchObject({
      status: 301,
      headers: { location: '/exercises/join/' },
    });
    expect(await get(port, '/no-such-page/')).toMatchObject({ status: 404, body: '<h1>Not found</h1>' });
  });

  it('serves the script on the facilitator machine and its data as the build wrote it', async () => {
    const { port } = await kit();
    for (const path of SCRIPT_PATHS.filter((p) => p !== '/exercises/report/'))
      expect((await get(port, path)).status, path).toBe(200);
    expect((await get(port, '/exercises/data/scenarios/weekend-ransomware.json')).body).toContain(SCRIPT_TEXT);
    expect(JSON.parse((await get(port, '/exercise-kit.json')).body)).toMatchObject({
      joinOrigin: `http://192.168.1.20:${port}`,
      relay: `ws://192.168.1.20:${port}`,
      projectorKey: KEY,
    });
  });

  it('refuses the script with a page that says what it is to a request from another address', async () => {
    const host = external ?? '127.0.0.1';
    // With no external address, the request comes from loopback: then the machine counts nothing as its own but loopback, and the test below proves only the facilitator side.
    const { port } = await kit([]);
    for (const path of [...SCRIPT_PATHS, '/exercises/projector/']) {
      const res = await get(port, path, { host });
      if (!external) continue;
      expect(res.status, path).toBe(403);
      expect(res.body).toContain('For the facilitator only');
      expect(res.body).not.toContain(SCRIPT_TEXT);
    }
    expect((await get(port, '/exercises/join/', { host })).status).toBe(200);
  });

  it('opens the projector page to the kit key of a projector link, keeping the key out of the address bar', async () => {
    const host = external ?? '127.0.0.1';
    const { port } = await kit([]);
    const link = await get(port, `/exercises/projector/?key=${KEY}&x=1`, { host });
    expect(link).toMatchObject({ status: 303, headers: { location: '/exercises/projector/?x=1' } });
    const cookie = String((link.headers['set-cookie'] as string[])[0]).split(';')[0];
    expect(await get(port, '/exercises/projector/', { host, headers: { cookie } })).toMatchObject({
      status: 200,
      body: '<h1>Projector</h1>',
    });
    if (external) {
      expect((await get(port, '/exercises/run/', { host, headers: { cookie } })).status).toBe(403);
      expect(
        (
          await get(port, '/exercises/projector/', {
            host,
            headers: { cookie: 'drillbook-kit=wrong-key-of-same-size-xx' },
          })
        ).status,
      ).toBe(403);
    }
  });

  it('never serves a file outside the kit', async () => {
    const { port } = await kit();
    for (const path of [
      '/../outside-the-kit.txt',
      '/%2e%2e/outside-the-kit.txt',
      '/exercises/..%2f..%2foutside-the-kit.txt',
      '/..%5coutside-the-kit.txt',
      '/x%00.html',
    ]) {
      const res = await get(port, path);
      expect([400, 404], path).toContain(res.status);
      expect(res.body, path).not.toContain('secret');
    }
    expect((await get(port, '/', { method: 'DELETE' })).status).toBe(405);
  });

  it('carries the relay on the same port: a facilitator opens a room and a participant submits into its inbox', async () => {
    const { port } = await kit();
    const url = `ws://127.0.0.1:${port}`;
    const f = await openFacilitator(url, open);
    f.publish({ clock: 'T+00:05' });
    const { p, replies } = joinParticipant(url, f.room, open);
    await until(() => p.projection().clock === 'T+00:05');
    const id = p.submit({ kind: 'note', text: 'Isolate the file server' });
    await until(() => replies.some((r) => r.type === 'ack' && r.id === id));
    await until(() => f.inbox().length === 1);
  });

  it('sends a phone from the short join address to the room the console announced, and takes announcements from the facilitator only', async () => {
    const { port } = await kit([]);
    expect((await get(port, '/_kit/join')).body).toContain('No exercise room is open yet');
    const room = 'r'.repeat(24);
    const link = joinLink('', `http://192.168.1.20:${port}`, { relay: `ws://192.168.1.20:${port}`, room });
    if (external)
      expect((await get(port, '/_kit/room', { host: external, method: 'POST', body: link })).status).toBe(403);
    expect((await get(port, '/_kit/room', { method: 'POST', body: 'javascript:alert(1)' })).status).toBe(400);
    expect((await get(port, '/_kit/room', { method: 'POST', body: link })).status).toBe(204);
    expect(await get(port, '/_kit/join')).toMatchObject({
      status: 303,
      headers: { location: `/exercises/join/?relay=${encodeURIComponent(`ws://192.168.1.20:${port}`)}#${room}` },
    });
  });
});

describe('npm run exercise', () => {
  let blocker: Server;
  let busy: number;
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '0.0.0.0', resolve));
    busy = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('says in one line that RELAY_PORT is taken, with no stack trace', async () => {
    const child = spawn(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'src/cli/exercise.ts'],
      { env: { ...process.env, RELAY_PORT: String(busy) }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(out.trim().split('\n')).toEqual([
      `exercise: port ${busy} is in use (another npm run exercise or npm run relay?): set RELAY_PORT to another port, e.g. RELAY_PORT=${busy + 1} npm run exercise`,
    ]);
  }, 30_000);
});
