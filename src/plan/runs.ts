/**
 * A long list in runs of a fixed size, each labelled by its positions ("Chapters 31–60",
 * "People 41–80") with an id-safe slug of that label. The handbook's long lists use it so that no
 * page grows with the plan: the sidebar's chapter sections (handbook/chapter-sections.ts) and the
 * contacts directory's pages (plan/directory.ts). Pure.
 *
 *   runs([a…z], 10, 'Items') ──▶ [{ label: 'Items 1–10', slug: 'items-1-10', items }, …, { label: 'Items 21–26', … }]
 */

/** A run of items, in list order. */
export interface Run<T> {
  /** "Chapters 31–60"; "Chapter 61" for a run of one. */
  label: string;
  /** The label as an id or URL segment: `chapters-31-60`. */
  slug: string;
  items: T[];
}

/** The slug of a run's label ("Chapters 31–60" → `chapters-31-60`). */
export const runSlug = (label: string): string => label.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * `items` in runs of `size`, labelled with `plural` (and `singular` for a run of one); one run
 * holding every item when they fit in one, none when there are none.
 */
export function runs<T>(items: readonly T[], size: number, plural: string, singular: string): Run<T>[] {
  const out: Run<T>[] = [];
  for (let start = 0; start < items.length; start += size) {
    const end = Math.min(items.length, start + size);
    const label = end > start + 1 ? `${plural} ${start + 1}–${end}` : `${singular} ${end}`;
    out.push({ label, slug: runSlug(label), items: items.slice(start, end) });
  }
  return out;
}
