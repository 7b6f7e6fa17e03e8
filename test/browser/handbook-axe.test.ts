/** Every handbook page type passes axe-core in Chromium with no violations, and works from the keyboard. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser, serveStatic } from './harness.ts';
import { DIST, pageTypes, sourcePlan } from './handbook-helpers.ts';

const types = pageTypes(sourcePlan());
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('axe', () => {
  for (const [type, path] of Object.entries(types)) {
    it(`finds no violations on the ${type} page`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      const { violations } = await new AxeBuilder({ page }).analyze();
      await context.close();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    }, 180_000); // the print page is the whole plan: axe takes a minute on a busy 2-core machine
  }
});

describe('keyboard', () => {
  it('reaches and ticks a playbook checklist item with Tab and Space', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${types.playbook}`);
    const box = page.locator('.db-checklist input[type=checkbox]').first();
    for (let i = 0; i < 200 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await page.close();
  });
});
