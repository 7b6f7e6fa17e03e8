/**
 * The participants relay: one Hocuspocus (Yjs) server with SQLite storage, and with `redisUrl` the
 * Redis extension so several relay processes serve the same rooms.
 *
 * Who may do what is decided here, never by the clients: the facilitator's secret opens (or creates)
 * a room and writes its projection; a participant reads the projection only, and sends submissions
 * that the relay checks (size, shape, rate) before appending them to the room's inbox, which only the
 * facilitator can open. See protocol.ts for the documents and messages.
 */
import { Server, type Extension } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { openStore, type RelayStore } from './sqlite-store.ts';
import { INBOX_ENTRIES, LIMITS, inboxName, parseDocumentName, parseToken, readSubmit, type InboxEntry, type ReplyMessage } from './protocol.ts';

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
}

/** What a connection is, once authenticated. */
type RelayContext = { role: 'facilitator' } | { role: 'participant'; participant: string };

/** A refusal the participant's or facilitator's page shows as it is. */
const refuse = (reason: string) => Object.assign(new Error(reason), { reason });

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
  const recent = new Map<string, number[]>();

  const extensions: Extension[] = [
    keepCurrentDocument,
    new Database({
      fetch: async ({ documentName }) => store.fetch(documentName),
      store: async ({ documentName, state }) => store.store(documentName, state, now()),
    }),
    ...(options.redisUrl ? [redisExtension(options.redisUrl)] : []),
    ...(options.extensions ?? []),
  ];

  const server: Server<RelayContext> = new Server<RelayContext>({
    port: options.port ?? 0,
    address: options.host ?? '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    extensions,
    async onAuthenticate({ documentName, token, connectionConfig }) {
      const name = parseDocumentName(documentName);
      if (!name) throw refuse('There is no such room: check the join link');
      const who = parseToken(token);
      if (!who) throw refuse('The join link is incomplete: open it again from the facilitator');
      if (who.kind === 'facilitator') {
        if (!store.claim(name.room, who.secret, now(), ttl)) throw refuse('This room belongs to another facilitator');
        return { role: 'facilitator' } satisfies RelayContext;
      }
      if (name.inbox) throw refuse('Only the facilitator can read the answers');
      if (!store.room(name.room, now())) throw refuse('This room does not exist or has expired: ask the facilitator for a new link');
      connectionConfig.readOnly = true;
      return { role: 'participant', participant: who.id } satisfies RelayContext;
    },
    async onStateless({ connection, documentName, payload }) {
      const context = connection.context as RelayContext;
      if (context.role !== 'participant') return;
      const reply = await accept(documentName, context.participant, payload);
      connection.sendStateless(JSON.stringify(reply));
    },
  });

  /** Checks one submission and appends it to the room's inbox; the reply to send back. */
  async function accept(documentName: string, participant: string, payload: string): Promise<ReplyMessage> {
    const read = readSubmit(payload);
    if (!read.ok) return { type: 'refused', id: read.id, reason: read.reason };
    if (!withinRate(participant)) {
      return { type: 'refused', id: read.message.id, reason: `Too many submissions: at most ${LIMITS.rate} a minute. Wait a moment and send again` };
    }
    const name = parseDocumentName(documentName)!;
    if (!store.room(name.room, now())) return { type: 'refused', id: read.message.id, reason: 'This room has expired: ask the facilitator for a new link' };
    const inbox = await server.hocuspocus.openDirectConnection(inboxName(name.room), { role: 'facilitator' });
    try {
      await inbox.transact((doc) => {
        const entries = doc.getArray<InboxEntry>(INBOX_ENTRIES);
        // A participant resends what was not acknowledged: store each submission once.
        if (entries.toArray().some((e) => e.id === read.message.id && e.participant === participant)) return;
        entries.push([{ ...read.message, participant, received: new Date(now()).toISOString() }]);
      });
    } finally {
      await inbox.disconnect();
    }
    return { type: 'ack', id: read.message.id };
  }

  function withinRate(participant: string): boolean {
    const t = now();
    const times = (recent.get(participant) ?? []).filter((x) => x > t - LIMITS.rateWindowMs);
    if (times.length >= LIMITS.rate) return false;
    recent.set(participant, [...times, t]);
    return true;
  }

  await server.listen();
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
 * Hocuspocus 4.7 unloads a document twice when its last connection is a direct one (as every
 * submission's write to an inbox is): once as that connection leaves, and again from the timer its
 * store hook set. If the name was opened again in between, the late unload finds the name in the
 * server's map and removes the *newer* document, so the connection on it stops receiving what is
 * written later: a facilitator's inbox went silent after the relay restarted. Refusing to unload a
 * document that is not the one the server holds under its name stops that (the stale one is
 * already destroyed). It runs before the Redis extension's unload delay; the error has no message
 * so Hocuspocus logs nothing.
 */
const keepCurrentDocument: Extension = {
  extensionName: 'keep-current-document',
  priority: 2000,
  async beforeUnloadDocument({ instance, documentName, document }) {
    if (instance.documents.get(documentName) !== document) throw new Error();
  },
};

/** Hocuspocus's Redis extension, configured from a `redis://` or `rediss://` URL. */
function redisExtension(url: string): Redis {
  const u = new URL(url);
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`REDIS_URL must start with redis:// or rediss://, not ${u.protocol}`);
  return new Redis({
    host: u.hostname,
    port: Number(u.port || 6379),
    options: {
      ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
      ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
      ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  });
}
