/** `chapter-id`: a chapter's file name makes a valid id that does not take the URL of a generated handbook page. */
import { CHAPTERS } from '../schemas/index.ts';
import { HANDBOOK_SECTIONS } from '../../plan/refs.ts';
import type { Rule } from './context.ts';

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

export const chapterId: Rule = {
  id: 'chapter-id',
  severity: 'error',
  description: 'A chapter file name is an id (lower-case letters, digits, hyphens) and does not clash with a generated handbook page.',
  check(ctx) {
    for (const ch of ctx.plan.chapters) {
      const at = { source: ch.source };
      const segments = ch.id.split('/');
      if (!segments.every((s) => SEGMENT.test(s))) {
        const suggested = segments.map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'chapter').join('/');
        ctx.report(at, [], `chapter file name "${ch.id}" is not an id: the handbook uses it as the page URL; rename the file to ${CHAPTERS.folder}/${suggested}.mdx (lower-case letters, digits and hyphens)`);
      } else if ((HANDBOOK_SECTIONS as readonly string[]).includes(segments[0])) {
        ctx.report(at, [], `chapter "${ch.id}" would take the URL /${segments[0]}/ of the generated ${segments[0]} page; rename the file, e.g. ${CHAPTERS.folder}/${segments[0]}-overview.mdx`);
      }
    }
  },
};
