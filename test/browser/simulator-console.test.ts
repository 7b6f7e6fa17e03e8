/**
 * The facilitator console on a 1366×768 laptop: its key regions (clock and controls, discussion
 * questions, open decisions, latest inject) are in the first viewport with no horizontal scroll,
 * its tools are keyboard-operable tabs, its shortcuts work (not while typing), a disabled Jump says
 * why, an inject's notes appear only with it, and the projector never shows notes or expectations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { decideFirst, openSite } from './simulator-helpers.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const VIEWPORT = { width: 1366, height: 768 };

/** A laptop-sized context with a started exercise; returns its console page and session id. */
async function startConsole(browser: Browser, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('dialog', (d) => void d.accept());
  page.on('pageerror', (e) => errors.push(e.message));
  // The Saturday-night ransomware example: injects with notes, decisions that hold the next inject back.
  await page.goto(`${site.url}/exercises/weekend-ransomware/`);
  await page.getByRole('button', { name: 'Start the exercise' }).click();
  await page.waitForURL(/\/exercises\/run\/#/);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await page.locator('.db-feed article.db-latest').waitFor();
  return { context, page, errors, id: new URL(page.url()).hash.slice(1) };
}

/** Jumps to the next inject (deciding what is open first); false when Jump is disabled. */
async function next(page: Page): Promise<boolean> {
  while (await decideFirst(page));
  const jump = page.getByRole('button', { name: 'Jump to next inject' });
  if (!(await jump.isEnabled())) return false;
  const before = await page.locator('.db-feed > li').count();
  await jump.click();
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('.db-feed > li').length > n || !!document.querySelector('.db-message')?.textContent,
    before,
  );
  return true;
}

/** Whether the element is wholly inside the first viewport. */
async function inFirstViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return (
    !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= VIEWPORT.width && box.y + box.height <= VIEWPORT.height
  );
}

/** The scenario's injects as saved with the session (notes and expected actions included). */
const savedInjects = (page: Page, id: string) =>
  page.evaluate(
    (s) =>
      (
        JSON.parse(localStorage.getItem(`drillbook:session:${s}`)!) as {
          scenario: { injects: { id: string; subject: string; notes?: string; expectedAction?: string }[] };
        }
      ).scenario.injects,
    id,
  );

