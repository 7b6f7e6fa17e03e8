/**
 * Who may open what on `npm run exercise`'s port, as one pure decision: the request's path, the
 * address it came from, the machine's own addresses, and the kit key it may carry. Pure (no Node),
 * so a test can ask it as if the request came from a phone.
 *
 *   public       anyone on the network: the handbook, its assets, the join page
 *   projector    the facilitator's machine, or a browser holding the kit key (the room's PC)
 *   facilitator  the facilitator's machine only: loopback, or one of its own addresses
 */
import { accessOf, type Access } from '../relay/kit-routes.ts';

/** What the decision reads of a request. */
export interface AccessRequest {
  /** The URL path, decoded, without query (see {@link normalisePath}). */
  path: string;
  /** The address the request came from (`socket.remoteAddress`), e.g. `192.168.1.31` or `::ffff:127.0.0.1`. */
  remote: string | undefined;
  /** This machine's own addresses (every interface's), so the facilitator may use its network address too. */
  ownAddresses: readonly string[];
  /** Whether the request carries the kit key (query or cookie), checked by the caller. */
  hasKey: boolean;
}

/** The decision: open, or refused with the access the path needs. */
export type AccessDecision = { allowed: true; access: Access } | { allowed: false; access: Exclude<Access, 'public'> };

/** An IPv4 address as Node gives it on a dual-stack socket (`::ffff:10.0.0.2`) without the prefix. */
export const plainAddress = (address: string): string =>
  address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase();

/** Whether an address is this machine by definition: 127.0.0.0/8 or ::1. */
export function isLoopback(address: string): boolean {
  const a = plainAddress(address);
  return a === '::1' || /^127\.\d+\.\d+\.\d+$/.test(a);
}

/** Whether the request comes from the facilitator's own machine. */
export function fromThisMachine(remote: string | undefined, ownAddresses: readonly string[]): boolean {
  if (!remote) return false;
  const a = plainAddress(remote);
  return isLoopback(a) || ownAddresses.some((own) => plainAddress(own) === a);
}

/**
 * A URL path as the decision and the file lookup read it: percent-decoded once, `.` segments and
 * repeated slashes dropped. `undefined` (refused) when it cannot be decoded, holds a NUL or a
 * backslash, or climbs with `..` (browsers resolve `..` before sending; only a crafted request has one).
 * The decision compares it lower-cased: a case-insensitive disk would serve `/Exercises/run/` too.
 */
export function normalisePath(rawPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded)) return undefined;
  const segments = decoded.split('/').slice(1);
  if (segments.includes('..')) return undefined;
  const out = segments.filter((segment) => segment !== '.' && segment !== '');
  const trailing = /\/\.?$/.test(decoded) && out.length > 0 ? '/' : '';
  return `/${out.join('/')}${trailing}`;
}

/** Decides whether a request may open its path. */
export function decideAccess(request: AccessRequest): AccessDecision {
  const access = accessOf(request.path.toLowerCase());
  if (access === 'public') return { allowed: true, access };
  const local = fromThisMachine(request.remote, request.ownAddresses);
  if (local || (access === 'projector' && request.hasKey)) return { allowed: true, access };
  return { allowed: false, access };
}
