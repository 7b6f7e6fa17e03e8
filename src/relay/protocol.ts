/**
 * What crosses the participants relay, shared by the relay (Node) and the browser: room and token
 * formats, the documents of a room, the messages participants send, the projection's schema and the
 * limits.
 *
 * A room has two Yjs documents. `<room>` holds the participant-safe projection the facilitator's
 * console publishes (clock, delivered injects with addressees, open decisions and questions, tallies)
 * and the ids of submissions the console has seen: everyone in the room (participants, and projectors
 * with the room's projector key) reads it, only the facilitator writes it. `<room>/inbox` holds what
 * participants submitted and who has joined (the roster, written by the relay): only the facilitator
 * opens it. Participants never write a document: they say hello (name and role) and send submissions
 * as stateless messages; the relay checks each against the limits below and appends it to the inbox,
 * then acknowledges it, so a participant keeps an answer until it is acknowledged.
 */
import { z } from 'zod';
import { ROOM_ID } from './room-id.ts';
/** A facilitator secret or participant id: the same alphabet, at least 128 bits. */
const SECRET = /^[A-Za-z0-9_-]{22,64}$/;

/** The inbox document of a room. */
export const inboxName = (room: string): string => `${room}/inbox`;

/** Which room and which of its documents a document name means, or undefined when it names neither. */
export function parseDocumentName(name: string): { room: string; inbox: boolean } | undefined {
  const [room, part, ...rest] = name.split('/');
  if (!ROOM_ID.test(room) || rest.length || (part !== undefined && part !== 'inbox')) return undefined;
  return { room, inbox: part === 'inbox' };
}

/**
 * The token a connection presents: the facilitator's secret (with the room's projector key, which
 * the relay keeps a hash of), a participant's own random id, or a projector key (reads the room's
 * projection, like a participant, but sends nothing and needs no identity).
 */
export type RelayToken =
  | { kind: 'facilitator'; secret: string; projector?: string }
  | { kind: 'participant'; id: string }
  | { kind: 'projector'; key: string };

/** The facilitator's token; with `projector`, the relay (re)sets the room's projector key. */
export const facilitatorToken = (secret: string, projector?: string): string =>
  `facilitator.${secret}${projector ? `.${projector}` : ''}`;
export const participantToken = (id: string): string => `participant.${id}`;
export const projectorToken = (key: string): string => `projector.${key}`;

/** Reads a token; undefined when it is none of the forms. */
export function parseToken(token: string): RelayToken | undefined {
  const [kind, value, extra, ...rest] = token.split('.');
  if (
    rest.length ||
    !SECRET.test(value ?? '') ||
    (extra !== undefined && (kind !== 'facilitator' || !SECRET.test(extra)))
  )
    return undefined;
  if (kind === 'facilitator') return extra ? { kind, secret: value, projector: extra } : { kind, secret: value };
  if (kind === 'participant') return { kind, id: value };
  if (kind === 'projector') return { kind, key: value };
  return undefined;
}

/** 128 random bits or more, base64url, from the platform's CSPRNG (browser and Node alike). */
export function randomId(bytes = 18): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** Clients retry a lost relay at most this many ms apart, so a restarted relay is found within seconds. */
export const RECONNECT_MAX_DELAY_MS = 4000;

/** Limits the relay holds to, so that a crowd (or one person with many sockets) cannot flood a room. */
export const LIMITS = {
  /** Characters of an answer, proposal or note. */
  text: 2000,
  /** Characters of a display name. */
  name: 60,
  /** Bytes of one stateless message as received. */
  messageBytes: 8192,
  /** Submissions per participant (their id, and each connection) in any window of `rateWindowMs`. */
  rate: 12,
  /** Submissions from one network address in any window of `rateWindowMs` (phones behind one NAT share it). */
  addressRate: 120,
  rateWindowMs: 60_000,
  /** Participant connections one room holds at once. */
  participantsPerRoom: 300,
  /** Rooms one network address may create in any window of `roomWindowMs`. */
  roomsPerAddress: 20,
  roomWindowMs: 3_600_000,
  /** Submissions one inbox holds. */
  inboxEntries: 2000,
  /** Bytes of one WebSocket frame from anyone (a facilitator resending a whole inbox fits). */
  frameBytes: 4 * 1024 * 1024,
} as const;

/** The relay's limits as numbers (a test or a bench may lower or raise them). */
export type RelayLimits = { -readonly [K in keyof typeof LIMITS]: number };

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be an id of the scenario');
const text = (what: string) =>
  z.string().trim().max(LIMITS.text, `${what} is longer than ${LIMITS.text} characters: shorten it`);

/** One thing a participant sends: an answer to a question, a proposed option (with why), a vote or a note. */
export const submissionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('answer'),
    question: id,
    text: text('The answer').min(1, 'The answer is empty'),
    rationale: text('The rationale').optional(),
  }),
  z.strictObject({
    kind: z.literal('proposal'),
    decision: id,
    option: id,
    rationale: text('The rationale').optional(),
  }),
  z.strictObject({ kind: z.literal('vote'), decision: id, option: id }),
  z.strictObject({ kind: z.literal('note'), text: text('The note').min(1, 'The note is empty') }),
]);
export type SubmissionBody = z.infer<typeof submissionSchema>;