/** The first plain words of a Markdown text, as they read once rendered. */
const words = (text: string) =>
  text
    .split(/[*_`[\]()#>]/)[0]
    .trim()
    .slice(0, 30);

const REGIONS = ['section[aria-label="Scenario clock"]', '#questions', '#decisions', '.db-feed article.db-latest'];

describe('facilitator console at 1366×768', () => {
  it('shows clock and controls, discussion questions, open decisions and the latest inject without scrolling, across the full width', async () => {
    const { context, page, errors } = await startConsole(site.browser);
    await page.locator('form.db-decision').first().waitFor();
    for (let round = 0; round < 4; round++) {
      for (const region of REGIONS)
        expect(await inFirstViewport(page, region), `${region} after ${round} jumps`).toBe(true);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBe(0);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      if (!(await next(page))) break;
    }
    // Not Starlight's reading column (67.5rem = 1080 px): the console spans the viewport.
    expect((await page.locator('db-console').boundingBox())!.width).toBeGreaterThan(1250);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches the tools tabs with the arrow keys, Home and End, one tab stop for the tab list', async () => {
    const { context, page } = await startConsole(site.browser);
    const tab = (name: string) => page.getByRole('tab', { name });
    const selected = () => page.locator('[role="tab"][aria-selected="true"]').innerText();
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    expect(await page.getByRole('tab').count()).toBeGreaterThan(3);
    await tab('Scribe log').focus();
    await page.keyboard.press('ArrowRight');
    expect([await selected(), await focused()]).toEqual(['Ad-hoc inject', 'Ad-hoc inject']);
    expect(await page.getByRole('tabpanel', { name: 'Ad-hoc inject' }).getByLabel('Subject').isVisible()).toBe(true);
    expect(await page.getByLabel('Scribe note').isVisible()).toBe(false);
    await page.keyboard.press('End');
    const last = await selected();
    expect(last).not.toBe('Ad-hoc inject');
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toBe('Scribe log');
    await page.keyboard.press('ArrowLeft');
    expect(await selected()).toBe(last);
    await page.keyboard.press('Home');
    expect(await selected()).toBe('Scribe log');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
    await context.close();
  });

  it('runs the shortcuts shown on screen, and not while the facilitator types', async () => {
    const { context, page } = await startConsole(site.browser);
    const legend = await page.locator('#db-shortcuts').innerText();
    expect(legend).toContain('P start, pause or resume');
    expect(await inFirstViewport(page, '#db-shortcuts')).toBe(true);
    const press = async (key: string) => (
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()),
      await page.keyboard.press(key)
    );
    await press('p');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    await page.getByLabel('Scribe note').fill('');
    await page.getByLabel('Scribe note').press('p');
    expect(await page.getByLabel('Scribe note').inputValue()).toBe('p');
    expect(await page.getByRole('button', { name: 'Resume' }).isVisible()).toBe(true);
    await press('a');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('db-adhoc-subject');
    await press('p');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await context.close();
  });

  it('says beside a disabled Jump why it is disabled', async () => {
    const { context, page } = await startConsole(site.browser);
    for (let i = 0; i < 40 && (await next(page)); i++);
    const jump = page.getByRole('button', { name: 'Jump to next inject' });
    expect(await jump.isDisabled()).toBe(true);
    const reason = page.locator(`#${await jump.getAttribute('aria-describedby')}`);
    expect(await reason.isVisible()).toBe(true);
    expect(await reason.innerText()).toMatch(/waits? for|has been delivered/);
    await context.close();
  });

  it('reveals each inject’s facilitator notes with it, never on the projector, and never the expectations there', async () => {
    const { context, page, id } = await startConsole(site.browser);
    const injects = (await savedInjects(page, id)).filter((i) => i.notes && words(i.notes).length > 10);
    expect(injects.length).toBeGreaterThan(0);
    const consoleText = () => page.locator('db-console').evaluate((el) => el.textContent ?? '');
    const delivered = () => page.locator('.db-feed article h3').allInnerTexts();
    for (const i of injects)
      if (!(await delivered()).includes(i.subject))
        expect(await consoleText(), `notes of ${i.id} before it is delivered`).not.toContain(words(i.notes!));
    let shown = 0;
    for (let n = 0; n < 40 && shown === 0; n++) {
      if (n > 0 && !(await next(page))) break;
      const latest = await page.locator('.db-feed article.db-latest h3').innerText();
      const with_ = injects.find((i) => i.subject === latest);
      if (with_) {
        expect(await page.locator('.db-latest .db-facilitator', { hasText: words(with_.notes!) }).isVisible()).toBe(
          true,
        );
        shown++;
      }
    }
    expect(shown).toBe(1);
    const projector = await context.newPage();
    await projector.goto(`${site.url}/exercises/projector/#${id}`);
    await projector.locator('.db-projector-feed article').first().waitFor();
    const projected = await projector.locator('db-projector').evaluate((el) => el.textContent ?? '');
    for (const i of await savedInjects(page, id)) {
      if (i.notes) expect(projected).not.toContain(words(i.notes));
      if (i.expectedAction) expect(projected).not.toContain(words(i.expectedAction));
    }
    expect(await projector.locator('.db-facilitator, .db-expectations-table, [role="tab"]').count()).toBe(0);
    expect(projected).not.toMatch(/Expectations|Facilitator notes|Expected action/);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const)
    it(`finds no axe violations on the console in the ${scheme} theme`, async () => {
      const { context, page } = await startConsole(site.browser, scheme);
      await page.locator('form.db-decision').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      const found = (await new AxeBuilder({ page }).analyze()).violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
      expect(found).toEqual([]);
      await page.getByRole('tab', { name: 'Expectations' }).click();
      expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
      await context.close();
    });
});
