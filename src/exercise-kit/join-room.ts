/**
 * The room the short join address leads to. The console announces each join link it makes
 * (`POST /_kit/room`, from the facilitator's machine only); `GET /_kit/join` sends a phone on to the
 * latest one, or says that no room is open yet and looks again every few seconds. Pure.
 */
import { readJoinLink, type JoinTarget } from '../simulator/participant/join-link.ts';

/** The longest announcement read: a join link is a few hundred characters. */
export const MAX_ANNOUNCEMENT = 2048;

/** The room an announcement names: a whole join link to this kit's join page; `undefined` when it is not one. */
export function readAnnouncement(body: string): JoinTarget | undefined {
  if (body.length > MAX_ANNOUNCEMENT) return undefined;
  let url: URL;
  try {
    url = new URL(body.trim());
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/exercises/join/') return undefined;
  const read = readJoinLink(url.href);
  return read.ok ? read.target : undefined;
}

/** Where the short join address sends a phone: the join page, on this server, for the room. */
export function joinLocation(target: JoinTarget): string {
  return `/exercises/join/?relay=${encodeURIComponent(target.relay)}#${target.room}`;
}
