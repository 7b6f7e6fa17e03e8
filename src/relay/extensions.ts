/**
 * The relay's Hocuspocus extensions, each a small piece of policy: keep the document a connection
 * holds (a Hocuspocus 4.7 late-unload bug), store every update before it is acknowledged, drop
 * awareness, forget who was connected before a restart, and the Redis extension from a URL. server.ts composes them.
 */
import type { Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import type { RelayStore } from './sqlite-store.ts';
import { ROSTER, parseDocumentName, type RosterEntry } from './protocol.ts';

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
export const keepCurrentDocument: Extension = {
  extensionName: 'keep-current-document',
  priority: 2000,
  async beforeUnloadDocument({ instance, documentName, document }) {
    if (instance.documents.get(documentName) !== document) throw new Error();
  },
};

/**
 * Appends every update of a document to the store as it is applied: Yjs emits 'update' while the
 * message is handled, before Hocuspocus acknowledges it (and before a submission is acknowledged),
 * and the SQLite write is synchronous, so an acknowledged update is on disk. Registered after the
 * document is loaded, so the stored state read at load is not appended again.
 */
export function storeEachUpdate(store: RelayStore, now: () => number): Extension {
  return {
    extensionName: 'store-each-update',
    async afterLoadDocument({ document, documentName }) {
      document.on('update', (update: Uint8Array) => store.append(documentName, update, now()));
    },
  };
}

/**
 * Nobody in a room uses awareness (cursors, presence), and a participant's awareness state would be
 * fanned out to every listener of the room (a 2 MB state to 100 phones): emptying the decoded states
 * drops every awareness update before it is applied or broadcast.
 */
export const dropAwareness: Extension = {
  extensionName: 'drop-awareness',
  async beforeHandleAwareness({ states }) {
    states.clear();
  },
};

/**
 * Who is connected is known only to the process that holds the connections: a relay that starts
 * (after a crash or a restart) marks everyone in a room's roster as gone when it loads the inbox, and
 * each participant's client says hello again as it reconnects. Not with Redis, where another
 * process may hold their connections.
 */
export function forgetPresence(startedAt: number): Extension {
  return {
    extensionName: 'forget-presence',
    async afterLoadDocument({ document, documentName }) {
      if (!parseDocumentName(documentName)?.inbox) return;
      const roster = document.getMap<RosterEntry>(ROSTER);
      // A document is loaded again each time it was unloaded: only entries from before this process started are stale.
      const stale = [...roster.entries()].filter(([, e]) => e.connected && Date.parse(e.at) < startedAt);
      if (stale.length) document.transact(() => stale.forEach(([id, e]) => roster.set(id, { ...e, connected: false })));
    },
  };
}

/** Hocuspocus's Redis extension, configured from a `redis://` or `rediss://` URL. */
export function redisExtension(url: string): Redis {
  const u = new URL(url);
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:')
    throw new Error(`REDIS_URL must start with redis:// or rediss://, not ${u.protocol}`);
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
