import { describe, expect, it } from 'vitest';
import { CONTROLS_PER_PAGE, controlAnchor, controlHref, coveragePages } from '../../src/handbook/coverage-pages.ts';
import type { CoverageRow, FrameworkCoverage } from '../../src/handbook/coverage.ts';

/** A framework `id` with controls C.1 … C.n. */
function framework(id: string, n: number): FrameworkCoverage {
  const rows = Array.from({ length: n }, (_, i): CoverageRow => ({
    control: `C.${i + 1}`,
    title: `Control ${i + 1}`,
    status: 'covered',
    elements: [],
    unresolved: [],
    inCatalog: true,
    openActions: [],
  }));
  return { id, name: id.toUpperCase(), rows, counts: { covered: n, partial: 0, missing: 0, 'not-applicable': 0 } };
}

describe('a framework’s coverage on pages', () => {
  it('keeps a framework of one page’s worth of controls on one page at the framework’s address', () => {
    const pages = coveragePages(framework('soc2', CONTROLS_PER_PAGE));
    expect(pages.map((p) => [p.href, p.rows.length, p.first, p.last])).toEqual([
      ['/audit/coverage/soc2/', CONTROLS_PER_PAGE, 'C.1', `C.${CONTROLS_PER_PAGE}`],
    ]);
  });

  it('cuts a larger one into pages in the controls’ order, each no longer than the bound', () => {
    const f = framework('csf2', 2 * CONTROLS_PER_PAGE + 3);
    const pages = coveragePages(f);
    expect(pages.map((p) => p.href)).toEqual([
      '/audit/coverage/csf2/',
      '/audit/coverage/csf2/2/',
      '/audit/coverage/csf2/3/',
    ]);
    expect(pages.every((p) => p.rows.length <= CONTROLS_PER_PAGE)).toBe(true);
    expect(pages.flatMap((p) => p.rows)).toEqual(f.rows);
    expect(pages[2]).toMatchObject({ first: `C.${2 * CONTROLS_PER_PAGE + 1}`, last: `C.${2 * CONTROLS_PER_PAGE + 3}` });
  });

  it('gives a framework with no controls one empty page', () => {
    expect(coveragePages(framework('dora', 0)).map((p) => [p.href, p.rows.length])).toEqual([
      ['/audit/coverage/dora/', 0],
    ]);
  });

  it('links a control to the page that shows it, at its row', () => {
    const f = framework('csf2', 2 * CONTROLS_PER_PAGE);
    expect(controlHref(f, 'C.1')).toBe('/audit/coverage/csf2/#control-C.1');
    expect(controlHref(f, `C.${CONTROLS_PER_PAGE + 1}`)).toBe(
      `/audit/coverage/csf2/2/#control-C.${CONTROLS_PER_PAGE + 1}`,
    );
    const page = coveragePages(f).find((p) => p.rows.some((r) => r.control === `C.${CONTROLS_PER_PAGE + 1}`))!;
    expect(controlHref(f, `C.${CONTROLS_PER_PAGE + 1}`).startsWith(page.href)).toBe(true);
  });

  it('writes a control’s anchor with only letters, digits, dots and hyphens', () => {
    expect(controlAnchor('PCI 12.10.1 (a)')).toBe('control-PCI-12.10.1--a-');
  });
});
