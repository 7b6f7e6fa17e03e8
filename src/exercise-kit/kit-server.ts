/**
 * `npm run exercise`'s server: the built kit's pages and the participants relay on one port. An
 * HTTP request is a page (this module, through the relay's `onRequest` hook); a WebSocket upgrade
 * is the relay. Node only.
 *
 *   GET /path[?key=K]  ──normalisePath──▶ decideAccess(path, remote, own addresses, key) ──▶ file | 403 | 404
 *   GET /exercise-kit.json (facilitator only) ──▶ { addresses, joinOrigin, relay, projectorKey }
 *   POST /_kit/room (facilitator only) ◀── the console's latest join link;  GET /_kit/join ──▶ 303 to it
 *   Upgrade            ──▶ the relay (src/relay/server.ts)
 *
 * A `?key=` equal to the kit key is swapped for a cookie and the address bar cleaned by a redirect,
 * so the key is not shown on the projected screen.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { realpathSync } from 'node:fs';
import type { Extension } from '@hocuspocus/server';
import { startRelay, type Relay, type RelayOptions } from '../relay/server.ts';
import { decideAccess, normalisePath } from './access.ts';
import { lookUp, sendFile, sendPlain } from './static-files.ts';
import { KIT_INFO_PATH, KIT_JOIN_PATH, KIT_ROOM_PATH } from '../relay/kit-routes.ts';
import { kitInfo, type KitInfo } from '../relay/kit-info.ts';
import { joinLocation, MAX_ANNOUNCEMENT, readAnnouncement } from './join-room.ts';
import type { JoinTarget } from '../simulator/participant/join-link.ts';

/** The cookie a projector link leaves in the room PC's browser. */
export const KEY_COOKIE = 'drillbook-kit';

/** Settings of {@link startKit}; the relay's own settings pass through. */
export interface KitOptions extends Omit<RelayOptions, 'extensions'> {
  /** The built kit (`dist-exercise/`). */
  root: string;
  /** The kit key: a projector link carries it (`?key=`). */
  key: string;
  /** This machine's addresses, read on every request (Wi-Fi may change). */
  ownAddresses: () => string[];
  /** The addresses phones can reach, best first (see addresses.ts). */
  reachableAddresses: () => string[];
}

/** A running kit: the relay, and the port both answer on. */
export interface Kit {
  relay: Relay;
  port: number;
  close(): Promise<void>;
}

/** Serves the kit's pages and the relay on one port; resolves once it listens. */
export async function startKit(options: KitOptions): Promise<Kit> {
  const { root, key, ownAddresses, reachableAddresses, ...relayOptions } = options;
  let port = 0;
  const handle = kitRequestHandler({
    root: realpathSync(root),
    key,
    ownAddresses,
    info: () => kitInfo(reachableAddresses(), port, key),
  });
  const pages: Extension = {
    extensionName: 'exercise-kit-pages',
    async onRequest({ request, response }) {
      handle(request, response);
      // An empty rejection tells Hocuspocus the request is answered (its default is a plain "Welcome").
      throw undefined;
    },
  };
  const relay = await startRelay({ ...relayOptions, extensions: [pages] });
  port = relay.server.address.port;
  return { relay, port, close: () => relay.close() };
}

/** What the request handler needs. */
export interface HandlerOptions {
  /** Real path of the built kit. */
  root: string;
  key: string;
  ownAddresses: () => string[];
  info: () => KitInfo;
}

/** The handler's state: the room the console announced last. */
interface HandlerState extends HandlerOptions {
  room?: JoinTarget;
}

/** The HTTP side of the kit: never throws; every answer is a file, a redirect or a short page. */
export function kitRequestHandler(
  options: HandlerOptions,
): (request: IncomingMessage, response: ServerResponse) => void {
  const state: HandlerState = { ...options };
  return (request, response) => {
    try {
      answer(state, request, response);
    } catch {
      if (!response.headersSent)
        sendPlain(
          response,
          500,
          'Something went wrong',
          '<p>The exercise kit could not read this file. Try again.</p>',
        );
      else response.destroy();
    }
  };
}

