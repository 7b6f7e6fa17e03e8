/**
 * A projector's connection to a room, from any browser (the room's PC has no saved session): it
 * follows the projection the facilitator publishes, read-only, with the room's projector key (not
 * the facilitator secret). It sends nothing.
 */
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { PROJECTION, RECONNECT_MAX_DELAY_MS, projectorToken } from './protocol.ts';

export interface ProjectorOptions {
  url: string;
  room: string;
  /** The room's projector key, from the projector link. */
  key: string;
  /** The projection changed (a plain JSON copy, to be checked against its schema). */
  onProjection?(projection: Record<string, unknown>): void;
  onStatus?(connected: boolean): void;
  /** The relay refused the link, in words. */
  onRefused?(reason: string): void;
}

/** Opens the projector's connection; returns a function that closes it. */
export function watchRoom(options: ProjectorOptions): () => void {
  const doc = new Y.Doc();
  const map = doc.getMap(PROJECTION);
  const socket = new HocuspocusProviderWebsocket({ url: options.url, maxDelay: RECONNECT_MAX_DELAY_MS });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.room,
    document: doc,
    token: projectorToken(options.key),
    onSynced: () => options.onStatus?.(true),
    onStatus: ({ status }) => status === 'disconnected' && options.onStatus?.(false),
    onAuthenticationFailed: ({ reason }) => options.onRefused?.(reason),
  });
  provider.attach();
  map.observeDeep(() => options.onProjection?.(map.toJSON()));
  return () => {
    provider.destroy();
    socket.destroy();
    doc.destroy();
  };
}
