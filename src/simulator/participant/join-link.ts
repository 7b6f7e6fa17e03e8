/**
 * The join link: `/exercises/join/?relay=<ws-url>#<room>`, and the projector link:
 * `/exercises/projector/?relay=<ws-url>#<room>.<projector key>`. The room id (and key) are in the
 * fragment, which browsers never send to a server; the relay address is in the query. Pure, shared
 * by the console (which makes the links) and the join and projector pages (which read them).
 */
import { ROOM_ID } from '../../relay/room-id.ts';

export interface JoinTarget {
  relay: string;
  room: string;
}

/** The link participants open, relative to the site's base path. */
export function joinLink(base: string, origin: string, target: JoinTarget): string {
  const url = new URL(`${base.replace(/\/$/, '')}/exercises/join/`, origin);
  url.searchParams.set('relay', target.relay);
  url.hash = target.room;
  return url.href;
}

/** Reads a join link; a reason in words when it is not one. */
export function readJoinLink(href: string): { ok: true; target: JoinTarget } | { ok: false; reason: string } {
  const url = new URL(href);
  const room = url.hash.slice(1);
  const relay = url.searchParams.get('relay') ?? '';
  if (!room)
    return { ok: false, reason: 'This link has no room in it. Open the link or QR code the facilitator shows.' };
  if (!ROOM_ID.test(room))
    return { ok: false, reason: 'This link names no room Drillbook knows: check that it was copied whole.' };
  const checked = relayAddress(relay);
  if (!checked.ok) return { ok: false, reason: `This link has no usable relay address: ${checked.reason}` };
  return { ok: true, target: { relay: checked.url, room } };
}

/** A projector link's target: the room, and the key that lets it read the room's projection. */
export interface ProjectorTarget extends JoinTarget {
  key: string;
}

/** The link the room's screen opens, relative to the site's base path. */
export function projectorLink(base: string, origin: string, target: ProjectorTarget): string {
  const url = new URL(`${base.replace(/\/$/, '')}/exercises/projector/`, origin);
  url.searchParams.set('relay', target.relay);
  url.hash = `${target.room}.${target.key}`;
  return url.href;
}

/** Whether `href` is a projector link (it names a relay) rather than a saved session of this browser. */
export const isProjectorLink = (href: string): boolean => new URL(href).searchParams.has('relay');

/** Reads a projector link; a reason in words when it is not one. */
export function readProjectorLink(href: string): { ok: true; target: ProjectorTarget } | { ok: false; reason: string } {
  const url = new URL(href);
  const [room, key] = url.hash.slice(1).split('.');
  if (!room || !key || !ROOM_ID.test(room) || !ROOM_ID.test(key))
    return {
      ok: false,
      reason: 'This projector link is incomplete: copy it whole from the console’s Participants pane.',
    };
  const checked = relayAddress(url.searchParams.get('relay') ?? '');
  if (!checked.ok) return { ok: false, reason: `This projector link has no usable relay address: ${checked.reason}` };
  return { ok: true, target: { relay: checked.url, room, key } };
}

/** A relay address as a facilitator types it (`ws://host:4444`, `wss://host/`, or `host:4444`). */
export function relayAddress(text: string): { ok: true; url: string } | { ok: false; reason: string } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: 'give the relay address, e.g. ws://192.168.1.20:4444' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `ws://${trimmed}`);
  } catch {
    return { ok: false, reason: `"${trimmed}" is not an address; write it like ws://192.168.1.20:4444` };
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
    return { ok: false, reason: `a relay address starts with ws:// or wss://, not ${url.protocol}//` };
  if (url.username || url.password || url.search || url.hash)
    return { ok: false, reason: 'a relay address has no user name, query or fragment' };
  return { ok: true, url: url.href.replace(/\/$/, '') };
}
