/**
 * The handbook sidebar, built from the plan: "Start here", "Playbooks", "Roles", "Reference",
 * "Chapters", "Exercises", "Audit". Large groups are collapsed, and a group past `maxLinks` entries links only
 * to its index page so every page's HTML stays small on large plans. Chapters past `maxLinks` come
 * in sections after a link to the chapter index; `page-sidebar.ts` shows each page only its own section.
 */
import type { PlanModel } from '../plan/model.ts';
import { CHAPTERS_GROUP } from './page-sidebar.ts';
import { CHAPTER_INDEX, chapterSections } from './chapter-sections.ts';
import { elementHref } from '../plan/element-kinds.ts';

/** A Starlight sidebar entry (the subset used here). */
export type SidebarEntry =
  | { label: string; link: string; attrs?: Record<string, string> }
  | { label: string; items: SidebarEntry[]; collapsed?: boolean };

/** Options of {@link buildSidebar}. */
export interface SidebarOptions {
  /** Groups with more entries than this start collapsed. Default 8. */
  collapseAbove?: number;
  /** Groups with more entries than this show only their index page. Default 30. */
  maxLinks?: number;
  /** Whether the Contacts page is built (the internal audience). Default true. */
  contacts?: boolean;
}

const group = (label: string, items: SidebarEntry[], collapsed: boolean): SidebarEntry => ({ label, items, collapsed });

/** Builds the sidebar from the plan. */
export function buildSidebar(plan: PlanModel, options: SidebarOptions = {}): SidebarEntry[] {
  const collapseAbove = options.collapseAbove ?? 8;
  const maxLinks = options.maxLinks ?? 30;
  const listed = (label: string, index: string, all: { label: string; link: string }[]): SidebarEntry => {
    const items: SidebarEntry[] =
      all.length > maxLinks
        ? [{ label: `All ${label.toLowerCase()} (${all.length})`, link: index }]
        : [{ label: `All ${label.toLowerCase()}`, link: index }, ...all];
    return group(label, items, all.length > collapseAbove);
  };
  const chapters: SidebarEntry[] = plan.chapters.map((c) => ({ label: c.title, link: `/${c.id}/` }));
  const chapterItems =
    chapters.length > maxLinks
      ? [
          { label: `All chapters (${chapters.length})`, link: CHAPTER_INDEX },
          ...chapterSections(chapters, maxLinks).map((s) => group(s.label, s.chapters, true)),
        ]
      : chapters;
  return [
    group(
      'Start here',
      [
        { label: 'In an incident? Start here', link: '/' },
        { label: 'Severity levels', link: '/severities/' },
      ],
      false,
    ),
    listed(
      'Playbooks',
      '/playbooks/',
      plan.playbooks.map((p) => ({ label: p.name, link: elementHref('playbook', p.id) })),
    ),
    listed(
      'Roles',
      '/roles/',
      plan.roles.map((r) => ({ label: r.name, link: elementHref('role', r.id) })),
    ),
    group(
      'Reference',
      [
        { label: 'Severities', link: '/severities/' },
        { label: 'Escalation', link: '/escalation/' },
        ...(plan.obligations.length ? [{ label: 'Notification obligations', link: '/obligations/' }] : []),
        { label: 'RACI matrix', link: '/raci/' },
        ...(options.contacts === false ? [] : [{ label: 'Contacts', link: '/contacts/' }]),
        { label: 'Templates', link: '/templates/' },
      ],
      false,
    ),
    ...(chapters.length ? [group(CHAPTERS_GROUP, chapterItems, chapters.length > collapseAbove)] : []),
    group('Exercises', [{ label: 'Tabletop exercises', link: '/exercises/' }], false),
    group(
      'Audit',
      [
        { label: 'Audit and document control', link: '/audit/' },
        { label: 'Compliance coverage', link: '/audit/coverage/' },
        { label: 'Print the whole plan', link: '/print/' },
      ],
      true,
    ),
  ];
}
