/**
 * The relay's storage in one SQLite file, through Node 22's built-in `node:sqlite` (no native addon
 * to build): the rooms (who may write each, and until when it lives) and the Yjs state of every
 * document, as Hocuspocus's database extension reads and writes it. Several relay processes on one
 * host may share the file (WAL mode); `:memory:` keeps everything in the process.
 *
 * Durability: every update to a document is appended (`append`, synchronous) before the relay
 * acknowledges it, so a hard kill loses nothing a client was told was stored. Hocuspocus's
 * debounced full-state write (`store`) then folds the document's state in and drops the updates this
 * process appended; reading a document merges its state with any updates still listed.
 */
import { createHash, randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A room as stored: its facilitator secret's hash and when it expires (ms since the epoch). */
export interface RoomRecord {
  id: string;
  facilitatorHash: string;
  /** The hash of the key a projector link carries, once the facilitator has set one. */
  projectorHash: string | null;
  expiresAt: number;
}

/** What the relay keeps, and how. */
export interface RelayStore {
  /** The room, if it exists and has not expired at `now`. */
  room(id: string, now: number): RoomRecord | undefined;
  /**
   * Opens `id` for the holder of `secret`: creates the room when it does not exist (or has expired,
   * in which case its documents are dropped first), and extends its life to `now + ttlMs`.
   * False when the room exists and `secret` is not its facilitator's. With `projectorKey`, sets the
   * key projector links of the room must carry.
   */
  claim(id: string, secret: string, now: number, ttlMs: number, projectorKey?: string): boolean;
  /** Whether `key` is the projector key of the room (which exists at `now`). */
  projectorMay(id: string, key: string, now: number): boolean;
  /** The stored Yjs state of a document, or null. */
  fetch(name: string): Uint8Array | null;
  /** Stores a document's Yjs state (merged with what is stored, so processes sharing the file add up). */
  store(name: string, state: Uint8Array, now: number): void;
  /** Appends one Yjs update of a document, durably, before it is acknowledged. */
  append(name: string, update: Uint8Array, now: number): void;
  /** Drops expired rooms and their documents; returns how many rooms went. */
  sweep(now: number): number;
  close(): void;
}

/** Opens (creating when needed) the store at `path`. */
export function openStore(path: string): RelayStore {
  const db = new DatabaseSync(path);
  db.exec(`
    PRAGMA journal_mode = WAL;
    PRAGMA busy_timeout = 5000;
    -- With WAL, NORMAL survives a killed process (what the relay must survive), without a sync per update.
    PRAGMA synchronous = NORMAL;
    CREATE TABLE IF NOT EXISTS rooms (id TEXT PRIMARY KEY, facilitator_hash TEXT NOT NULL, expires_at INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, room TEXT NOT NULL, state BLOB NOT NULL, updated_at INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS documents_room ON documents (room);
    CREATE TABLE IF NOT EXISTS updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, room TEXT NOT NULL, writer TEXT NOT NULL, data BLOB NOT NULL, at INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS updates_name ON updates (name, seq);
    CREATE INDEX IF NOT EXISTS updates_room ON updates (room);
  `);
  // Files made before projector links have no column for their key.
  const columns = (db.prepare('PRAGMA table_info(rooms)').all() as { name: string }[]).map((c) => c.name);
  if (!columns.includes('projector_hash')) db.exec('ALTER TABLE rooms ADD COLUMN projector_hash TEXT');
  // Which process appended an update: a full-state write folds in only this process's own updates
  // (another process sharing the file may hold updates this one has not seen yet).
  const writer = randomUUID();
  const getRoom = db.prepare(
    'SELECT id, facilitator_hash AS facilitatorHash, projector_hash AS projectorHash, expires_at AS expiresAt FROM rooms WHERE id = ?',
  );
  const putRoom = db.prepare(
    'INSERT INTO rooms (id, facilitator_hash, projector_hash, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET facilitator_hash = excluded.facilitator_hash, projector_hash = coalesce(excluded.projector_hash, rooms.projector_hash), expires_at = excluded.expires_at',
  );
  const dropDocs = db.prepare('DELETE FROM documents WHERE room = ?');
  const dropRoom = db.prepare('DELETE FROM rooms WHERE id = ?');
  const getDoc = db.prepare('SELECT state FROM documents WHERE name = ?');
  const putDoc = db.prepare(
    'INSERT INTO documents (name, room, state, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
  );
  const expired = db.prepare('SELECT id FROM rooms WHERE expires_at <= ?');
  const putUpdate = db.prepare('INSERT INTO updates (name, room, writer, data, at) VALUES (?, ?, ?, ?, ?)');
  const getUpdates = db.prepare('SELECT data FROM updates WHERE name = ? ORDER BY seq');
  const foldUpdates = db.prepare('DELETE FROM updates WHERE name = ? AND writer = ?');
  const dropUpdates = db.prepare('DELETE FROM updates WHERE room = ?');
  const roomOf = (name: string) => name.split('/')[0];

  const drop = (id: string) => {
    dropUpdates.run(id);
    dropDocs.run(id);
    dropRoom.run(id);
  };
  const read = (id: string) => getRoom.get(id) as RoomRecord | undefined;

  return {
    room(id, now) {
      const room = read(id);
      return room && room.expiresAt > now ? room : undefined;
    },
    projectorMay(id, key, now) {
      const room = read(id);
      return Boolean(room && room.expiresAt > now && room.projectorHash && room.projectorHash === hash(key));
    },
    claim(id, secret, now, ttlMs, projectorKey) {
      // One write transaction: two processes claiming the same new room cannot both win.
      db.exec('BEGIN IMMEDIATE');
      try {
        const room = read(id);
        const ok = !(room && room.expiresAt > now && room.facilitatorHash !== hash(secret));
        if (ok) {
          if (room && room.expiresAt <= now) drop(id);
          putRoom.run(id, hash(secret), projectorKey ? hash(projectorKey) : null, now + ttlMs);
        }
        db.exec('COMMIT');
        return ok;
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    fetch(name) {
      const row = getDoc.get(name) as { state: Uint8Array } | undefined;
      const parts = [
        ...(row ? [row.state] : []),
        ...(getUpdates.all(name) as { data: Uint8Array }[]).map((u) => u.data),
      ];
      return parts.length ? Y.mergeUpdates(parts.map((p) => new Uint8Array(p))) : null;
    },
    store(name, state, now) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const row = getDoc.get(name) as { state: Uint8Array } | undefined;
        putDoc.run(name, roomOf(name), row ? Y.mergeUpdates([new Uint8Array(row.state), state]) : state, now);
        foldUpdates.run(name, writer);
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    append(name, update, now) {
      putUpdate.run(name, roomOf(name), writer, update, now);
    },
    sweep(now) {
      const ids = (expired.all(now) as { id: string }[]).map((r) => r.id);
      for (const id of ids) drop(id);
      return ids.length;
    },
    close: () => db.close(),
  };
}
