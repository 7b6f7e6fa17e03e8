/**
 * `chapter-id`: a chapter's file name makes a valid id, short enough for a URL, that does not take
 * the URL of a page or file the handbook generates itself (src/plan/routes.ts).
 */
import { CHAPTERS } from '../file-kinds.ts';
import { isReservedName, MAX_ID_LENGTH } from '../../plan/routes.ts';
import type { Rule } from './context.ts';
import { idFrom } from '../suggest.ts';

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

/** The id a file name would have as lower-case letters, digits and hyphens: `Über uns` → `uber-uns`. */
export function suggestId(name: string): string {
  return idFrom(name) || 'chapter';
}

export const chapterId: Rule = {
  id: 'chapter-id',
  severity: 'error',
  description: `A chapter file name is an id of at most ${MAX_ID_LENGTH} characters and does not take the URL of a page or file the handbook generates (index, 404, pagefind, roles, ...).`,
  check(ctx) {
    for (const ch of ctx.plan.chapters) {
      const at = { source: ch.source };
      const segments = ch.id.split('/');
      const reserved = segments.findIndex((s, i) => (i === 0 ? isReservedName('/', s) : s === 'index'));
      if (!segments.every((s) => SEGMENT.test(s))) {
        const ids = segments.map(suggestId);
        if (isReservedName('/', ids[0])) ids[0] = freeName(ids[0]); // `Roles.mdx` must not be told to become roles.mdx
        const suggested = ids.join('/');
        ctx.report(
          at,
          [],
          `chapter file name "${ch.id}" is not an id: the handbook uses it as the page URL; rename the file to ${CHAPTERS.folder}/${suggested}.mdx (lower-case letters, digits and hyphens)`,
        );
      } else if (segments.some((s) => s.length > MAX_ID_LENGTH)) {
        const long = segments.find((s) => s.length > MAX_ID_LENGTH)!;
        ctx.report(
          at,
          [],
          `chapter file name "${long.slice(0, 20)}…" is ${long.length} characters long; the handbook uses it as the page URL, so keep it to ${MAX_ID_LENGTH}: rename the file to ${CHAPTERS.folder}/${[...segments.slice(0, -1), suggestId(long)].join('/')}.mdx or shorter`,
        );
      } else if (reserved === 0) {
        const name = segments[0];
        ctx.report(
          at,
          [],
          `chapter "${ch.id}" would take the URL ${name === 'index' ? '/' : `/${name}/`} of ${describe(name)}; rename the file, e.g. ${CHAPTERS.folder}/${freeName(name)}.mdx`,
        );
      } else if (reserved > 0) {
        const folder = segments.slice(0, reserved).join('/');
        ctx.report(
          at,
          [],
          `chapter "${ch.id}" would take the URL /${folder}/ of chapter folder "${folder}" (an index file is the folder's own page); rename the file, e.g. ${CHAPTERS.folder}/${folder}/overview.mdx`,
        );
      }
    }
  },
};

/** A chapter name like `name` that the handbook does not use itself. */
function freeName(name: string): string {
  return name === 'index' ? 'introduction' : `${name.replace(/\./g, '-')}-overview`;
}

/** What the handbook publishes at `/<name>/`, in a message. */
function describe(name: string): string {
  switch (name) {
    case 'index':
      return 'the home page';
    case '404':
      return 'the "page not found" page';
    case 'pagefind':
      return 'the search index';
    case '_astro':
      return "the site's scripts and styles";
    case 'sw.js':
      return 'the offline service worker';
    case 'schemas':
      return 'the JSON Schemas of the plan files';
    default:
      return `the generated ${name} page`;
  }
}
