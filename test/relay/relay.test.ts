/**
 * The relay decides who may do what: a facilitator's secret opens and writes a room, participants
 * only read its projection and send checked submissions into an inbox they cannot read.
 * Real Hocuspocus servers and providers over loopback WebSockets (Node 22 has WebSocket).
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { startRelay, type Relay } from '../../src/relay/server.ts';
import { openRoom } from '../../src/relay/facilitator-client.ts';
import { watchRoom } from '../../src/relay/projector-client.ts';
import {
  INBOX_ENTRIES,
  LIMITS,
  PROJECTION,
  inboxName,
  parseToken,
  participantToken,
  projectorToken,
  randomId,
} from '../../src/relay/protocol.ts';
import { joinParticipant, openFacilitator, until } from './helpers.ts';

const open: { destroy(): void }[] = [];
let relay: Relay | undefined;
afterEach(async () => {
  open.splice(0).forEach((c) => c.destroy());
  await relay?.close();
  relay = undefined;
});

const facilitator = (r: Relay) => openFacilitator(r.url, open);
const participant = (r: Relay, room: string) => joinParticipant(r.url, room, open);

describe('relay', () => {
  it('room ids and secrets carry at least 128 random bits', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => randomId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/); // 18 bytes = 144 bits
  });

  it('delivers the projection to a participant and a submission to the facilitator inbox', async () => {
    relay = await startRelay();
    const f = await facilitator(relay);
    f.publish({ clock: 'T+00:05', injects: [{ id: 'i1', subject: 'Ransom note', to: ['everyone'] }] });
    const { p, replies } = participant(relay, f.room);
    await until(() => (p.projection().clock as string) === 'T+00:05');
    const id = p.submit({
      kind: 'answer',
      question: 'm1-q1',
      text: 'Isolate the file server',
      rationale: 'stops spread',
    });
    await until(() => replies.some((r) => r.type === 'ack' && r.id === id));
    await until(() => f.inbox().length === 1);
    expect(f.inbox()[0]).toMatchObject({
      id,
      from: { name: 'Dana', role: 'comms-lead' },
      body: { kind: 'answer', question: 'm1-q1', text: 'Isolate the file server' },
    });
    expect(p.pending()).toEqual([]);
  });

  it('a participant cannot write the projection', async () => {
    relay = await startRelay();
    const f = await facilitator(relay);
    f.publish({ clock: 'T+00:01' });
    const doc = new Y.Doc();
    const forged = new HocuspocusProvider({
      url: relay.url,
      name: f.room,
      document: doc,
      token: participantToken(randomId()),
    });
    open.push(forged);
    await until(() => doc.getMap(PROJECTION).get('clock') === 'T+00:01');
    doc.getMap(PROJECTION).set('clock', 'T+99:00');
    await new Promise((r) => setTimeout(r, 300));
    const stored = relay.server.hocuspocus.documents.get(f.room)!;
    expect(stored.getMap(PROJECTION).get('clock')).toBe('T+00:01');
    // Another participant sees the facilitator's value, not the forged one.
    const { p } = participant(relay, f.room);
    await until(() => p.projection().clock !== undefined);
    expect(p.projection().clock).toBe('T+00:01');
  });

  it('refuses a participant who opens the inbox, a forged facilitator secret and an unknown room, in words', async () => {
    relay = await startRelay();
    const f = await facilitator(relay);
    const failures: string[] = [];
    const inbox = new HocuspocusProvider({
      url: relay.url,
      name: inboxName(f.room),
      token: participantToken(randomId()),
      onAuthenticationFailed: ({ reason }) => failures.push(reason),
    });
    open.push(inbox);
    const thief = openRoom({ url: relay.url, room: f.room, secret: randomId(), onRefused: (r) => failures.push(r) });
    open.push(thief);
    const stranger = participant(relay, randomId());
    await until(() => failures.length >= 3 && stranger.refused.length === 1);
    expect(failures).toContain('Only the facilitator can read the answers');
    expect(failures).toContain('This room belongs to another facilitator');
    expect(stranger.refused[0]).toMatch(/does not exist or has expired/);
    thief.publish({ clock: 'stolen' });
    await new Promise((r) => setTimeout(r, 200));
    expect(relay.server.hocuspocus.documents.get(f.room)?.getMap(PROJECTION).get('clock')).toBeUndefined();
  });

  it('an expired room refuses participants', async () => {
    let t = 1_000_000;
    relay = await startRelay({ now: () => t, roomTtlMs: 60_000 });
    const f = await facilitator(relay);
    t += 61_000;
    const late = participant(relay, f.room);
    await until(() => late.refused.length === 1);
    expect(late.refused[0]).toMatch(/expired/);
  });

  it('refuses oversize, malformed and too frequent submissions with a reason the participant can act on', async () => {
    relay = await startRelay();
    const f = await facilitator(relay);
    const { p, replies, connected } = participant(relay, f.room);
    await until(connected);
    p.submit({ kind: 'note', text: 'x'.repeat(LIMITS.text + 1) });
    await until(() => replies.length === 1);
    expect(replies[0]).toMatchObject({
      type: 'refused',
      reason: expect.stringMatching(/longer than 2000 characters|larger than 8 KB/),
    });
    for (let i = 0; i < LIMITS.rate + 2; i++) p.submit({ kind: 'vote', decision: 'pay-ransom', option: 'no' });
    await until(() => replies.length === LIMITS.rate + 3);
    const refusedForRate = replies.filter((r) => r.type === 'refused' && /Too many submissions/.test(r.reason));
    expect(refusedForRate).toHaveLength(2);
    await until(() => f.inbox().length === LIMITS.rate);
  });

  it('keeps a submission refused for now (rate) and sends it again when the window allows: it arrives once', async () => {
    relay = await startRelay({ limits: { rate: 2, rateWindowMs: 600 } });
    const f = await facilitator(relay);
    const { p, replies, connected } = participant(relay, f.room);
    await until(connected);
    const ids = [1, 2, 3].map((i) => p.submit({ kind: 'note', text: `note ${i}` }));
    await until(() => replies.some((r) => r.type === 'refused'));
    expect(replies.find((r) => r.type === 'refused')).toMatchObject({ id: ids[2], retryAfterMs: expect.any(Number) });
    expect(p.pending().map((m) => m.id)).toEqual([ids[2]]);
    await until(() => f.inbox().length === 3, 5000);
    expect(f.inbox().map((e) => e.id)).toEqual(ids);
    await until(() => p.pending().length === 0);
  });

  it('lists who has joined (name, role, connected) for the facilitator, and tells a participant which submissions the console has seen', async () => {
    relay = await startRelay();
    let roster = new Map<string, { name: string; role: string; connected: boolean }>();
    const f = openRoom({
      url: relay.url,
      room: randomId(),
      secret: randomId(),
      onRoster: (r) => (roster = new Map(r)),
    });
    open.push(f);
    await f.ready;
    const { p, replies, seen } = participant(relay, f.room);
    await until(() => roster.size === 1);
    expect([...roster.values()]).toEqual([
      expect.objectContaining({ name: 'Dana', role: 'comms-lead', connected: true }),
    ]);
    const id = p.submit({ kind: 'note', text: 'hello' });
    await until(() => replies.some((r) => r.type === 'ack'));
    expect(seen().has(id)).toBe(false);
    f.markSeen([id]);
    await until(() => seen().has(id));
    p.destroy();
    await until(() => [...roster.values()][0]?.connected === false);
  });

  it('a projector link (the room key, not the facilitator secret) reads the projection; a wrong key and the inbox are refused', async () => {
    relay = await startRelay();
    const key = randomId();
    const f = openRoom({ url: relay.url, room: randomId(), secret: randomId(), projector: key });
    open.push(f);
    await f.ready;
    f.publish({ clock: 'T+00:30' });
    let seen: Record<string, unknown> = {};
    const refused: string[] = [];
    open.push({ destroy: watchRoom({ url: relay.url, room: f.room, key, onProjection: (p) => (seen = p) }) });
    open.push({
      destroy: watchRoom({ url: relay.url, room: f.room, key: randomId(), onRefused: (r) => refused.push(r) }),
    });
    const inbox = new HocuspocusProvider({
      url: relay.url,
      name: inboxName(f.room),
      token: projectorToken(key),
      onAuthenticationFailed: ({ reason }) => refused.push(reason),
    });
    open.push(inbox);
    await until(() => seen.clock === 'T+00:30' && refused.length === 2);
    expect(refused).toContain('Only the facilitator can read the answers');
    expect(refused).toContain(
      'This projector link is not valid (or the room has expired): open it again from the console',
    );
    expect(parseToken(projectorToken(key))).toEqual({ kind: 'projector', key });
    expect(parseToken(`participant.${key}.${key}`)).toBeUndefined();
  });

  it('a late unload of a document does not drop the newer copy a connection has open (the inbox after a submission)', async () => {
    // A submission opens the inbox, writes and disconnects, which unloads it and queues a second unload
    // of the same document. A facilitator who opens the inbox before that second unload runs must keep
    // the document the relay writes the next submission into (Hocuspocus 4.7 would drop it from its map).
    relay = await startRelay();
    const server = relay.server.hocuspocus;
    const name = inboxName(randomId());
    const submission = await server.openDirectConnection(name, { role: 'facilitator' });
    await submission.transact((doc) => doc.getArray(INBOX_ENTRIES).push(['first']));
    await submission.disconnect();
    const facilitatorSide = await server.openDirectConnection(name, { role: 'facilitator' });
    await new Promise((r) => setTimeout(r, 50));
    expect(server.documents.get(name)).toBe(facilitatorSide.document);
    const next = await server.openDirectConnection(name, { role: 'facilitator' });
    await next.transact((doc) => doc.getArray(INBOX_ENTRIES).push(['second']));
    await next.disconnect();
    expect(facilitatorSide.document!.getArray(INBOX_ENTRIES).toArray()).toEqual(['first', 'second']);
    await facilitatorSide.disconnect();
  });
});
