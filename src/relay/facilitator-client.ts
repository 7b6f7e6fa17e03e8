/**
 * The facilitator's side of a room: publishes the participant-safe projection and reads the inbox.
 * The projection is whatever the console chooses to share (see the console's projection code); this
 * client only writes it, replacing changed top-level keys, and never reads facilitator-only state.
 */
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import {
  INBOX_ENTRIES,
  PROJECTION,
  RECONNECT_MAX_DELAY_MS,
  ROSTER,
  SEEN,
  facilitatorToken,
  inboxName,
  type InboxEntry,
  type RosterEntry,
} from './protocol.ts';

export interface FacilitatorOptions {
  url: string;
  room: string;
  secret: string;
  /** The room's projector key: projector links carrying it may read the projection. */
  projector?: string;
  onInbox?(entries: readonly InboxEntry[]): void;
  /** Who has joined (participant id → name, role, connected), each time it changes. */
  onRoster?(roster: ReadonlyMap<string, RosterEntry>): void;
  onStatus?(connected: boolean): void;
  onRefused?(reason: string): void;
}

export interface FacilitatorClient {
  room: string;
  /** Writes the projection: each top-level key whose JSON changed is replaced; missing keys are removed. */
  publish(projection: Record<string, unknown>): void;
  inbox(): readonly InboxEntry[];
  /** Tells the participants these submissions reached the console (each id is listed once). */
  markSeen(ids: readonly string[]): void;
  /** Changes to the projection the relay has not yet acknowledged (0: everything published is stored). */
  unsent(): number;
  /** Resolves when both documents are synced with the relay. */
  ready: Promise<void>;
  destroy(): void;
}

export function openRoom(options: FacilitatorOptions): FacilitatorClient {
  const token = facilitatorToken(options.secret, options.projector);
  const roomDoc = new Y.Doc();
  const inboxDoc = new Y.Doc();
  const map = roomDoc.getMap<unknown>(PROJECTION);
  const entries = inboxDoc.getArray<InboxEntry>(INBOX_ENTRIES);
  const roster = inboxDoc.getMap<RosterEntry>(ROSTER);
  const seen = roomDoc.getArray<string>(SEEN);
  let synced = 0;
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  // One socket carries both documents.
  const socket = new HocuspocusProviderWebsocket({ url: options.url, maxDelay: RECONNECT_MAX_DELAY_MS });
  const common = {
    websocketProvider: socket,
    token,
    onSynced: () => ++synced === 2 && resolveReady(),
    onAuthenticationFailed: ({ reason }: { reason: string }) => options.onRefused?.(reason),
  };
  const room = new HocuspocusProvider({
    ...common,
    name: options.room,
    document: roomDoc,
    onStatus: ({ status }) => options.onStatus?.(status === 'connected'),
  });
  const inbox = new HocuspocusProvider({ ...common, name: inboxName(options.room), document: inboxDoc });
  room.attach();
  inbox.attach();
  entries.observe(() => options.onInbox?.(entries.toArray()));
  roster.observe(() => options.onRoster?.(new Map(roster.entries())));

  return {
    room: options.room,
    publish(projection) {
      roomDoc.transact(() => {
        for (const key of [...map.keys()]) if (!(key in projection)) map.delete(key);
        for (const [key, value] of Object.entries(projection)) {
          if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
        }
      });
    },
    inbox: () => entries.toArray(),
    markSeen(ids) {
      // Only once synced: before, the relay's copy of the list is not known yet and ids would repeat.
      if (synced < 2) return;
      const known = new Set(seen.toArray());
      const fresh = [...new Set(ids)].filter((id) => !known.has(id));
      if (fresh.length) seen.push(fresh);
    },
    unsent: () => room.unsyncedChanges,
    ready,
    destroy() {
      room.destroy();
      inbox.destroy();
      socket.destroy();
      roomDoc.destroy();
      inboxDoc.destroy();
    },
  };
}
