/**
 * A participant's controller without a browser or a relay: a fake connection records what the
 * controller asks of it, and the test plays the relay's side (projection, replies, seen ids).
 */
import { describe, expect, it } from 'vitest';
import { createJoinController } from '../../src/simulator/participant/join-controller.ts';
import type { ParticipantClient, ParticipantOptions } from '../../src/relay/participant-client.ts';
import type { SubmitMessage } from '../../src/relay/protocol.ts';
import { storageKeys } from '../../src/browser-storage/keys.ts';

const ROOM = 'AAAAAAAAAAAAAAAAAAAAAAAA';
const target = { relay: 'ws://127.0.0.1:4444', room: ROOM };

function memoryKv(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

/** A fake relay connection: each connect is recorded; submit queues like the real client. */
function fakeRelay() {
  const connections: ParticipantOptions[] = [];
  let n = 0;
  const connect = (options: ParticipantOptions): ParticipantClient => {
    connections.push(options);
    let pending: SubmitMessage[] = options.outbox?.load() ?? [];
    return {
      submit(body) {
        const message: SubmitMessage = {
          type: 'submit',
          id: `submission-${String(++n).padStart(16, '0')}`,
          from: options.from!,
          body,
        };
        pending = [...pending, message];
        options.outbox?.save(pending);
        return message.id;
      },
      pending: () => pending,
      projection: () => ({}),
      destroy: () => {},
    };
  };
  return { connect, connections, last: () => connections.at(-1)! };
}

const projection = {
  title: 'Weekend ransomware',
  status: 'running',
  now: 600_000,
  roles: [{ id: 'security-lead', name: 'Security Lead' }],
  injects: [],
  decisions: [],
  module: null,
  questions: [],
  tallies: {},
};

describe('join controller', () => {
  it('reads the room before joining, then reconnects as the participant and keeps the identity for the next visit', () => {
    const kv = memoryKv();
    const relay = fakeRelay();
    const c = createJoinController({ target, kv, connect: relay.connect });
    expect(relay.last().from).toBeUndefined();
    expect(c.send({ kind: 'note', text: 'too early' })).toBe(false);
    expect(c.join('  ', 'security-lead')).toBe('Give a name to join.');
    expect(c.join('Sam', 'security-lead')).toBeUndefined();
    expect(relay.last().from).toEqual({ name: 'Sam', role: 'security-lead' });
    const again = createJoinController({ target, kv, connect: relay.connect });
    expect(again.get().identity).toMatchObject({ name: 'Sam', role: 'security-lead', id: relay.last().id });
  });

  it('shows a sent item waiting, delivered to the relay, then seen by the facilitator, and keeps the list across a reload', () => {
    const kv = memoryKv();
    const relay = fakeRelay();
    const c = createJoinController({ target, kv, connect: relay.connect });
    c.join('Sam', 'security-lead');
    c.send({ kind: 'note', text: 'Isolated FIN-FS01' });
    const [item] = c.get().sent;
    expect(item.state).toBe('waiting');
    relay.last().onReply!({ type: 'ack', id: item.id });
    expect(c.get().sent[0].state).toBe('delivered');
    relay.last().onSeen!(new Set([item.id]));
    expect(c.get().sent[0].state).toBe('seen');
    const reloaded = createJoinController({ target, kv, connect: relay.connect });
    expect(reloaded.get().sent).toEqual([
      { id: item.id, body: { kind: 'note', text: 'Isolated FIN-FS01' }, state: 'seen' },
    ]);
  });

  it('keeps a submission refused for now queued with the reason, and one refused for good with its reason', () => {
    const relay = fakeRelay();
    const c = createJoinController({ target, kv: memoryKv(), connect: relay.connect });
    c.join('Sam', 'security-lead');
    c.send({ kind: 'note', text: 'one' });
    c.send({ kind: 'note', text: 'two' });
    const [two, one] = c.get().sent;
    relay.last().onReply!({ type: 'refused', id: one.id, reason: 'Too many submissions', retryAfterMs: 5000 });
    relay.last().onReply!({ type: 'refused', id: two.id, reason: 'The note is empty' });
    expect(c.get().sent.map((s) => [s.state, s.reason])).toEqual([
      ['refused', 'The note is empty'],
      ['queued', 'Too many submissions'],
    ]);
    expect(c.get().sent.find((s) => s.id === one.id)!.state).toBe('queued');
  });

  it('checks the projection against its schema: a malformed one is reported and the last good one stays', () => {
    const relay = fakeRelay();
    const c = createJoinController({ target, kv: memoryKv(), connect: relay.connect });
    relay.last().onProjection!(projection);
    expect(c.get().projection?.title).toBe('Weekend ransomware');
    relay.last().onProjection!({ ...projection, title: 'Changed', injects: [{ id: 'i1', subject: 42 }] });
    expect(c.get().projection?.title).toBe('Weekend ransomware');
    expect(c.get().problem).toMatch(/^The exercise's screen could not be read \(injects\.0\./);
  });

  it('reads an identity stored under the old dotted key, and moves it', () => {
    const old = `drillbook.join.${ROOM}.identity`;
    const kv = memoryKv({
      [old]: JSON.stringify({ id: 'participant-id-0000000000', name: 'Ana', role: 'security-lead' }),
    });
    const c = createJoinController({ target, kv, connect: fakeRelay().connect });
    expect(c.get().identity?.name).toBe('Ana');
    expect(kv.map.has(old)).toBe(false);
    expect(kv.map.has(storageKeys.joinIdentity(ROOM))).toBe(true);
  });
});
