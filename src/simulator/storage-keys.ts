/**
 * Every key the exercise's pages keep in the browser's localStorage, in one place and with one
 * separator (`drillbook:`). Keys written before by the relay views used dots
 * (`drillbook.room.<session>`); `readKey` still finds those, moves them to the new key and drops the
 * old one, so a room or a participant's identity survives the upgrade.
 *
 *   drillbook:sessions                 the saved sessions' ids (storage.ts)
 *   drillbook:session:<id>             a session without its log (storage.ts)
 *   drillbook:log:<id>                 a session's log, one action a line (storage.ts)
 *   drillbook:room:<session>           the session's relay room: address, room, secrets, handled entries
 *   drillbook:tally:<session>          the live vote tally, for a projector window of the same browser
 *   drillbook:join:<room>:identity     a participant's id, name and role in a room
 *   drillbook:join:<room>:outbox       submissions not yet stored by the relay
 *   drillbook:join:<room>:sent         what the participant sent, with how far each got
 */

/** The part of the Web Storage API used here (a Map-backed fake in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The keys, by what they hold. */
export const storageKeys = {
  sessions: 'drillbook:sessions',
  session: (id: string) => `drillbook:session:${id}`,
  log: (id: string) => `drillbook:log:${id}`,
  room: (session: string) => `drillbook:room:${session}`,
  tally: (session: string) => `drillbook:tally:${session}`,
  joinIdentity: (room: string) => `drillbook:join:${room}:identity`,
  joinOutbox: (room: string) => `drillbook:join:${room}:outbox`,
  joinSent: (room: string) => `drillbook:join:${room}:sent`,
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
