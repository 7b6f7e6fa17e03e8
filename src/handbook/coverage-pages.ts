/**
 * A framework's coverage on pages of at most CONTROLS_PER_PAGE controls. A framework's page grows
 * with its controls (CSF 2.0 alone has over a hundred), so a framework the plan answers to in full
 * is cut into pages in the catalog's order: the first at /audit/coverage/<framework>/, the next at
 * /audit/coverage/<framework>/2/ and so on. Each control keeps its anchor, and links to a control
 * go through {@link controlHref}, which knows its page.
 */
import type { CoverageRow, FrameworkCoverage } from './coverage.ts';

/** Controls on one coverage page: about 1 KB of HTML each, so a page stays well under 60 KB. */
export const CONTROLS_PER_PAGE = 25;

/** One page of a framework's coverage. */
export interface CoveragePage {
  /** 1 for the framework's first page. */
  number: number;
  /** The page's address, `/audit/coverage/csf2/` or `/audit/coverage/csf2/2/`. */
  href: string;
  rows: CoverageRow[];
  /** The first and last control on the page, as their ids. */
  first: string;
  last: string;
}

/** The address of page `number` of framework `id`. */
const pageHref = (id: string, number: number) => `/audit/coverage/${id}/${number > 1 ? `${number}/` : ''}`;

/** The framework's controls cut into pages, in their order; a framework with no controls has one empty page. */
export function coveragePages(f: FrameworkCoverage, size = CONTROLS_PER_PAGE): CoveragePage[] {
  const pages: CoveragePage[] = [];
  for (let i = 0; i === 0 || i < f.rows.length; i += size) {
    const rows = f.rows.slice(i, i + size);
    const number = pages.length + 1;
    pages.push({
      number,
      href: pageHref(f.id, number),
      rows,
      first: rows[0]?.control ?? '',
      last: rows.at(-1)?.control ?? '',
    });
  }
  return pages;
}

/** The id of a control's row: `control-` and the control with anything but letters, digits, `.` and `-` as `-`. */
export function controlAnchor(control: string): string {
  return `control-${control.replace(/[^A-Za-z0-9.-]/g, '-')}`;
}

/** The link to `control`'s row on its framework's coverage pages. */
export function controlHref(f: FrameworkCoverage, control: string, size = CONTROLS_PER_PAGE): string {
  const index = f.rows.findIndex((r) => r.control === control);
  return `${pageHref(f.id, index < 0 ? 1 : Math.floor(index / size) + 1)}#${controlAnchor(control)}`;
}
