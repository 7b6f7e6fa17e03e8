/**
 * The two editions of the site and the exercise routes each one gets, written once: the
 * integration injects them (src/integration/drillbook.ts) and the kit server decides from the same
 * list who may open what (src/exercise-kit/access.ts). Pure: no Node, no Astro.
 *
 *   staff  `npm run build`           → dist/           the handbook, the exercise records, how to run an exercise
 *   kit    `npm run build:exercise`  → dist-exercise/  the handbook + console, projector, report, briefings, MSEL, scenario data, join page
 *
 * Under `/exercises/`, whatever is not listed as `public` or `projector` answers only to the
 * facilitator's own machine: a route added here without an access stays private.
 */

/** Which site a build makes. */
export type Edition = 'staff' | 'kit';

/** Who may open a route of the kit when it is served by `npm run exercise`. */
export type Access =
  /** Every device on the network: the join page, the handbook and its assets. */
  | 'public'
  /** The facilitator's machine, or a browser that brought the kit key (the projector link on the room's PC). */
  | 'projector'
  /** The facilitator's machine only: the script (console, briefings, MSEL, scenario data, report). */
  | 'facilitator';

/** One injected route: its URL pattern, its file under src/exercise-kit/pages/, and who may open it. */
export interface KitRoute {
  pattern: string;
  entrypoint: string;
  access: Access;
}

/** The environment variable that makes a build the facilitator kit (`DRILLBOOK_KIT=1`). */
export const KIT_VARIABLE = 'DRILLBOOK_KIT';

/** Output folder of each edition, relative to the project. */
export const OUT_DIRS: Record<Edition, string> = { staff: 'dist', kit: 'dist-exercise' };

/** The edition a build makes: the kit when `DRILLBOOK_KIT` is `1` (or `true`), else the staff handbook. */
export function editionOf(env: Record<string, string | undefined>): Edition {
  return /^(1|true)$/i.test(env[KIT_VARIABLE] ?? '') ? 'kit' : 'staff';
}

/** The routes of each edition; the pages live in src/exercise-kit/pages/. */
export const ROUTES: Record<Edition, readonly KitRoute[]> = {
  staff: [{ pattern: '/exercises', entrypoint: 'staff-index.astro', access: 'public' }],
  kit: [
    { pattern: '/exercises', entrypoint: 'index.astro', access: 'facilitator' },
    { pattern: '/exercises/[id]', entrypoint: '[id].astro', access: 'facilitator' },
    { pattern: '/exercises/run', entrypoint: 'run.astro', access: 'facilitator' },
    { pattern: '/exercises/report', entrypoint: 'report.astro', access: 'facilitator' },
    { pattern: '/exercises/projector', entrypoint: 'projector.astro', access: 'projector' },
    { pattern: '/exercises/join', entrypoint: 'join.astro', access: 'public' },
    // The plan is the handbook's own content: a phone may read it.
    { pattern: '/exercises/data/plan.json', entrypoint: 'data/plan.json.ts', access: 'public' },
    {
      pattern: '/exercises/data/scenarios/[id].json',
      entrypoint: 'data/scenarios/[id].json.ts',
      access: 'facilitator',
    },
    { pattern: '/exercises/data/scenarios/[id].csv', entrypoint: 'data/scenarios/[id].csv.ts', access: 'facilitator' },
  ],
};

/** The address the kit server gives the facilitator's console: network addresses and the kit key. Facilitator only. */
export const KIT_INFO_PATH = '/exercise-kit.json';
/** Where the console tells the kit server the join link of the room it opened (POST). Facilitator only. */
export const KIT_ROOM_PATH = '/_kit/room';
/** The short join address the terminal prints as a QR code: it leads to the room the console opened last. Public. (`_` keeps it off every chapter id.) */
export const KIT_JOIN_PATH = '/_kit/join';

/** The folder whose files are the script unless a route says otherwise. */
const PRIVATE_FOLDER = '/exercises/';

/** Whether the URL path (decoded, no query) is one of `route`'s: `/exercises/run/`, `/exercises/run/index.html`, `/exercises/data/plan.json`. */
function matches(route: KitRoute, path: string): boolean {
  const body = route.pattern
    .split('/')
    .map((segment) =>
      /^\[\w+\]/.test(segment)
        ? segment.replace(/^\[\w+\]/, '[^/]+').replace(/\./g, '\\.')
        : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  const page = !/\.\w+$/.test(route.pattern);
  return new RegExp(page ? `^${body}(?:/|/index\\.html)?$` : `^${body}$`).test(path);
}

/** Who may open a URL path of the kit (decoded, without query): a listed route's access, the script by default under `/exercises/`, public elsewhere. */
export function accessOf(path: string): Access {
  if (path === KIT_INFO_PATH || path === KIT_ROOM_PATH) return 'facilitator';
  if (!path.startsWith(PRIVATE_FOLDER) && path !== PRIVATE_FOLDER.slice(0, -1)) return 'public';
  // The most specific route wins: /exercises/join/ before /exercises/[id]/.
  const found = ROUTES.kit.filter((r) => matches(r, path)).sort((a, b) => specificity(b) - specificity(a))[0];
  return found?.access ?? 'facilitator';
}

/** Fixed segments count more than parameters. */
const specificity = (route: KitRoute) => route.pattern.split('/').filter((s) => s && !s.startsWith('[')).length;
