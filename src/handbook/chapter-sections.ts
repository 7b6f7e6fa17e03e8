/**
 * Long chapter lists in sections: a plan with more chapters than fit in a sidebar lists them in
 * runs of `size` in reading order ("Chapters 31–60"). The sidebar expands only the section of the
 * chapter being read and links the others to their place on the chapter index page (/chapters/),
 * so a page's HTML does not grow with the number of chapters.
 *
 *   plan.chapters (reading order) ──chapterSections──▶ [{ label, anchor, chapters }] (one section when short)
 */
import { runs, runSlug } from '../plan/runs.ts';

/** Where every chapter is listed in reading order, by section. */
export const CHAPTER_INDEX = '/chapters/';
/** Chapters per sidebar section (and the most a sidebar lists without sections). Default of {@link chapterSections}. */
export const CHAPTERS_PER_SECTION = 30;

/** A run of chapters in reading order. */
export interface ChapterSection<T> {
  /** "Chapters 31–60". */
  label: string;
  /** Id of the section's heading on the chapter index page, e.g. `chapters-31-60`. */
  anchor: string;
  chapters: T[];
}

/** The anchor of the section labelled `label` ("Chapters 31–60" → `chapters-31-60`). */
export const sectionAnchor = runSlug;

/** `chapters` in runs of `size`; one section (all of them) when they fit in one. */
export function chapterSections<T>(chapters: readonly T[], size = CHAPTERS_PER_SECTION): ChapterSection<T>[] {
  return runs(chapters, size, 'Chapters', 'Chapter').map((r) => ({
    label: r.label,
    anchor: r.slug,
    chapters: r.items,
  }));
}
