/**
 * The addresses phones can reach, for the console's join link and relay address. Served by
 * `npm run exercise`, the console asks the kit server (`/exercise-kit.json`, answered to the
 * facilitator's machine only) for the machine's network address, so a console opened at
 * http://127.0.0.1:4444 still gives phones http://192.168.1.20:4444/…; on any other server it keeps
 * the page's own origin and the relay's default port. Whatever the result, a link or relay address
 * on a loopback host is named in a warning: no phone can open it. Browser code, no Node.
 */
import type { KitInfo } from '../relay/kit-info.ts';
import { KIT_INFO_PATH, KIT_ROOM_PATH } from '../relay/kit-routes.ts';

/** The parts of `location` read here. */
export interface PageLocation {
  origin: string;
  host: string;
  hostname: string;
}

/** The port `npm run relay` and `npm run exercise` listen on by default. */
const DEFAULT_RELAY_PORT = 4444;

let asked: Promise<KitInfo | undefined> | undefined;

/** What the kit server says, once per page; `undefined` when the console is not served by `npm run exercise`. */
export function kitInfo(fetcher: typeof fetch = fetch): Promise<KitInfo | undefined> {
  asked ??= fetcher(KIT_INFO_PATH, { cache: 'no-store' })
    .then(async (response) => {
      if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) return undefined;
      const info = (await response.json()) as Partial<KitInfo>;
      return typeof info.joinOrigin === 'string' && typeof info.relay === 'string' ? (info as KitInfo) : undefined;
    })
    .catch(() => undefined);
  return asked;
}

/** Whether a host name is this computer itself (`localhost`, 127.x.x.x, ::1, 0.0.0.0). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    host === '0.0.0.0' ||
    /^127\.\d+\.\d+\.\d+$/.test(host)
  );
}

/** The origin of the join link: the kit's network address when the console is on a loopback address, else the page's own. */
export function joinOrigin(page: PageLocation, info: KitInfo | undefined): string {
  return info && isLoopbackHost(page.hostname) ? info.joinOrigin : page.origin;
}

/** The relay address the console proposes: the kit's own port (pages and relay share it), else the page's host on the relay's default port. */
export function proposedRelay(page: PageLocation, info: KitInfo | undefined): string {
  if (info) return isLoopbackHost(page.hostname) ? info.relay : `ws://${page.host}`;
  return `ws://${page.hostname || '127.0.0.1'}:${DEFAULT_RELAY_PORT}`;
}

/** A sentence warning that phones cannot reach the join link or the relay, or `undefined` when both are on network addresses. */
export function loopbackWarning(link: string, relay: string): string | undefined {
  const hostOf = (url: string) => {
    try {
      return new URL(url).hostname;
    } catch {
      return '';
    }
  };
  const linkHost = hostOf(link);
  const relayHost = hostOf(relay);
  const local = [
    isLoopbackHost(linkHost) && `the join link (${linkHost})`,
    isLoopbackHost(relayHost) && `the relay address (${relayHost})`,
  ].filter(Boolean);
  if (!local.length) return undefined;
  return `Phones cannot reach ${local.join(' or ')}: it is this computer's own address. Run the session with npm run exercise and give the relay address it prints, or open the console at this computer's network address.`;
}

/**
 * A link another computer of the room may open to a page for the projector (`/exercises/projector/…`):
 * on the kit's network address, carrying the kit key the server swaps for a cookie. Unchanged
 * without a kit server (the page then only works in this browser).
 */
export function projectorLink(href: string, page: PageLocation, info: KitInfo | undefined): string {
  if (!info) return href;
  const url = new URL(href, page.origin);
  const link = new URL(`${url.pathname}${url.search}${url.hash}`, joinOrigin(page, info));
  link.searchParams.set('key', info.projectorKey);
  return link.href;
}

/** Tells the kit server the join link just made, so its short join address (the QR code in the terminal) leads to this room; ignored elsewhere. */
export function announceRoom(link: string, fetcher: typeof fetch = fetch): Promise<void> {
  return fetcher(KIT_ROOM_PATH, { method: 'POST', body: link, headers: { 'content-type': 'text/plain' } }).then(
    () => undefined,
    () => undefined,
  );
}
