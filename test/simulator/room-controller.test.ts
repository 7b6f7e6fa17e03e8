/**
 * The console's room controller without a browser or a relay: a fake facilitator client records
 * what the controller asks of it, and the test plays the relay's side (ready, inbox, roster).
 */
import { describe, expect, it } from 'vitest';
import { createRoomController, roomMessage, type RoomCode } from '../../src/simulator/room/room-controller.ts';
import type { FacilitatorClient, FacilitatorOptions } from '../../src/relay/facilitator-client.ts';
import type { InboxEntry } from '../../src/relay/protocol.ts';
import { storageKeys } from '../../src/browser-storage/keys.ts';

function memoryKv(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

function fakeRelay(answers = true) {
  const opened: (FacilitatorOptions & { seen: string[]; published: Record<string, unknown>[] })[] = [];
  let n = 0;
  const code: RoomCode = {
    randomId: () => `random-id-${String(++n).padStart(14, '0')}`,
    relayAddress: (text) =>
      text.startsWith('ws://') ? { ok: true, url: text } : { ok: false, reason: 'a relay address starts with ws://' },
    openRoom(options) {
      const record = { ...options, seen: [] as string[], published: [] as Record<string, unknown>[] };
      opened.push(record);
      const client: FacilitatorClient = {
        room: options.room,
        publish: (p) => void record.published.push(p),
        inbox: () => [],
        unsent: () => 0,
        markSeen: (ids) => void record.seen.push(...ids.filter((id) => !record.seen.includes(id))),
        ready: answers ? Promise.resolve() : new Promise(() => {}),
        destroy: () => {},
      };
      return client;
    },
  };
  return { code, opened, load: async () => code };
}

const entry = (id: string, body: InboxEntry['body']): InboxEntry => ({
  type: 'submit',
  id,
  from: { name: 'Sam', role: 'security-lead' },
  body,
  participant: 'p1',
  received: '2026-12-07T10:00:00.000Z',
});
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('room controller', () => {
  it('opens a room with a projector key, keeps its keys for the session, and says nobody has joined until someone has', async () => {
    const kv = memoryKv();
    const relay = fakeRelay();
    const room = createRoomController({ sessionId: 's1', kv, load: relay.load, project: () => ({ title: 'x' }) });
    expect(await room.invite('nowhere')).toBe('Relay address: a relay address starts with ws://.');
    expect(await room.invite('ws://127.0.0.1:4444')).toBeUndefined();
    await tick();
    expect(room.get().phase).toBe('open');
    expect(roomMessage(room.get())).toBe('Room open. Nobody has joined yet.');
    const saved = JSON.parse(kv.getItem(storageKeys.room('s1'))!);
    expect(saved).toMatchObject({
      relay: 'ws://127.0.0.1:4444',
      room: relay.opened[0].room,
      secret: relay.opened[0].secret,
      projector: relay.opened[0].projector,
    });
    expect(saved.projector).toMatch(/^random-id-/);
    relay.opened[0].onRoster!(new Map([['p1', { name: 'Sam', role: 'security-lead', connected: true, at: '' }]]));
    expect(roomMessage(room.get())).toBe('Participants connected through the relay: 1.');
  });

  it('counts what waits (votes are tallied, not waiting), marks what arrived as seen, and forgets handled entries', async () => {
    const relay = fakeRelay();
    const room = createRoomController({
      sessionId: 's1',
      kv: memoryKv(),
      load: relay.load,
      project: (tallies) => ({ tallies }),
    });
    await room.invite('ws://127.0.0.1:4444');
    await tick();
    const fake = relay.opened[0];
    fake.onInbox!([
      entry('a', { kind: 'note', text: 'one' }),
      entry('b', { kind: 'vote', decision: 'd', option: 'o' }),
      entry('c', { kind: 'note', text: 'two' }),
    ]);
    await tick(200);
    expect(room.get().waiting).toBe(2);
    expect(fake.seen).toEqual(['a', 'b', 'c']);
    expect(fake.published.at(-1)).toEqual({ tallies: { d: { o: 1 } } });
    room.handle('a');
    expect(room.get().waiting).toBe(1);
  });

  it('takes a burst of inbox changes in once, not once per submission', async () => {
    const relay = fakeRelay();
    const room = createRoomController({ sessionId: 's1', kv: memoryKv(), load: relay.load, project: () => ({}) });
    await room.invite('ws://127.0.0.1:4444');
    await tick();
    let renders = 0;
    room.subscribe(() => renders++);
    const list: InboxEntry[] = [];
    for (let i = 0; i < 50; i++)
      relay.opened[0].onInbox!((list.push(entry(`e${i}`, { kind: 'note', text: `n${i}` })), [...list]));
    await tick(200);
    expect(renders).toBe(1);
    expect(room.get().waiting).toBe(50);
  });

  it('says the relay is unreachable when it does not answer, and resumes a room saved under the old dotted key', async () => {
    const old = JSON.stringify({
      relay: 'ws://10.0.0.5:4444',
      room: 'r'.repeat(24),
      secret: 's'.repeat(24),
      handled: [],
    });
    const kv = memoryKv({ 'drillbook.room.s9': old });
    const relay = fakeRelay(false);
    const room = createRoomController({
      sessionId: 's9',
      kv,
      load: relay.load,
      project: () => ({}),
      connectTimeoutMs: 10,
    });
    room.resume();
    await tick(50);
    expect(relay.opened[0].room).toBe('r'.repeat(24));
    expect(roomMessage(room.get())).toMatch(/^No relay answers at ws:\/\/10\.0\.0\.5:4444\./);
    // A room from before projector links gets a key when it is resumed.
    expect(JSON.parse(kv.getItem(storageKeys.room('s9'))!).projector).toMatch(/^random-id-/);
    expect(kv.map.has('drillbook.room.s9')).toBe(false);
  });
});
