/**
 * Who the relay lets in, and how much they may send: the facilitator's secret opens (or creates) a
 * room, within a number of new rooms per address; a participant joins a room that exists, while it
 * has room for one more; each submission passes the per-participant, per-connection and per-address
 * windows. Every refusal is a sentence the client shows as it is; refused connections are logged at
 * most once a minute.
 *
 * State: the participant connections of each room (socket ids, added on admission, removed on
 * disconnect) and the rate windows; nothing survives a restart, which only resets the counts.
 */
import type { RelayStore } from './sqlite-store.ts';
import { parseDocumentName, parseToken, type RelayLimits, type ReplyMessage } from './protocol.ts';
import { rateWindow, refusalLog, remoteAddress } from './limits.ts';

/** What a connection is, once admitted. */
export type RelayContext =
  | { role: 'facilitator' }
  | { role: 'projector' }
  | { role: 'participant'; participant: string; room: string; socket: string; address: string };

/**
 * A refusal: `reason` is what the client shows. It carries no `message`, so Hocuspocus does not log
 * it (each refused connection would be a line); the admission's own log is rate-limited.
 */
export const refusal = (reason: string) => ({ reason });

export interface AdmissionOptions {
  store: RelayStore;
  limits: RelayLimits;
  now: () => number;
  /** How long a room lives after its facilitator last opened it. */
  ttlMs: number;
  /** Read the client's address from X-Forwarded-For (behind a reverse proxy only). */
  trustProxy?: boolean;
  /** Where refused connections are logged (once a minute at most). Default: stderr. */
  log?: (line: string) => void;
}

/** What a connection presents when it opens a document. */
export interface Arrival {
  documentName: string;
  token: string;
  request: unknown;
  socketId: string;
  connectionConfig: { readOnly: boolean };
}

/** Builds the relay's admission: `admit` (throws a refusal), `leave`, and `submission` (the refusal, if any). */
export function admission(options: AdmissionOptions) {
  const { store, limits, now } = options;
  const log = refusalLog(options.log ?? ((line) => console.warn(line)), 60_000, now);
  const byParticipant = rateWindow(limits.rate, limits.rateWindowMs);
  const bySocket = rateWindow(limits.rate, limits.rateWindowMs);
  const byAddress = rateWindow(limits.addressRate, limits.rateWindowMs);
  const newRooms = rateWindow(limits.roomsPerAddress, limits.roomWindowMs);
  // Room → its participant connections (socket id → participant id).
  const rooms = new Map<string, Map<string, string>>();

  const refuse = (reason: string): never => {
    log(reason);
    throw refusal(reason);
  };

  function admit(a: Arrival): RelayContext {
    const name = parseDocumentName(a.documentName) ?? refuse('There is no such room: check the join link');
    const who = parseToken(a.token) ?? refuse('The join link is incomplete: open it again from the facilitator');
    const address = remoteAddress(a.request, options.trustProxy);
    if (who.kind === 'facilitator') {
      if (!store.room(name.room, now()) && !newRooms.take(address, now()).ok) {
        refuse(
          `Too many new rooms from this address: at most ${limits.roomsPerAddress} an hour. Reopen an existing room or wait`,
        );
      }
      if (!store.claim(name.room, who.secret, now(), options.ttlMs, who.projector))
        refuse('This room belongs to another facilitator');
      return { role: 'facilitator' };
    }
    if (name.inbox) refuse('Only the facilitator can read the answers');
    if (who.kind === 'projector') {
      if (!store.projectorMay(name.room, who.key, now()))
        refuse('This projector link is not valid (or the room has expired): open it again from the console');
      a.connectionConfig.readOnly = true;
      return { role: 'projector' };
    }
    if (!store.room(name.room, now()))
      refuse('This room does not exist or has expired: ask the facilitator for a new link');
    const present = rooms.get(name.room) ?? new Map<string, string>();
    if (present.size >= limits.participantsPerRoom)
      refuse(`This room is full: it holds ${limits.participantsPerRoom} participants. Ask the facilitator`);
    present.set(a.socketId, who.id);
    rooms.set(name.room, present);
    a.connectionConfig.readOnly = true;
    return { role: 'participant', participant: who.id, room: name.room, socket: a.socketId, address };
  }

  /** A participant's connection closed: its place in the room is free. */
  function leave(context: RelayContext | undefined) {
    if (context?.role !== 'participant') return;
    const present = rooms.get(context.room);
    present?.delete(context.socket);
    if (present?.size === 0) rooms.delete(context.room);
  }

  /** The refusal of one more submission from this participant now, or undefined when it may be sent. */
  function submission(context: Extract<RelayContext, { role: 'participant' }>, id: string): ReplyMessage | undefined {
    const t = now();
    // Check every window before recording in any, so a refused submission does not count.
    const windows = [
      [byParticipant, context.participant, `at most ${limits.rate} a minute from one participant`],
      [bySocket, context.socket, `at most ${limits.rate} a minute from one connection`],
      [byAddress, context.address, `at most ${limits.addressRate} a minute from one network`],
    ] as const;
    for (const [window, key, what] of windows) {
      if (window.fits(key, t)) continue;
      const probe = window.take(key, t);
      const retryAfterMs = probe.ok ? 1000 : probe.retryAfterMs;
      return {
        type: 'refused',
        id,
        reason: `Too many submissions (${what}): it is kept and sent again in ${Math.ceil(retryAfterMs / 1000)} s`,
        retryAfterMs,
      };
    }
    for (const [window, key] of windows) window.take(key, t);
    return undefined;
  }

  /** Whether `participant` still has a connection open in `room`. */
  const connected = (room: string, participant: string) => [...(rooms.get(room)?.values() ?? [])].includes(participant);

  return { admit, leave, submission, connected, participants: (room: string) => rooms.get(room)?.size ?? 0 };
}
