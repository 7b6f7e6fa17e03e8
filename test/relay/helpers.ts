/** Clients for relay tests: a facilitator that waits until synced, participants that record what they get. */
import { openRoom, type FacilitatorClient } from '../../src/relay/facilitator-client.ts';
import {
  joinRoom,
  memoryOutbox,
  type OutboxStorage,
  type ParticipantClient,
} from '../../src/relay/participant-client.ts';
import { randomId, type ReplyMessage } from '../../src/relay/protocol.ts';

/** Polls `what` every 10 ms until true; throws after `ms`. */
export async function until(what: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

type Closable = { destroy(): void };

export async function openFacilitator(
  url: string,
  open: Closable[],
  room = randomId(),
  secret = randomId(),
): Promise<FacilitatorClient & { secret: string }> {
  const f = openRoom({ url, room, secret });
  open.push(f);
  await f.ready;
  return Object.assign(f, { secret });
}

export function joinParticipant(
  url: string,
  room: string,
  open: Closable[],
  outbox: OutboxStorage = memoryOutbox(),
  role = 'comms-lead',
) {
  const replies: ReplyMessage[] = [];
  const refused: string[] = [];
  let seen: ReadonlySet<string> = new Set();
  let connected = false;
  const p: ParticipantClient = joinRoom({
    url,
    room,
    id: randomId(),
    from: { name: 'Dana', role },
    outbox,
    onReply: (x) => replies.push(x),
    onRefused: (x) => refused.push(x),
    onStatus: (c) => (connected = c),
    onSeen: (ids) => (seen = ids),
  });
  open.push(p);
  return { p, replies, refused, connected: () => connected, seen: () => seen };
}
