/**
 * The contacts directory: every person by name, on /contacts/ itself while they fit, else on pages
 * of {@link PEOPLE_PER_PAGE} (`/contacts/people-41-80/`) that /contacts/ links, so that no page
 * grows with the number of people. Which page lists a person depends on the plan, so a person's
 * handbook address comes from {@link personHref}, the one place that knows it. Pure.
 *
 *   plan.people ──byName──▶ runs of 40 ──▶ [{ label: 'People 1–40', path: '/contacts/people-1-40/', people }]
 *                                          (none while every person fits on /contacts/)
 */
import type { PlanModel } from './model.ts';
import { ELEMENT_KINDS } from './element-kinds.ts';
import { runs } from './runs.ts';

/** The contacts page. */
export const CONTACTS = '/contacts/';
/** People per directory page, and the most /contacts/ lists itself. */
export const PEOPLE_PER_PAGE = 40;

type Person = PlanModel['people'][number];

/** One page of the directory. */
export interface DirectoryPage {
  /** "People 41–80". */
  label: string;
  /** `/contacts/people-41-80/`. */
  path: string;
  /** Its people, by name. */
  people: Person[];
}

/** `people` in directory order: by name as a reader sorts them (case and accents aside, "Person 2" before "Person 10"), then by id. */
export function byName(people: readonly Person[]): Person[] {
  return [...people].sort(
    (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true }) || (a.id < b.id ? -1 : 1),
  );
}

/** The directory's pages: none while every person fits on /contacts/. */
export function directoryPages(people: readonly Person[], size = PEOPLE_PER_PAGE): DirectoryPage[] {
  if (people.length <= size) return [];
  return runs(byName(people), size, 'People', 'Person').map((r) => ({
    label: r.label,
    path: `${CONTACTS}${r.slug}/`,
    people: r.items,
  }));
}

const paged = new WeakMap<readonly Person[], Map<string, string>>();

/** The handbook address of person `id`: their entry on /contacts/ or on the directory page that lists them. */
export function personHref(plan: Pick<PlanModel, 'people'>, id: string): string {
  let hrefs = paged.get(plan.people);
  if (!hrefs) {
    hrefs = new Map(
      directoryPages(plan.people).flatMap((page) =>
        page.people.map((p) => [p.id, `${page.path}#${ELEMENT_KINDS.person.anchor!(p.id)}`] as const),
      ),
    );
    paged.set(plan.people, hrefs);
  }
  return hrefs.get(id) ?? ELEMENT_KINDS.person.href(id);
}
