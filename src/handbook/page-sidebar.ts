/**
 * The sidebar one page renders. Starlight writes the whole sidebar into every page, so a plan with
 * hundreds of chapters would put hundreds of links on every playbook and role page. A chapter page
 * keeps the full chapter list (it is where readers move between chapters); every other page shows
 * the Chapters group as one link to the home page's chapter list once it has more than `maxLinks`.
 * Pure: `sidebar-middleware.ts` applies it to Starlight's route data.
 */

/** A resolved Starlight sidebar entry (the subset used here). */
export type PageSidebarEntry =
  | { type: 'link'; label: string; href: string; isCurrent: boolean; badge: unknown; attrs: Record<string, unknown> }
  | { type: 'group'; label: string; entries: PageSidebarEntry[]; collapsed: boolean; badge: unknown };

/** Label of the sidebar group holding the chapters (see `buildSidebar`). */
export const CHAPTERS_GROUP = 'Chapters';
/** Where every chapter is listed in reading order: the home page's "The plan" section. */
export const CHAPTER_INDEX = '/#plan';

const holdsCurrent = (entry: PageSidebarEntry): boolean =>
  entry.type === 'link' ? entry.isCurrent : entry.entries.some(holdsCurrent);

/** `sidebar` with the Chapters group shortened to one link unless the page is a chapter or the group is short. */
export function compactSidebar(sidebar: PageSidebarEntry[], maxLinks = 30): PageSidebarEntry[] {
  return sidebar.map((entry) => {
    if (entry.type !== 'group' || entry.label !== CHAPTERS_GROUP || entry.entries.length <= maxLinks || holdsCurrent(entry)) return entry;
    const all = { type: 'link' as const, label: `All chapters (${entry.entries.length})`, href: CHAPTER_INDEX, isCurrent: false, badge: undefined, attrs: {} };
    return { ...entry, entries: [all] };
  });
}
