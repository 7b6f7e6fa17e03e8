/**
 * Saved sessions in the browser's localStorage, one event at a time. localStorage writes are
 * synchronous, so an event is on disk before the UI shows it: a reload, a closed tab or a crash
 * loses nothing. Views never call this module; the store does. The keys (browser-storage/keys.ts):
 *
 *   drillbook:sessions        JSON array of session ids (the index)
 *   drillbook:session:<id>    JSON of the session without its log (SessionMeta + scenario)
 *   drillbook:log:<id>        the log, one JSON action per line, appended as events happen
 */
import type { ExerciseAction } from '../engine/actions.ts';
import { storageKeys, type KeyValueStore } from '../browser-storage/keys.ts';
import {
  parseSession,
  type ParsedSession,
  type SavedSession,
  type SessionImport,
  type SessionMeta,
} from './session.ts';

/** One line of the saved-sessions list. */
export interface SessionSummary {
  id: string;
  /** Scenario title, or the id when the session cannot be read. */
  title: string;
  createdAt?: string;
  /** When and from which file it was imported; absent for a session started in this browser. */
  imported?: SessionImport;
  /** Number of events saved. */
  events: number;
  /** Why the session cannot be opened, when it cannot. */
  problem?: string;
}

/** Saved sessions: list, create, append events, update the clock and improvements, delete. */
export interface SessionRepository {
  list(): SessionSummary[];
  load(id: string): ParsedSession;
  create(session: SavedSession): void;
  /**
   * Adds `action` to the end of the log. With `after` (the number of events the caller replayed),
   * throws a `LogConflictError` instead when the saved log has another number of events.
   */
  append(id: string, action: ExerciseAction, after?: number): void;
  saveMeta(id: string, patch: Partial<Pick<SessionMeta, 'clock' | 'improvements'>>): void;
  remove(id: string): void;
  /** Everything stored for a session, as text, for "Download raw data". */
  raw(id: string): string;
}

const INDEX = storageKeys.sessions;
const metaKey = storageKeys.session;
const logKey = storageKeys.log;

/** A session repository over `kv` (normally `window.localStorage`). */
export function openRepository(kv: KeyValueStore): SessionRepository {
  const ids = (): string[] => {
    try {
      const v = JSON.parse(kv.getItem(INDEX) ?? '[]');
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  const load = (id: string): ParsedSession => {
    const meta = kv.getItem(metaKey(id));
    if (meta === null) return { ok: false, message: `there is no saved session "${id}" in this browser` };
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(meta);
    } catch {
      return { ok: false, message: 'the saved session is not readable JSON' };
    }
    const lines = (kv.getItem(logKey(id)) ?? '').split('\n').filter((l) => l.trim());
    const log: unknown[] = [];
    for (const [i, line] of lines.entries()) {
      try {
        log.push(JSON.parse(line));
      } catch {
        return { ok: false, message: `the event log is damaged: event ${i + 1} is not readable JSON` };
      }
    }
    return parseSession(typeof value === 'object' && value ? { ...value, log } : value);
  };
  return {
    list: () =>
      ids().map((id) => {
        const r = load(id);
        if (!r.ok) return { id, title: id, events: 0, problem: r.message };
        return {
          id,
          title: r.session.title,
          createdAt: r.session.createdAt,
          ...(r.session.imported ? { imported: r.session.imported } : {}),
          events: r.session.log.length,
        };
      }),
    load,
    create(session) {
      const { log, ...meta } = session;
      kv.setItem(metaKey(session.id), JSON.stringify(meta));
      kv.setItem(logKey(session.id), log.map((a) => JSON.stringify(a)).join('\n'));
      if (!ids().includes(session.id)) kv.setItem(INDEX, JSON.stringify([...ids(), session.id]));
    },
    append(id, action, after) {
      const log = kv.getItem(logKey(id));
      const saved = log ? log.split('\n').filter((l) => l.trim()).length : 0;
      if (after !== undefined && saved !== after) throw new LogConflictError(saved, after);
      kv.setItem(logKey(id), (log ? `${log}\n` : '') + JSON.stringify(action));
    },
    saveMeta(id, patch) {
      const meta = JSON.parse(kv.getItem(metaKey(id)) ?? 'null');
      if (!meta || typeof meta !== 'object') throw new Error(`session "${id}" is not saved`);
      kv.setItem(metaKey(id), JSON.stringify({ ...meta, ...patch }));
    },
    remove(id) {
      kv.removeItem(metaKey(id));
      kv.removeItem(logKey(id));
      kv.setItem(INDEX, JSON.stringify(ids().filter((x) => x !== id)));
    },
    raw: (id) => JSON.stringify({ id, session: kv.getItem(metaKey(id)), log: kv.getItem(logKey(id)) }, null, 2),
  };
}

/** Thrown by `append` when another window saved events this one has not seen. */
export class LogConflictError extends Error {
  constructor(saved: number, seen: number) {
    super(
      `another window saved ${saved - seen > 0 ? saved - seen : 'other'} event(s) first; this window now shows the saved log, so check it and try again`,
    );
    this.name = 'LogConflictError';
  }
}

/** A random session id: 12 lower-case letters and digits. */
export function newSessionId(random: () => number = Math.random): string {
  return Array.from({ length: 12 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]).join('');
}
