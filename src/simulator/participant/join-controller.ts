/**
 * A participant's side of a room, without the DOM: who they are (kept in the browser), the
 * connection to the relay, the projection checked against its schema, and what they sent with how
 * far each item got. `<db-join>` (join-view.ts) only renders the snapshot and calls the actions.
 *
 *   snapshot = { connection, refused?, identity?, projection?, problem?, sent[] }
 *   a sent item: waiting (in the outbox) → delivered (stored by the relay) → seen (the facilitator's
 *   console has it); or queued (refused for now, sent again by itself) or refused (with the reason).
 *
 * Lifecycle: created with the join link's target; connects at once without an identity (to read the
 * roles); `join` stores the identity and reconnects as that participant; `destroy` closes.
 */
import type { ParticipantProjection } from '../../engine/projection.ts';
import {
  joinRoom,
  type OutboxStorage,
  type ParticipantClient,
  type ParticipantOptions,
} from '../../relay/participant-client.ts';
import {
  LIMITS,
  participantProjectionSchema,
  randomId,
  type ReplyMessage,
  type SubmissionBody,
  type SubmitMessage,
} from '../../relay/protocol.ts';
import { readJson, storageKeys, writeJson, type KeyValueStore } from '../../browser-storage/keys.ts';
import type { JoinTarget } from './join-link.ts';

/** Who the participant is in this room: a random id, a display name and the role or team they play. */
export interface Identity {
  id: string;
  name: string;
  role: string;
}

/** How far a sent item got. */
export type SentState = 'waiting' | 'queued' | 'delivered' | 'seen' | 'refused';

/** One thing the participant sent, as the page lists it. */
export interface SentItem {
  id: string;
  body: SubmissionBody;
  state: SentState;
  /** Why it is queued or refused, in the relay's words. */
  reason?: string;
}

/** What the page shows. */
export interface JoinSnapshot {
  connection: 'connecting' | 'connected' | 'offline' | 'refused';
  /** The relay's reason for refusing the connection. */
  refused?: string;
  identity?: Identity;
  projection?: ParticipantProjection;
  /** Why the latest projection could not be read (the previous one stays shown). */
  problem?: string;
  /** Newest first. */
  sent: SentItem[];
}

/** Sent items kept per room: the page lists no more than these. */
const KEEP_SENT = 100;

export interface JoinControllerOptions {
  target: JoinTarget;
  /** localStorage in the page; a Map-backed fake in tests. */
  kv: KeyValueStore;
  /** Opens the relay connection (the real client by default). */
  connect?: (options: ParticipantOptions) => ParticipantClient;
}

/** The controller: the snapshot, a subscription, and what the participant can do. */
export interface JoinController {
  get(): JoinSnapshot;
  subscribe(listener: (s: JoinSnapshot) => void): () => void;
  /** Joins (or changes name or role); a reason in words when the name is empty. */
  join(name: string, role: string): string | undefined;
  /** Sends a submission (kept until the relay stores it); false before joining. */
  send(body: SubmissionBody): boolean;
  destroy(): void;
}

/** Creates a participant's controller for the room in `target`. */
export function createJoinController({ target, kv, connect = joinRoom }: JoinControllerOptions): JoinController {
  const { room } = target;
  const outbox: OutboxStorage = {
    load: () => readJson<SubmitMessage[]>(kv, storageKeys.joinOutbox(room)) ?? [],
    save: (pending) => void writeJson(kv, storageKeys.joinOutbox(room), pending),
  };
  let snapshot: JoinSnapshot = {
    connection: 'connecting',
    identity: readJson<Identity>(kv, storageKeys.joinIdentity(room)),
    sent: readJson<SentItem[]>(kv, storageKeys.joinSent(room)) ?? [],
  };
  const listeners = new Set<(s: JoinSnapshot) => void>();
  const set = (patch: Partial<JoinSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    if ('sent' in patch) writeJson(kv, storageKeys.joinSent(room), snapshot.sent);
    listeners.forEach((l) => l(snapshot));
  };
  const update = (id: string, change: (item: SentItem) => SentItem) =>
    set({ sent: snapshot.sent.map((s) => (s.id === id ? change(s) : s)) });

  const onReply = (reply: ReplyMessage) => {
    if (!reply.id) return;
    if (reply.type === 'ack')
      update(reply.id, (s) => (s.state === 'seen' ? s : { id: s.id, body: s.body, state: 'delivered' }));
    else update(reply.id, (s) => ({ ...s, state: reply.retryAfterMs ? 'queued' : 'refused', reason: reply.reason }));
  };
  const onSeen = (ids: ReadonlySet<string>) => {
    if (snapshot.sent.some((s) => ids.has(s.id) && s.state !== 'seen'))
      set({ sent: snapshot.sent.map((s) => (ids.has(s.id) ? { id: s.id, body: s.body, state: 'seen' } : s)) });
  };
  const onProjection = (raw: Record<string, unknown>) => {
    const read = participantProjectionSchema.safeParse(raw);
    // A projection still being written (its first keys only) is not an error: wait for the rest.
    if (!read.success && Object.keys(raw).length < Object.keys(participantProjectionSchema.shape).length) return;
    if (read.success) {
      const projection: ParticipantProjection = read.data;
      return set({ projection, problem: undefined });
    }
    const issue = read.error.issues[0];
    set({
      problem: `The exercise's screen could not be read (${issue.path.join('.')}: ${issue.message}). Reload the page, or tell the facilitator.`,
    });
  };

  let client: ParticipantClient | undefined;
  const open = () => {
    client?.destroy();
    const who = snapshot.identity;
    client = connect({
      url: target.relay,
      room,
      id: who?.id ?? randomId(),
      from: who ? { name: who.name, role: who.role } : undefined,
      outbox,
      onStatus: (up) => set({ connection: up ? 'connected' : 'offline' }),
      onRefused: (reason) => set({ connection: 'refused', refused: reason }),
      onProjection,
      onReply,
      onSeen,
    });
  };
  open();

  return {
    get: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    join(name, role) {
      const trimmed = name.trim().slice(0, LIMITS.name);
      if (!trimmed) return 'Give a name to join.';
      const identity = { id: snapshot.identity?.id ?? randomId(), name: trimmed, role };
      writeJson(kv, storageKeys.joinIdentity(room), identity);
      set({ identity });
      open();
      return undefined;
    },
    send(body) {
      if (!client || !snapshot.identity) return false;
      const id = client.submit(body);
      set({ sent: [{ id, body, state: 'waiting' as const }, ...snapshot.sent].slice(0, KEEP_SENT) });
      return true;
    },
    destroy() {
      client?.destroy();
      listeners.clear();
    },
  };
}
