/**
 * The facilitator's side of a relay room, without the DOM: the room's keys (kept in the browser per
 * session), connecting and reconnecting, the inbox and who has joined as the relay reports them,
 * which entries were handled, publishing the projection, and telling participants what the console
 * has seen. The Participants pane (console-participants.ts) only renders the snapshot.
 *
 *   keys = { relay, room, secret, projector, handled[] }   saved under storageKeys.room(session)
 *   phase: none → connecting → open | unreachable (no answer in 5 s, still retrying) | refused;
 *          open ⇄ offline as the relay comes and goes
 *
 * The relay client is loaded on demand (`load`), so the console's first screen does not carry it.
 */
import type { FacilitatorClient, FacilitatorOptions } from '../../relay/facilitator-client.ts';
import type { InboxEntry, RosterEntry } from '../../relay/protocol.ts';
import { readJson, storageKeys, writeJson, type KeyValueStore } from '../../browser-storage/keys.ts';
import { tallyVotes, waiting } from './inbox.ts';

/** How long the console gathers inbox changes before showing them (a crowd sends many a second). */
const INBOX_BATCH_MS = 150;

/** What the console keeps of a room. */
export interface RoomKeys {
  relay: string;
  room: string;
  secret: string;
  /** The key projector links carry (absent in rooms opened before projector links). */
  projector?: string;
  /** Inbox entries accepted or dismissed. */
  handled: string[];
}

/** The relay code the controller needs, loaded when a room is opened or resumed. */
export interface RoomCode {
  openRoom(options: FacilitatorOptions): FacilitatorClient;
  randomId(): string;
  relayAddress(text: string): { ok: true; url: string } | { ok: false; reason: string };
}

export type RoomPhase = 'none' | 'connecting' | 'open' | 'offline' | 'unreachable' | 'refused' | 'unavailable';

/** What the pane shows. */
export interface RoomSnapshot {
  keys?: RoomKeys;
  phase: RoomPhase;
  /** The relay's refusal, in its words. */
  refused?: string;
  entries: readonly InboxEntry[];
  /** Who has joined (participant id → name, role, connected). */
  roster: ReadonlyMap<string, RosterEntry>;
  /** Submissions neither accepted nor dismissed (votes are tallied, not waiting). */
  waiting: number;
}

export interface RoomControllerOptions {
  sessionId: string;
  kv: KeyValueStore;
  load(): Promise<RoomCode>;
  /** The projection to publish, given the live tally. */
  project(tallies: Record<string, Record<string, number>>): Record<string, unknown>;
  /** ms without an answer before the relay is said to be unreachable. Default 5000. */
  connectTimeoutMs?: number;
}

/** The pane's sentence for a snapshot. */
export function roomMessage(s: RoomSnapshot): string {
  const relay = s.keys?.relay ?? '';
  switch (s.phase) {
    case 'none':
      return '';
    case 'connecting':
      return `Connecting to the relay at ${relay}…`;
    case 'unreachable':
      return `No relay answers at ${relay}. Start one with npm run exercise, or npm run relay (or check the address); the exercise carries on on this device.`;
    case 'offline':
      return 'The relay is not reachable; retrying. The exercise carries on here.';
    case 'refused':
      return `The relay refused this room: ${s.refused}`;
    case 'unavailable':
      return 'The relay client could not be loaded; check the connection and try again. The exercise carries on on this device.';
    case 'open': {
      const here = [...s.roster.values()].filter((p) => p.connected).length;
      return here ? `Participants connected through the relay: ${here}.` : 'Room open. Nobody has joined yet.';
    }
  }
}

