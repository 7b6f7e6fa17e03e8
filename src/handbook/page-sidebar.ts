/**
 * The sidebar one page renders. Starlight writes the whole sidebar into every page, so a plan with
 * hundreds of chapters would put hundreds of links on every page. The Chapters group of a long plan
 * comes in sections (chapter-sections.ts): a chapter page expands its own section and shows every
 * other section as one link to its place on the chapter index; any other page shows only the link
 * to the index. A flat list longer than `maxLinks` becomes that one link too.
 * Pure: `sidebar-middleware.ts` applies it to Starlight's route data.
 */
import { CHAPTER_INDEX, CHAPTERS_PER_SECTION, sectionAnchor } from './chapter-sections.ts';

/** A resolved Starlight sidebar entry (the subset used here). */
export type PageSidebarEntry =
  | { type: 'link'; label: string; href: string; isCurrent: boolean; badge: unknown; attrs: Record<string, unknown> }
  | { type: 'group'; label: string; entries: PageSidebarEntry[]; collapsed: boolean; badge: unknown };

/** Label of the sidebar group holding the chapters (see `buildSidebar`). */
export const CHAPTERS_GROUP = 'Chapters';

const holdsCurrent = (entry: PageSidebarEntry): boolean =>
  entry.type === 'link' ? entry.isCurrent : entry.entries.some(holdsCurrent);

const link = (label: string, href: string): PageSidebarEntry => ({
  type: 'link',
  label,
  href,
  isCurrent: false,
  badge: undefined,
  attrs: {},
});

/** `sidebar` with the Chapters group cut down to what this page needs (see the module comment). */
export function compactSidebar(sidebar: PageSidebarEntry[], maxLinks = CHAPTERS_PER_SECTION): PageSidebarEntry[] {
  return sidebar.map((entry) => {
    if (entry.type !== 'group' || entry.label !== CHAPTERS_GROUP) return entry;
    const sections = entry.entries.filter((e) => e.type === 'group');
    if (!sections.length) {
      if (entry.entries.length <= maxLinks || holdsCurrent(entry)) return entry;
      return { ...entry, entries: [link(`All chapters (${entry.entries.length})`, CHAPTER_INDEX)] };
    }
    const current = sections.find(holdsCurrent);
    if (!current) return { ...entry, entries: entry.entries.filter((e) => e.type === 'link') };
    const entries = entry.entries.map((e) =>
      e.type === 'link'
        ? e
        : e === current
          ? { ...e, collapsed: false }
          : link(e.label, `${CHAPTER_INDEX}#${sectionAnchor(e.label)}`),
    );
    return { ...entry, collapsed: false, entries };
  });
}