/** Who sent a submission, as the participant gave it when joining. */
export const senderSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'Give a display name')
    .max(LIMITS.name, `The name is longer than ${LIMITS.name} characters`),
  /** A role or team id of the scenario's plan. */
  role: id,
});
export type Sender = z.infer<typeof senderSchema>;

/** Participant → relay: one submission, with the participant's own id for it (resent on reconnect). */
export const submitMessageSchema = z.strictObject({
  type: z.literal('submit'),
  id: z.string().regex(SECRET, 'must be a random submission id'),
  from: senderSchema,
  body: submissionSchema,
});
export type SubmitMessage = z.infer<typeof submitMessageSchema>;

/**
 * Relay → participant: a submission was stored, or refused with a reason to show. A refusal with
 * `retryAfterMs` is for now only (a rate limit): the participant's page keeps it and sends it again then.
 */
export type ReplyMessage =
  { type: 'ack'; id: string } | { type: 'refused'; id?: string; reason: string; retryAfterMs?: number };

/** A submission as the inbox stores it: what was sent, who sent it, and when the relay received it. */
export interface InboxEntry extends SubmitMessage {
  /** The participant's connection id (their token's id), to tell two people of the same name apart. */
  participant: string;
  /** ISO instant the relay stored it. */
  received: string;
}

/** Participant → relay, once joined (and on every reconnect): who is here, for the facilitator's list of who has joined. */
export const helloMessageSchema = z.strictObject({ type: z.literal('hello'), from: senderSchema });
export type HelloMessage = z.infer<typeof helloMessageSchema>;

/** One participant as the relay lists them in the inbox document (written by the relay only). */
export interface RosterEntry {
  name: string;
  role: string;
  /** Whether a connection of theirs is open now. */
  connected: boolean;
  /** ISO instant of their last hello or departure. */
  at: string;
}

/** The inbox document's array of entries. */
export const INBOX_ENTRIES = 'entries';
/** The inbox document's map of participants (participant id → RosterEntry), written by the relay. */
export const ROSTER = 'participants';
/** The room document's map the facilitator publishes into. */
export const PROJECTION = 'projection';
/** The room document's array of submission ids the facilitator's console has received (so a participant sees "seen"). */
export const SEEN = 'seen';

const projectedText = z.string().max(100_000);
/**
 * The projection as the facilitator's console publishes it (engine/projection.ts builds it); the
 * participant and projector pages check what they receive against it before showing anything.
 */
export const participantProjectionSchema = z.object({
  title: projectedText,
  status: z.enum(['ready', 'running', 'paused', 'ended']),
  now: z.number(),
  roles: z.array(z.object({ id: z.string(), name: projectedText })),
  injects: z.array(
    z.object({
      id: z.string(),
      at: z.number(),
      to: z.array(z.string()),
      channel: projectedText,
      from: projectedText,
      subject: projectedText,
      body: projectedText,
    }),
  ),
  decisions: z.array(
    z.object({
      id: z.string(),
      prompt: projectedText,
      owner: z.string(),
      options: z.array(z.object({ id: z.string(), label: projectedText })),
      freeText: z.boolean(),
    }),
  ),
  module: z.object({ id: z.string(), title: projectedText }).nullable(),
  questions: z.array(z.object({ id: z.string(), text: projectedText, roles: z.array(z.string()) })),
  tallies: z.record(z.string(), z.record(z.string(), z.number().int().nonnegative())),
});
export type ProjectionMessage = z.infer<typeof participantProjectionSchema>;

/** Reads a stateless message from a participant: a hello, a submission, or a reason to refuse it in words. */
export function readParticipantMessage(
  payload: string,
): { ok: true; message: SubmitMessage | HelloMessage } | { ok: false; id?: string; reason: string } {
  if (payload.length <= LIMITS.messageBytes && payload.includes('"hello"')) {
    try {
      const hello = helloMessageSchema.safeParse(JSON.parse(payload));
      if (hello.success) return { ok: true, message: hello.data };
    } catch {
      // Not JSON: readSubmit says so.
    }
  }
  return readSubmit(payload);
}

/** Reads a submission from a participant: the message, or a reason to refuse it in words. */
export function readSubmit(
  payload: string,
): { ok: true; message: SubmitMessage } | { ok: false; id?: string; reason: string } {
  if (new TextEncoder().encode(payload).length > LIMITS.messageBytes)
    return { ok: false, reason: `The submission is larger than ${LIMITS.messageBytes / 1024} KB: shorten it` };
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return { ok: false, reason: 'The submission is not readable (not JSON)' };
  }
  const parsed = submitMessageSchema.safeParse(raw);
  if (parsed.success) return { ok: true, message: parsed.data };
  const rawId = (raw as { id?: unknown } | null)?.id;
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    id: typeof rawId === 'string' ? rawId : undefined,
    reason: `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
  };
}