/** Creates the console's room controller for a session; call `resume()` to reconnect a saved room. */
export function createRoomController(options: RoomControllerOptions) {
  const { sessionId, kv } = options;
  let snapshot: RoomSnapshot = {
    keys: readJson<RoomKeys>(kv, storageKeys.room(sessionId)),
    phase: 'none',
    entries: [],
    roster: new Map(),
    waiting: 0,
  };
  const listeners = new Set<(s: RoomSnapshot) => void>();
  const set = (patch: Partial<RoomSnapshot>) => {
    const next = { ...snapshot, ...patch };
    next.waiting = next.keys ? waiting(next.entries, new Set(next.keys.handled)).length : 0;
    snapshot = next;
    listeners.forEach((l) => l(snapshot));
  };
  const saveKeys = (keys: RoomKeys) => {
    writeJson(kv, storageKeys.room(sessionId), keys);
    set({ keys });
  };

  let client: FacilitatorClient | undefined;
  let attempt = 0;
  let closed = false;
  const publish = () => {
    // The projector window of this browser reads the tally from storage; the room reads it from the projection.
    client?.publish(options.project(tallyVotes(snapshot.entries)));
  };

  const connect = async (keys: RoomKeys) => {
    const mine = ++attempt;
    client?.destroy();
    client = undefined;
    set({ phase: 'connecting', refused: undefined });
    let code: RoomCode;
    try {
      code = await options.load();
    } catch {
      return set({ phase: 'unavailable' });
    }
    // A later attempt, or the console going away, wins over this one.
    if (closed || mine !== attempt) return;
    // A room opened before projector links gets its key now.
    if (!keys.projector) saveKeys((keys = { ...keys, projector: code.randomId() }));
    let ready = false;
    // A crowd sends many submissions a second: the inbox is taken in at most every INBOX_BATCH_MS,
    // so the pane, the tally and the projection are redone once per batch, not once per entry.
    let latest: readonly InboxEntry[] | undefined;
    let tallied = '';
    const takeInbox = () => {
      const entries = latest!;
      latest = undefined;
      set({ entries });
      opened.markSeen(entries.map((e) => e.id));
      // Notes and answers leave the projection as it was: republish only when the votes changed.
      const tally = JSON.stringify(tallyVotes(entries));
      if (tally === tallied) return;
      tallied = tally;
      writeJson(kv, storageKeys.tally(sessionId), JSON.parse(tally));
      publish();
    };
    const opened = (client = code.openRoom({
      url: keys.relay,
      room: keys.room,
      secret: keys.secret,
      projector: keys.projector,
      onInbox: (entries) => {
        if (latest === undefined) setTimeout(() => !closed && mine === attempt && takeInbox(), INBOX_BATCH_MS);
        latest = entries;
      },
      onRoster: (roster) => set({ roster }),
      onStatus: (up) => ready && set({ phase: up ? 'open' : 'offline' }),
      onRefused: (refused) => set({ phase: 'refused', refused }),
    }));
    const timer = setTimeout(
      () => !ready && snapshot.phase === 'connecting' && set({ phase: 'unreachable' }),
      options.connectTimeoutMs ?? 5000,
    );
    await opened.ready;
    ready = true;
    clearTimeout(timer);
    if (closed || mine !== attempt) return;
    set({ phase: 'open' });
    opened.markSeen(snapshot.entries.map((e) => e.id));
    publish();
  };

  return {
    get: () => snapshot,
    subscribe(listener: (s: RoomSnapshot) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Opens a room on the relay at `address` (keeping this session's room if it is the same relay); a reason when the address is not one. */
    async invite(address: string): Promise<string | undefined> {
      let code: RoomCode;
      try {
        code = await options.load();
      } catch {
        set({ phase: 'unavailable' });
        return undefined;
      }
      const checked = code.relayAddress(address);
      if (!checked.ok) return `Relay address: ${checked.reason}.`;
      const old = snapshot.keys;
      const keys =
        old && old.relay === checked.url
          ? old
          : {
              relay: checked.url,
              room: old?.room ?? code.randomId(),
              secret: old?.secret ?? code.randomId(),
              handled: old?.handled ?? [],
            };
      saveKeys({ ...keys, projector: keys.projector ?? code.randomId() });
      void connect(snapshot.keys!);
      return undefined;
    },
    /** Reconnects the room saved for this session, if any. */
    resume() {
      if (snapshot.keys) void connect(snapshot.keys);
    },
    /** Marks an entry accepted or dismissed. */
    handle(id: string) {
      if (snapshot.keys) saveKeys({ ...snapshot.keys, handled: [...snapshot.keys.handled, id] });
    },
    publish,
    close() {
      closed = true;
      client?.destroy();
      listeners.clear();
    },
  };
}

/** The room controller's interface. */
export type RoomController = ReturnType<typeof createRoomController>;
