/**
 * A participant's connection to a room, in the browser or in Node 22 (both have WebSocket): it
 * follows the projection the facilitator publishes and sends submissions. A submission stays in the
 * outbox until the relay acknowledges it, and the outbox is resent on every reconnect, so an answer
 * typed during a network drop is not lost (the relay stores each submission id once). A refusal
 * for now only (a rate limit, with `retryAfterMs`) keeps the submission and sends it again then.
 */
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import {
  PROJECTION,
  RECONNECT_MAX_DELAY_MS,
  SEEN,
  participantToken,
  randomId,
  type ReplyMessage,
  type Sender,
  type SubmissionBody,
  type SubmitMessage,
} from './protocol.ts';

/** Where the outbox is kept between page loads (localStorage in the browser; memory in tests). */
export interface OutboxStorage {
  load(): SubmitMessage[];
  save(pending: SubmitMessage[]): void;
}

export const memoryOutbox = (): OutboxStorage => {
  let kept: SubmitMessage[] = [];
  return { load: () => kept, save: (p) => void (kept = p) };
};

export interface ParticipantEvents {
  /** The projection changed (a plain JSON copy). */
  onProjection?(projection: Record<string, unknown>): void;
  /** The relay stored a submission, or refused it with a reason to show. */
  onReply?(reply: ReplyMessage): void;
  /** Connected (true) or not (false). */
  onStatus?(connected: boolean): void;
  /** The relay refused the connection (unknown or expired room, bad link), in words. */
  onRefused?(reason: string): void;
  /** Ids of submissions the facilitator's console has received (all of them so far, each time more arrive). */
  onSeen?(ids: ReadonlySet<string>): void;
}

export interface ParticipantClient {
  /** Queues a submission and sends it now if connected; returns its id. */
  submit(body: SubmissionBody): string;
  /** Submissions not yet acknowledged. */
  pending(): readonly SubmitMessage[];
  projection(): Record<string, unknown>;
  destroy(): void;
}

export interface ParticipantOptions extends ParticipantEvents {
  url: string;
  room: string;
  /** This participant's random id (kept across reloads so resent submissions match). */
  id: string;
  /** Who they are; absent until they have joined (they read the room, and cannot send). */
  from?: Sender;
  outbox?: OutboxStorage;
}

export function joinRoom(options: ParticipantOptions): ParticipantClient {
  const outbox = options.outbox ?? memoryOutbox();
  let pending = outbox.load();
  const doc = new Y.Doc();
  const map = doc.getMap(PROJECTION);
  const seen = doc.getArray<string>(SEEN);
  const retries = new Map<string, ReturnType<typeof setTimeout>>();
  const send = (message: SubmitMessage) => provider.sendStateless(JSON.stringify(message));
  const flush = () => pending.forEach(send);
  const forget = (id: string) => {
    pending = pending.filter((p) => p.id !== id);
    outbox.save(pending);
  };
  const retryLater = (id: string, ms: number) => {
    clearTimeout(retries.get(id));
    retries.set(
      id,
      setTimeout(() => {
        retries.delete(id);
        const message = pending.find((p) => p.id === id);
        if (message && provider.isSynced) send(message);
      }, ms),
    );
  };

  const socket = new HocuspocusProviderWebsocket({ url: options.url, maxDelay: RECONNECT_MAX_DELAY_MS });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.room,
    document: doc,
    token: participantToken(options.id),
    onSynced: () => {
      options.onStatus?.(true);
      if (options.from) provider.sendStateless(JSON.stringify({ type: 'hello', from: options.from }));
      flush();
    },
    onStatus: ({ status }) => status === 'disconnected' && options.onStatus?.(false),
    onAuthenticationFailed: ({ reason }) => options.onRefused?.(reason),
    onStateless: ({ payload }) => {
      let reply: ReplyMessage;
      try {
        reply = JSON.parse(payload) as ReplyMessage;
      } catch {
        return;
      }
      if (reply.id && reply.type === 'refused' && reply.retryAfterMs) retryLater(reply.id, reply.retryAfterMs);
      else if (reply.id) forget(reply.id);
      options.onReply?.(reply);
    },
  });
  provider.attach();
  map.observeDeep(() => options.onProjection?.(map.toJSON()));
  seen.observe(() => options.onSeen?.(new Set(seen.toArray())));

  return {
    submit(body) {
      if (!options.from) throw new Error('join the room before sending');
      const message: SubmitMessage = { type: 'submit', id: randomId(), from: options.from, body };
      pending = [...pending, message];
      outbox.save(pending);
      if (provider.isSynced) send(message);
      return message.id;
    },
    pending: () => pending,
    projection: () => map.toJSON(),
    destroy() {
      retries.forEach((t) => clearTimeout(t));
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
