/**
 * Every key Drillbook keeps in the browser's localStorage, in one place and with one separator: all
 * start with `drillbook:` (STORAGE_PREFIX). The exercise pages (simulator) and incident mode both
 * import this file, so it sits below both; each key says which module owns what is stored under it.
 * The strings never change: a browser's saved sessions and incidents must stay readable.
 *
 * Keys written before by the relay views used dots (`drillbook.room.<session>`); `readKey` still
 * finds those, moves them to the new key and drops the old one, so a room or a participant's identity
 * survives the upgrade.
 */

/** The part of the Web Storage API used here (a Map-backed fake in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What every key starts with; a `storage` event for another key is not Drillbook's. */
export const STORAGE_PREFIX = 'drillbook:';

/** The keys, by what they hold. */
export const storageKeys = {
  /** JSON array of the saved exercise sessions' ids, the index (simulator/storage.ts). */
  sessions: 'drillbook:sessions',
  /** JSON of a session without its log: SessionMeta + scenario (simulator/storage.ts). */
  session: (id: string) => `drillbook:session:${id}`,
  /** A session's log, one JSON action a line, appended as events happen (simulator/storage.ts). */
  log: (id: string) => `drillbook:log:${id}`,
  /** The session's relay room: address, room, secrets, handled entries (simulator/room/room-controller.ts). */
  room: (session: string) => `drillbook:room:${session}`,
  /** The live vote tally, for a projector window of the same browser (simulator/room/inbox.ts). */
  tally: (session: string) => `drillbook:tally:${session}`,
  /** A participant's id, name and role in a room (simulator/participant/join-controller.ts). */
  joinIdentity: (room: string) => `drillbook:join:${room}:identity`,
  /** Submissions not yet stored by the relay (simulator/participant/join-controller.ts). */
  joinOutbox: (room: string) => `drillbook:join:${room}:outbox`,
  /** What the participant sent, with how far each got (simulator/participant/join-controller.ts). */
  joinSent: (room: string) => `drillbook:join:${room}:sent`,
  /** JSON array of the saved incidents' ids, oldest first (incident/storage.ts). */
  incidents: 'drillbook:incidents',
  /** JSON of one incident: id, title, log (incident/storage.ts). */
  incident: (id: string) => `drillbook:incident:${id}`,
  /** The id of the incident the handbook's pages record into (incident/storage.ts). */
  incidentCurrent: 'drillbook:incident-current',
  /** The responder's name, asked once, recorded with every incident entry (incident/storage.ts). */
  responder: 'drillbook:responder',
  /** The time zone the responder reads and enters times in; absent: the device's (incident/storage.ts). */
  timeZone: 'drillbook:time-zone',
  /** The deadline calculator's anchor times while no incident is open (incident/store.ts). */
  calculatorAnchors: 'drillbook:calculator-anchors',
} as const;

/** The dotted key a new key replaced, if any (`drillbook:room:x` was `drillbook.room.x`). */
export function legacyKey(key: string): string | undefined {
  const m = /^drillbook:(room|tally|join):(.+)$/.exec(key);
  if (!m) return undefined;
  return m[1] === 'join' ? `drillbook.join.${m[2].replace(/:(identity|outbox)$/, '.$1')}` : `drillbook.${m[1]}.${m[2]}`;
}

/** Reads `key`; when only its dotted predecessor is stored, moves that value to `key` first. */
export function readKey(kv: KeyValueStore, key: string): string | null {
  const value = kv.getItem(key);
  if (value !== null) return value;
  const old = legacyKey(key);
  const before = old === undefined ? null : kv.getItem(old);
  if (before === null || old === undefined) return null;
  kv.setItem(key, before);
  kv.removeItem(old);
  return before;
}

/** Reads `key` as JSON (moving a dotted predecessor); undefined when absent or unreadable. */
export function readJson<T>(kv: KeyValueStore, key: string): T | undefined {
  try {
    return JSON.parse(readKey(kv, key) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Writes `value` as JSON under `key`; false when the browser refuses (storage full or disabled). */
export function writeJson(kv: KeyValueStore, key: string, value: unknown): boolean {
  try {
    kv.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
