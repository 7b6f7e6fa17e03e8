/**
 * The participants relay: one Hocuspocus (Yjs) server with SQLite storage, and with `redisUrl` the
 * Redis extension so several relay processes serve the same rooms.
 *
 * Who may do what is decided here, never by the clients: the facilitator's secret opens (or creates)
 * a room and writes its projection; a participant reads the projection only, and sends submissions
 * that the relay checks (size, shape, rate) before appending them to the room's inbox, which only the
 * facilitator can open. admission.ts holds the limits against a crowd; every update is stored before
 * it is acknowledged. See protocol.ts for the documents and messages.
 */
import { Server, type Extension } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { dropAwareness, forgetPresence, keepCurrentDocument, redisExtension, storeEachUpdate } from './extensions.ts';
import { openStore, type RelayStore } from './sqlite-store.ts';
import { admission, type RelayContext } from './admission.ts';
import {
  INBOX_ENTRIES,
  LIMITS,
  ROSTER,
  inboxName,
  readParticipantMessage,
  type InboxEntry,
  type RelayLimits,
  type ReplyMessage,
  type RosterEntry,
  type Sender,
  type SubmitMessage,
} from './protocol.ts';

export interface RelayOptions {
  port?: number;
  host?: string;
  /** SQLite file; `:memory:` keeps nothing after the process ends. */
  database?: string;
  /** `redis://[:password@]host:port`: rooms shared with every relay process on the same Redis. */
  redisUrl?: string;
  /** How long a room lives after the facilitator last opened it. Default 7 days. */
  roomTtlMs?: number;
  /** The clock, for tests. */
  now?: () => number;
  /** More Hocuspocus extensions, e.g. one whose `onRequest` serves the exercise kit's pages on the relay's port. Default none. */
  extensions?: Extension[];
  /** Limits other than protocol.ts's `LIMITS` (tests, benches). */
  limits?: Partial<RelayLimits>;
  /** Read participants' addresses from X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy?: boolean;
  /** Where refused connections are logged, once a minute at most. Default: stderr. */
  log?: (line: string) => void;
}

export const ROOM_TTL_MS = 7 * 24 * 3600_000;

export interface Relay {
  server: Server<RelayContext>;
  store: RelayStore;
  /** The ws:// URL clients connect to. */
  url: string;
  close(): Promise<void>;
}

