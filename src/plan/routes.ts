/**
 * The URLs the handbook generates by itself, as names taken in each folder of the site: the pages in
 * src/pages/ and the exercise kit's (src/relay/kit-routes.ts), the files in public/, and what Astro, Starlight, Pagefind and the offline integration
 * write into `dist/`. An id that becomes a URL segment (a chapter at `/<id>/`, a scenario at
 * `/exercises/<id>/`) must not take one of these names, or it would replace that page or file.
 * Tests compare this list with src/pages/, the kit's routes, public/ and the built `dist/` and `dist-exercise/`.
 *
 *   RESERVED_NAMES['/']            chapters' folder: /<chapter-id>/
 *   RESERVED_NAMES['/exercises/']  scenarios' folder: /exercises/<scenario-id>/
 */

/** Names the handbook itself uses, by folder (URL path ending in `/`). */
export const RESERVED_NAMES = {
  '/': [
    // src/pages/
    'audit',
    'chapters',
    'contacts',
    'escalation',
    'exercises',
    'obligations',
    'playbooks',
    'print',
    'raci',
    'roles',
    'severities',
    'templates',
    // public/
    'schemas',
    'favicon.svg',
    // Astro and Starlight: the home page (index.html), the not-found page (Starlight's, made in src/pages/404.astro), the bundled assets
    'index',
    '404',
    '_astro',
    // Pagefind's search index; the offline integration's service worker
    'pagefind',
    'sw.js',
  ],
  '/exercises/': ['index', 'run', 'projector', 'report', 'data', 'join'],
} as const satisfies Record<string, readonly string[]>;

/** A folder of the site in which ids become URL segments. */
export type RouteFolder = keyof typeof RESERVED_NAMES;

/** The longest id that becomes a URL segment (file systems refuse names over 255 bytes; a URL is read and typed by people). */
export const MAX_ID_LENGTH = 64;

/**
 * Whether `name` is taken by the handbook in `folder`. `index` is taken in every folder: an
 * `index` page is the folder's own page.
 */
export function isReservedName(folder: RouteFolder, name: string): boolean {
  return name === 'index' || (RESERVED_NAMES[folder] as readonly string[]).includes(name);
}
