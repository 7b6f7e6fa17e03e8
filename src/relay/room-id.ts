/**
 * What a room id looks like: at least 128 random bits, base64url (22 characters carry 132 bits). A
 * leaf of its own, so a page that only reads a join or projector link does not load the protocol's
 * zod schemas (protocol.ts) to check it.
 */
export const ROOM_ID = /^[A-Za-z0-9_-]{22,64}$/;
