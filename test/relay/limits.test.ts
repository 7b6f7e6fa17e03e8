/**
 * The relay holds against a crowd: participants per room, submissions per participant, connection
 * and address, new rooms per address, inbox size, frame size, awareness dropped, refusals logged
 * once a minute. Each limit lowered through `startRelay({ limits })` so the tests stay quick.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { startRelay, type Relay, type RelayOptions } from '../../src/relay/server.ts';
import { openRoom } from '../../src/relay/facilitator-client.ts';
import { participantToken, randomId } from '../../src/relay/protocol.ts';
import { rateWindow, refusalLog, remoteAddress } from '../../src/relay/limits.ts';
import { joinParticipant, openFacilitator, until } from './helpers.ts';

const open: { destroy(): void }[] = [];
let relay: Relay | undefined;
afterEach(async () => {
  open.splice(0).forEach((c) => c.destroy());
  await relay?.close();
  relay = undefined;
});

const lines: string[] = [];
const start = async (options: RelayOptions) => {
  lines.length = 0;
  relay = await startRelay({ log: (l) => lines.push(l), ...options });
  return relay;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('relay limits', () => {
  it('refuses a participant beyond the room size in words, and admits one again once a place is free', async () => {
    const r = await start({ limits: { participantsPerRoom: 2 } });
    const f = await openFacilitator(r.url, open);
    const a = joinParticipant(r.url, f.room, open);
    const b = joinParticipant(r.url, f.room, open);
    await until(() => a.connected() && b.connected());
    const c = joinParticipant(r.url, f.room, open);
    await until(() => c.refused.length > 0);
    expect(c.refused[0]).toBe('This room is full: it holds 2 participants. Ask the facilitator');
    a.p.destroy();
    await sleep(200);
    const d = joinParticipant(r.url, f.room, open);
    await until(d.connected);
  });

  it('counts submissions per participant and per network address, so fresh ids on many sockets do not flood the inbox', async () => {
    const r = await start({ limits: { rate: 3, addressRate: 5 } });
    const f = await openFacilitator(r.url, open);
    const one = joinParticipant(r.url, f.room, open);
    await until(one.connected);
    for (let i = 0; i < 4; i++) one.p.submit({ kind: 'note', text: `note ${i}` });
    await until(() => one.replies.length === 4);
    const refused = one.replies.filter((x) => x.type === 'refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      reason: expect.stringMatching(/^Too many submissions \(at most 3 a minute from one participant\)/),
      retryAfterMs: expect.any(Number),
    });
    // Three more sockets with fresh ids, from the same address: only two more notes fit (5 a minute).
    const crowd = [0, 1, 2].map(() => joinParticipant(r.url, f.room, open));
    await until(() => crowd.every((c) => c.connected()));
    for (const c of crowd) c.p.submit({ kind: 'note', text: 'flood' });
    await until(() => crowd.every((c) => c.replies.length === 1));
    const byNetwork = crowd.flatMap((c) => c.replies).filter((x) => x.type === 'refused');
    expect(byNetwork).toHaveLength(1);
    expect(byNetwork[0]).toMatchObject({ reason: expect.stringMatching(/from one network/) });
    await until(() => f.inbox().length === 5);
  });

  it('limits the rooms one address creates, while reopening an existing room still works', async () => {
    const r = await start({ limits: { roomsPerAddress: 2 } });
    const first = await openFacilitator(r.url, open);
    await openFacilitator(r.url, open);
    const refused: string[] = [];
    open.push(openRoom({ url: r.url, room: randomId(), secret: randomId(), onRefused: (x) => refused.push(x) }));
    await until(() => refused.length > 0);
    expect(refused[0]).toMatch(/^Too many new rooms from this address: at most 2 an hour/);
    await openFacilitator(r.url, open, first.room, first.secret);
  });

  it('refuses a submission once the inbox is full, saying so', async () => {
    const r = await start({ limits: { inboxEntries: 2 } });
    const f = await openFacilitator(r.url, open);
    const { p, replies, connected } = joinParticipant(r.url, f.room, open);
    await until(connected);
    for (let i = 0; i < 3; i++) p.submit({ kind: 'note', text: `n${i}` });
    await until(() => replies.length === 3);
    expect(replies.filter((x) => x.type === 'ack')).toHaveLength(2);
    expect(replies.find((x) => x.type === 'refused')).toMatchObject({
      reason: "The facilitator's inbox is full (2 submissions): tell the facilitator in the room",
    });
  });

  it('closes a socket that sends a frame over the size limit, and keeps serving the room', async () => {
    const r = await start({ limits: { frameBytes: 64 * 1024 } });
    const f = await openFacilitator(r.url, open);
    const ws = new WebSocket(r.url);
    await new Promise((resolve) => ws.addEventListener('open', resolve));
    const closed = new Promise<number>((resolve) => ws.addEventListener('close', (e) => resolve(e.code)));
    ws.send(new Uint8Array(100 * 1024));
    expect(await closed).toBe(1009);
    const { connected } = joinParticipant(r.url, f.room, open);
    await until(connected);
  });

  it('does not fan out a participant awareness state to the others in the room', async () => {
    const r = await start({});
    const f = await openFacilitator(r.url, open);
    const providers = [0, 1].map(() => {
      const provider = new HocuspocusProvider({
        url: r.url,
        name: f.room,
        document: new Y.Doc(),
        token: participantToken(randomId()),
      });
      open.push(provider);
      return provider;
    });
    await until(() => providers.every((p) => p.isSynced));
    providers[0].awareness!.setLocalState({ big: 'x'.repeat(200_000) });
    await sleep(500);
    expect([...providers[1].awareness!.getStates().values()].some((s) => 'big' in s)).toBe(false);
    expect(r.server.hocuspocus.documents.get(f.room)!.awareness.getStates().size).toBe(0);
  });

  it('logs refused connections at most once a minute, counting the rest', async () => {
    const r = await start({});
    const strangers = Array.from({ length: 20 }, () => joinParticipant(r.url, randomId(), open));
    await until(() => strangers.every((s) => s.refused.length > 0));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^relay: refused a connection: This room does not exist/);
  });
});

describe('limit pieces', () => {
  it('a rate window allows max events per window and says when the next fits', () => {
    const w = rateWindow(2, 1000);
    expect(w.take('a', 0).ok).toBe(true);
    expect(w.take('a', 400).ok).toBe(true);
    expect(w.take('a', 500)).toEqual({ ok: false, retryAfterMs: 500 });
    expect(w.take('b', 500).ok).toBe(true);
    expect(w.take('a', 1001).ok).toBe(true);
  });

  it('the refusal log writes one line per interval and counts the ones held back', () => {
    let t = 0;
    const out: string[] = [];
    const log = refusalLog(
      (l) => out.push(l),
      60_000,
      () => t,
    );
    for (let i = 0; i < 5; i++) log('Room full');
    t = 61_000;
    log('Bad link');
    expect(out).toEqual([
      'relay: refused a connection: Room full',
      'relay: refused a connection: Bad link (and 4 more refused since the last line)',
    ]);
  });

  it('reads the remote address from the socket, and from X-Forwarded-For only when told to trust a proxy', () => {
    const request = {
      _req: { headers: { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }, socket: { remoteAddress: '10.0.0.1' } },
    };
    expect(remoteAddress(request)).toBe('10.0.0.1');
    expect(remoteAddress(request, true)).toBe('203.0.113.7');
    expect(remoteAddress({})).toBe('unknown');
  });
});
