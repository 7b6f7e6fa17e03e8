/**
 * Every handbook page type passes axe-core in Chromium with no violations, in the light and in the
 * dark theme (Starlight follows the system's colour scheme), and works from the keyboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { pageTypes, sourcePlan } from './handbook-helpers.ts';
import { openSite, startFromBriefing } from './simulator-helpers.ts';

const types = pageTypes(sourcePlan());
/** The first example scenario's id (its briefing page is `/exercises/<id>/`). */
const sourceScenario = () =>
  readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .sort()[0]
    .replace(/\.yaml$/, '');
let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

const THEMES = ['light', 'dark'] as const;
const list = (violations: { id: string; nodes: { target: unknown[] }[] }[]) =>
  violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );

describe('axe', () => {
  for (const theme of THEMES) {
    for (const [type, path] of Object.entries(types)) {
      it(`finds no violations on the ${type} page in the ${theme} theme`, async () => {
        const context = await site.browser.newContext({ colorScheme: theme });
        const page = await context.newPage();
        await page.goto(`${site.url}${path}`);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        const { violations } = await new AxeBuilder({ page }).analyze();
        await context.close();
        expect(list(violations)).toEqual([]);
      }, 180_000); // the print page is the whole plan: axe takes a minute on a busy 2-core machine
    }

    it(`finds no violations on an exercise briefing and its running console in the ${theme} theme`, async () => {
      const context = await site.browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      const briefing = `/exercises/${sourceScenario()}/`;
      await page.goto(`${site.url}${briefing}`);
      expect(list((await new AxeBuilder({ page }).analyze()).violations), 'briefing').toEqual([]);
      await startFromBriefing(page, site.url, briefing);
      await page.locator('form.db-decision, .db-feed article').first().waitFor();
      expect(list((await new AxeBuilder({ page }).analyze()).violations), 'console').toEqual([]);
      await context.close();
    }, 180_000);
  }
});

describe('keyboard', () => {
  it('reaches and ticks a playbook checklist item with Tab and Space', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${types.playbook}`);
    const box = page.locator('.db-checklist input[type=checkbox]').first();
    for (let i = 0; i < 200 && !(await box.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await page.close();
  });
});
