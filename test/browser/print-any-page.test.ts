/**
 * Printing from any page, in Chromium (printed with page.pdf() as the browser prints, read back with
 * pdftotext): a playbook's RACI page keeps every role column, whole, in column groups; a role card
 * fits two A4 pages; the printed footer carries no transient status. On screen at 1366×768 and
 * 390×844 the RACI table scrolls inside itself with its activity column held in view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildRaciMatrix } from '../../src/handbook/raci.ts';
import { sourcePlan } from './handbook-helpers.ts';
import { openSite } from './simulator-helpers.ts';

const plan = sourcePlan();
let site: Awaited<ReturnType<typeof openSite>>;
let dir: string;

beforeAll(async () => {
  site = await openSite();
  dir = mkdtempSync(join(tmpdir(), 'drillbook-print-'));
});
afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The page as the browser prints it (print media, A4), as text, one string per printed page. */
async function printed(page: Page, name: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

describe('printing from any page', () => {
  it("prints every role column of a wide playbook's RACI page, role names whole", async () => {
    const wide = plan.playbooks
      .map((p) => buildRaciMatrix(plan, p.id))
      .sort((a, b) => b.columns.length - a.columns.length)[0]!;
    const playbook = plan.playbooks.find((p) => buildRaciMatrix(plan, p.id).columns.length === wide.columns.length)!;
    expect(wide.columns.length, 'a playbook with more roles than an A4 page holds').toBeGreaterThan(6);
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/raci/${playbook.id}/`);
    await page.locator('raci-table').waitFor();
    const text = (await printed(page, `raci-${playbook.id}`)).join('\n');
    const words = new Set(text.split(/\s+/));
    for (const c of wide.columns)
      expect(
        c.short.split(/\s+/).every((w) => words.has(w)),
        `column ${c.short}`,
      ).toBe(true);
    // In column groups, each named on paper by the roles it holds.
    const groups = text.match(new RegExp(`roles \\d+–\\d+ of ${wide.columns.length}`, 'g')) ?? [];
    expect(groups.length).toBe(Math.ceil(wide.columns.length / 6));
    // The footer's offline status ("Offline copy: saving…") is not printed.
    expect(text).not.toMatch(/Offline copy/);
    await context.close();
  }, 60_000);

  it('prints each role card on at most two A4 pages', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const role of plan.roles) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${site.url}/roles/${role.id}/`);
      const pages = await printed(page, `role-${role.id}`);
      expect(pages.length, `${role.name}`).toBeLessThanOrEqual(2);
    }
    await context.close();
  }, 120_000);

  describe.each([
    { width: 390, height: 844 },
    { width: 1366, height: 768 },
  ])('on screen at $width×$height', (viewport) => {
    it('scrolls the RACI table inside itself, the activity column held in view', async () => {
      const context = await site.browser.newContext({ viewport, serviceWorkers: 'block' });
      const page = await context.newPage();
      const playbook = plan.playbooks[0]!;
      await page.goto(`${site.url}/raci/${playbook.id}/`);
      const scroller = page.locator('raci-table .db-table-scroll');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      const wide = await scroller.evaluate((s) => s.scrollWidth > s.clientWidth);
      if (!wide) return context.close(); // it fits: nothing to hold
      const cell = page.locator('raci-table tbody tr:first-child > th');
      const before = (await cell.boundingBox())!.x;
      await scroller.evaluate((s) => (s.scrollLeft = 400));
      const after = (await cell.boundingBox())!.x;
      expect(Math.abs(after - before)).toBeLessThan(1);
      await context.close();
    });
  });
});