function answer(state: HandlerState, request: IncomingMessage, response: ServerResponse): void {
  const { root, key, ownAddresses, info } = state;
  const head = request.method === 'HEAD';
  const url = new URL(request.url ?? '/', 'http://kit.invalid');
  const path = normalisePath(url.pathname);
  const post = request.method === 'POST' && path === KIT_ROOM_PATH;
  if (request.method !== 'GET' && !head && !post)
    return sendPlain(response, 405, 'Not allowed', '<p>The exercise kit only serves pages.</p>', {
      allow: 'GET, HEAD',
    });
  if (!path) return sendPlain(response, 400, 'Bad request', '<p>This address cannot name a page of the handbook.</p>');
  const given = url.searchParams.get('key');
  if (given !== null && sameKey(given, key)) {
    url.searchParams.delete('key');
    response.writeHead(303, {
      location: `${encodeURI(path)}${url.search}`,
      'set-cookie': `${KEY_COOKIE}=${key}; Path=/; HttpOnly; SameSite=Lax`,
      'cache-control': 'no-store',
    });
    return void response.end();
  }
  const hasKey = sameKey(cookie(request.headers.cookie, KEY_COOKIE) ?? '', key);
  const decision = decideAccess({ path, remote: request.socket.remoteAddress, ownAddresses: ownAddresses(), hasKey });
  if (!decision.allowed) return refuse(response, decision.access);
  if (post) return announce(state, request, response);
  if (path === KIT_JOIN_PATH) return sendJoin(state.room, response);
  if (path === KIT_INFO_PATH) {
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    return void response.end(head ? undefined : JSON.stringify(info()));
  }
  const found = lookUp(root, path);
  if (found.kind === 'redirect') {
    response.writeHead(301, { location: `${encodeURI(found.location)}${url.search}` });
    return void response.end();
  }
  if (found.kind === 'file') return sendFile(response, found.file, 200, head);
  const notFound = lookUp(root, '/404.html');
  if (notFound.kind === 'file') return sendFile(response, notFound.file, 404, head);
  sendPlain(response, 404, 'Not found', '<p>There is no such page. <a href="/">The handbook</a>.</p>');
}

/** Reads the console's announcement of the room it opened; 204 when kept, 400 when it is no join link. */
function announce(state: HandlerState, request: IncomingMessage, response: ServerResponse): void {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk: string) => {
    body += chunk;
    if (body.length > MAX_ANNOUNCEMENT) request.destroy();
  });
  request.on('end', () => {
    const target = readAnnouncement(body);
    if (!target) return sendPlain(response, 400, 'Not a join link', '<p>The console sends the join link it shows.</p>');
    state.room = target;
    response.writeHead(204, { 'cache-control': 'no-store' });
    response.end();
  });
}

/** The short join address: on to the latest room, or a page that looks again until the facilitator opens one. */
function sendJoin(room: JoinTarget | undefined, response: ServerResponse): void {
  if (room) {
    response.writeHead(303, { location: joinLocation(room), 'cache-control': 'no-store' });
    return void response.end();
  }
  sendPlain(
    response,
    200,
    'Waiting for the facilitator',
    '<p>No exercise room is open yet. This page looks again every 5 seconds; keep it open.</p><p>Meanwhile, the <a href="/">handbook</a> is here.</p>',
    {
      refresh: '5',
    },
  );
}

/** The 403 page: what this is, and where a participant goes instead. */
function refuse(response: ServerResponse, access: 'projector' | 'facilitator'): void {
  const projector =
    access === 'projector'
      ? ' The projector opens on another computer from the projector link the facilitator gives.'
      : '';
  sendPlain(
    response,
    403,
    'For the facilitator only',
    `<p>This page belongs to the exercise's script, which opens only on the facilitator's own computer.${projector}</p>` +
      '<p>To take part, open the join link or scan the QR code the facilitator shows. The <a href="/">handbook</a> is open to everyone.</p>',
  );
}

/** Compares two keys in constant time. */
function sameKey(given: string, key: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(key);
  return a.length === b.length && key.length > 0 && timingSafeEqual(a, b);
}

/** One cookie's value from a `Cookie` header. */
function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}
