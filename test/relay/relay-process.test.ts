/**
 * The relay as `npm run relay` runs it: killed and restarted mid-exercise, nothing is lost; two relay
 * processes sharing one Redis serve the same room. Redis is Debian's redis-server (installed by .ci/run).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, relayProcess, type RelayProcess } from './relay-process.ts';
import { joinParticipant, openFacilitator, until } from './helpers.ts';
import { memoryOutbox } from '../../src/relay/participant-client.ts';
import { openRoom } from '../../src/relay/facilitator-client.ts';
import type { RosterEntry } from '../../src/relay/protocol.ts';

const REDIS = '/usr/bin/redis-server';
const open: { destroy(): void }[] = [];
const processes: RelayProcess[] = [];
afterEach(async () => {
  open.splice(0).forEach((c) => c.destroy());
  await Promise.all(processes.splice(0).map((p) => p.kill()));
});

const relay = async (env: Record<string, string>, port?: number) => {
  const r = await relayProcess(env, port);
  processes.push(r);
  return r;
};

describe('relay process', () => {
  it('is killed and restarted mid-exercise: clients reconnect, a submission made meanwhile arrives once, the projection is kept', async () => {
    const database = join(mkdtempSync(join(tmpdir(), 'relay-')), 'relay.sqlite');
    const first = await relay({ RELAY_DATABASE: database });
    const f = await openFacilitator(first.url, open);
    f.publish({ clock: 'T+00:10' });
    const outbox = memoryOutbox();
    const { p, replies, connected } = joinParticipant(first.url, f.room, open, outbox);
    await until(() => connected() && p.projection().clock === 'T+00:10');
    // Let the relay store the document (Hocuspocus debounces writes by 2 s).
    await new Promise((r) => setTimeout(r, 2500));
    await first.kill();
    await until(() => !connected(), 10_000);
    const id = p.submit({ kind: 'answer', question: 'm1-q2', text: 'Call the insurer' });
    expect(outbox.load().map((m) => m.id)).toEqual([id]);
    const second = await relay({ RELAY_DATABASE: database }, first.port);
    await until(() => replies.some((r) => r.type === 'ack' && r.id === id), 30_000);
    await until(() => f.inbox().filter((e) => e.id === id).length === 1, 30_000);
    expect(p.pending()).toEqual([]);
    expect(p.projection().clock).toBe('T+00:10');
    f.publish({ clock: 'T+00:11' });
    await until(() => p.projection().clock === 'T+00:11', 10_000);
    expect(second.output()).not.toMatch(/Error|at .*\.ts:\d+/);
  }, 90_000);

  it('stores each facilitator update before acknowledging it: killed with SIGKILL right after, nothing acknowledged is lost', async () => {
    const database = join(mkdtempSync(join(tmpdir(), 'relay-')), 'relay.sqlite');
    const first = await relay({ RELAY_DATABASE: database });
    const f = await openFacilitator(first.url, open);
    const { p, replies, connected } = joinParticipant(first.url, f.room, open);
    await until(connected);
    const id = p.submit({ kind: 'note', text: 'Call legal' });
    f.publish({ clock: 'T+00:42', injects: [{ id: 'i7', subject: 'Regulator calls' }] });
    // Killed as soon as both are acknowledged: well inside Hocuspocus's 2 s debounce of full writes.
    await until(() => f.unsent() === 0 && replies.some((r) => r.type === 'ack' && r.id === id), 5000);
    await first.kill();
    open.splice(0).forEach((c) => c.destroy());
    const second = await relay({ RELAY_DATABASE: database });
    const late = joinParticipant(second.url, f.room, open);
    await until(() => late.p.projection().clock === 'T+00:42', 15_000);
    const back = await openFacilitator(second.url, open, f.room, f.secret);
    expect(back.inbox().map((e) => e.id)).toEqual([id]);
  }, 90_000);

  it('after a crash, lists nobody as connected until their client says hello again', async () => {
    const database = join(mkdtempSync(join(tmpdir(), 'relay-')), 'relay.sqlite');
    const first = await relay({ RELAY_DATABASE: database });
    let roster = new Map<string, RosterEntry>();
    const f = await openFacilitator(first.url, open);
    const watcher = openRoom({
      url: first.url,
      room: f.room,
      secret: f.secret,
      onRoster: (r) => (roster = new Map(r)),
    });
    open.push(watcher);
    const gone = joinParticipant(first.url, f.room, open);
    await until(() => [...roster.values()].some((e) => e.connected));
    await first.kill();
    gone.p.destroy();
    await relay({ RELAY_DATABASE: database }, first.port);
    const stays = joinParticipant(first.url, f.room, open, memoryOutbox(), 'incident-commander');
    await until(() => roster.size === 2 && [...roster.values()].filter((e) => e.connected).length === 1, 30_000).catch(
      (e) => {
        throw new Error(`${e.message}: ${JSON.stringify([...roster.values()])} ${JSON.stringify(stays.refused)}`);
      },
    );
    expect([...roster.values()].find((e) => e.connected)?.role).toBe('incident-commander');
    expect(stays.refused).toEqual([]);
  }, 90_000);

  it('on a busy port prints one line naming RELAY_PORT and exits, without a stack trace', async () => {
    const first = await relay({ RELAY_DATABASE: ':memory:' });
    const child = spawn(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'src/cli/relay.ts'],
      {
        env: { ...process.env, RELAY_HOST: '127.0.0.1', RELAY_PORT: String(first.port), RELAY_DATABASE: ':memory:' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(out.trim().split('\n')).toEqual([`relay: port ${first.port} is in use: set RELAY_PORT to another port`]);
  }, 60_000);

  describe('with Redis', () => {
    let redis: ChildProcess;
    let redisUrl = '';
    beforeAll(async () => {
      if (!existsSync(REDIS)) throw new Error(`${REDIS} is missing: apt-get install -y redis-server (.ci/run does)`);
      const port = await freePort();
      redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: 'ignore',
      });
      redisUrl = `redis://127.0.0.1:${port}`;
      await new Promise((r) => setTimeout(r, 300));
    });
    afterAll(() => void redis?.kill('SIGKILL'));

    it('two relay processes on one Redis serve a facilitator on one and a participant on the other', async () => {
      const database = join(mkdtempSync(join(tmpdir(), 'relay-')), 'relay.sqlite');
      const a = await relay({ RELAY_DATABASE: database, REDIS_URL: redisUrl });
      const b = await relay({ RELAY_DATABASE: database, REDIS_URL: redisUrl });
      const f = await openFacilitator(a.url, open);
      f.publish({ clock: 'T+00:20', injects: [{ id: 'i2', subject: 'Press call' }] });
      const { p, replies } = joinParticipant(b.url, f.room, open);
      await until(() => p.projection().clock === 'T+00:20', 15_000);
      const id = p.submit({ kind: 'vote', decision: 'pay-ransom', option: 'no' });
      await until(() => replies.some((r) => r.type === 'ack' && r.id === id), 15_000);
      await until(() => f.inbox().some((e) => e.id === id), 15_000);
      f.publish({ clock: 'T+00:21' });
      await until(() => p.projection().clock === 'T+00:21', 15_000);
    }, 90_000);
  });
});