/** Starts a relay; resolves once it listens. */
export async function startRelay(options: RelayOptions = {}): Promise<Relay> {
  const now = options.now ?? Date.now;
  const ttl = options.roomTtlMs ?? ROOM_TTL_MS;
  const store = openStore(options.database ?? ':memory:');
  const limits: RelayLimits = { ...LIMITS, ...options.limits };
  const door = admission({ store, limits, now, ttlMs: ttl, trustProxy: options.trustProxy, log: options.log });

  const extensions: Extension[] = [
    keepCurrentDocument,
    storeEachUpdate(store, now),
    dropAwareness,
    new Database({
      fetch: async ({ documentName }) => store.fetch(documentName),
      store: async ({ documentName, state }) => store.store(documentName, state, now()),
    }),
    ...(options.redisUrl ? [redisExtension(options.redisUrl)] : [forgetPresence(now())]),
    ...(options.extensions ?? []),
  ];

  const server: Server<RelayContext> = new Server<RelayContext>({
    port: options.port ?? 0,
    address: options.host ?? '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    extensions,
    websocketOptions: { maxPayload: limits.frameBytes },
    async onAuthenticate({ documentName, token, request, socketId, connectionConfig }) {
      return door.admit({ documentName, token, request, socketId, connectionConfig });
    },
    async onDisconnect({ context }) {
      door.leave(context);
      if (
        context?.role === 'participant' &&
        greeted.delete(context.socket) &&
        !door.connected(context.room, context.participant)
      ) {
        await writeRoster(context.room, context.participant);
      }
    },
    async onStateless({ connection, payload }) {
      const context = connection.context as RelayContext;
      if (context.role !== 'participant') return;
      const read = readParticipantMessage(payload);
      if (!read.ok)
        return connection.sendStateless(
          JSON.stringify({ type: 'refused', id: read.id, reason: read.reason } satisfies ReplyMessage),
        );
      if (read.message.type === 'hello') return hello(context, read.message.from);
      const reply = await accept(context, read.message);
      connection.sendStateless(JSON.stringify(reply));
    },
  });

  // Connections that said hello (socket ids): the first hello of a connection is free, later ones count as submissions.
  const greeted = new Set<string>();
  type Participant = Extract<RelayContext, { role: 'participant' }>;

  /** Lists a participant as joined (name, role, connected), for the facilitator. */
  async function hello(context: Participant, from: Sender) {
    if (greeted.has(context.socket) && door.submission(context, '')) return;
    greeted.add(context.socket);
    await writeRoster(context.room, context.participant, from);
  }

  /** Writes one participant's line of the room's roster: joined as `from`, or gone when `from` is absent. */
  async function writeRoster(room: string, participant: string, from?: Sender) {
    const inbox = await server.hocuspocus.openDirectConnection(inboxName(room), { role: 'facilitator' });
    try {
      await inbox.transact((doc) => {
        const roster = doc.getMap<RosterEntry>(ROSTER);
        const at = new Date(now()).toISOString();
        const known = roster.get(participant);
        if (from) roster.set(participant, { name: from.name, role: from.role, connected: true, at });
        else if (known) roster.set(participant, { ...known, connected: false, at });
        // Fresh ids from a flood must not grow the roster for ever: drop the longest gone first.
        const cap = limits.participantsPerRoom * 2;
        if (roster.size > cap) {
          const gone = [...roster.entries()]
            .filter(([, e]) => !e.connected)
            .sort((a, b) => a[1].at.localeCompare(b[1].at));
          for (const [id] of gone.slice(0, roster.size - cap)) roster.delete(id);
        }
      });
    } finally {
      await inbox.disconnect();
    }
  }

  /** Checks one submission and appends it to the room's inbox; the reply to send back. */
  async function accept(context: Participant, message: SubmitMessage): Promise<ReplyMessage> {
    const { id } = message;
    const limited = door.submission(context, id);
    if (limited) return limited;
    if (!store.room(context.room, now()))
      return { type: 'refused', id, reason: 'This room has expired: ask the facilitator for a new link' };
    const inbox = await server.hocuspocus.openDirectConnection(inboxName(context.room), { role: 'facilitator' });
    let full = false;
    try {
      await inbox.transact((doc) => {
        const entries = doc.getArray<InboxEntry>(INBOX_ENTRIES);
        // A participant resends what was not acknowledged: store each submission once.
        if (entries.toArray().some((e) => e.id === id && e.participant === context.participant)) return;
        if (entries.length >= limits.inboxEntries) return void (full = true);
        entries.push([{ ...message, participant: context.participant, received: new Date(now()).toISOString() }]);
      });
    } finally {
      await inbox.disconnect();
    }
    if (full)
      return {
        type: 'refused',
        id,
        reason: `The facilitator's inbox is full (${limits.inboxEntries} submissions): tell the facilitator in the room`,
      };
    return { type: 'ack', id };
  }

  await listen(server);
  let closed: Promise<void> | undefined;
  const sweep = setInterval(() => store.sweep(now()), 3600_000);
  sweep.unref();
  return {
    server,
    store,
    url: server.webSocketURL,
    close() {
      closed ??= (async () => {
        clearInterval(sweep);
        await server.destroy();
        store.close();
      })();
      return closed;
    },
  };
}

/**
 * Starts listening; rejects (instead of crashing the process with an unhandled 'error' event, as
 * Hocuspocus's own listen does) when the port is taken, with the error's `code` (EADDRINUSE).
 */
function listen(server: Server<RelayContext>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.listen().then((v) => {
      server.httpServer.off('error', reject);
      resolve(v);
    }, reject);
  });
}
