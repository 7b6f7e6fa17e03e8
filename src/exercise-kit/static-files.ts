/**
 * The kit's pages as files: a URL path (already normalised and allowed, see access.ts) to a file of
 * the built kit, never outside it, with its content type. Node only.
 *
 *   /exercises/join/        → <root>/exercises/join/index.html
 *   /exercises/join         → redirect to /exercises/join/ (pages link with a trailing slash)
 *   /pagefind/x.pf_fragment → the file as Pagefind wrote it (gzip bytes, served as they are)
 *   anything else           → <root>/404.html with status 404
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** Content types by extension; anything else is served as bytes. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.sha256': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** The content type a file is served with. */
export const contentType = (file: string): string => TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** What a path names in the kit: a file, a folder to redirect to with a slash, or nothing. */
export type Lookup = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

/** Finds the file a normalised URL path names under `root` (a real path); never a file outside it, through `..` or a link. */
export function lookUp(root: string, path: string): Lookup {
  const target = resolve(root, `.${path}`);
  if (target !== root && !target.startsWith(root + sep)) return { kind: 'missing' };
  const stat = statSync(target, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    if (!path.endsWith('/')) return { kind: 'redirect', location: `${path}/` };
    return inside(root, join(target, 'index.html'));
  }
  return stat?.isFile() ? inside(root, target) : { kind: 'missing' };
}

/** The file if it exists and its real path (links followed) is still under `root`. */
function inside(root: string, file: string): Lookup {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return { kind: 'missing' };
  }
  return real.startsWith(root + sep) && statSync(real).isFile() ? { kind: 'file', file: real } : { kind: 'missing' };
}

/** Sends a file: its type, no sniffing, revalidated on every load so a rebuilt kit is seen at once. */
export function sendFile(response: ServerResponse, file: string, status = 200, head = false): void {
  response.writeHead(status, {
    'content-type': contentType(file),
    'content-length': statSync(file).size,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (head) response.end();
  else
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
}

/** Sends a short page of plain words (403, 400, 405, 500): no input of the request is echoed. */
export function sendPlain(
  response: ServerResponse,
  status: number,
  title: string,
  text: string,
  headers: Record<string, string> = {},
): void {
  const body = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><body style="font:1.1rem/1.5 system-ui,sans-serif;max-width:38rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1>${text}</body></html>`;
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(body);
}
