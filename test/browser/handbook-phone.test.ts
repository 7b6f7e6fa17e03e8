/**
 * The pages used under stress, on a 390×844 phone: nothing wider than the screen outside a scroll
 * container, no table cell squeezed narrower than its words, tap targets of at least 24 px, the
 * first checklist item of a playbook on the first screen, and numbers that call in one tap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveStatic } from './harness.ts';
import { DIST, sourcePlan } from './handbook-helpers.ts';
import { buildRaciMatrix } from '../../src/handbook/raci.ts';

const plan = sourcePlan();
const STRESS_PAGES = [
  '/',
  '/severities/',
  '/contacts/',
  '/raci/',
  '/escalation/',
  '/obligations/',
  ...plan.playbooks.flatMap((p) => [`/playbooks/${p.id}/`, `/raci/${p.id}/`]),
  ...plan.roles.slice(0, 3).map((r) => `/roles/${r.id}/`),
];

let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await serveStatic(DIST);
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

// Run in the page as plain strings: the test runner's transform must not reach the browser.
const TOO_WIDE = `(() => {
  const vw = document.documentElement.clientWidth;
  const clipped = (el) => { for (let e = el.parentElement; e; e = e.parentElement) { const s = getComputedStyle(e); if (['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX) || s.clipPath !== 'none') return true; } return false; };
  return [...document.body.querySelectorAll('*')]
    .filter((el) => { const b = el.getBoundingClientRect(); return b.width > 0 && b.height > 0 && (b.right > vw + 1 || b.left < -1) && !clipped(el); })
    .slice(0, 5).map((el) => el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right) + 'px');
})()`;

// A cell (or a list item or paragraph in it) holding 8 or more characters must be at least 8 characters
// ("0" widths of its own font) wide, or as wide as its text on one line when that is narrower (the deadline calculator
// is a list of cards, not a table, so it has no cells to check).
const NARROW_CELLS = `(() => {
  const out = [];
  for (const cell of document.querySelectorAll('main td, main th')) {
    if (cell.closest('thead')?.matches('.db-stack thead')) continue;
    for (const el of [cell, ...cell.querySelectorAll('li, p')]) {
      const text = (el.textContent || '').trim();
      if (text.length < 8 || el.getBoundingClientRect().width === 0) continue;
      const s = getComputedStyle(el);
      const probe = document.createElement('span');
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;font:' + s.font;
      probe.textContent = '00000000';
      document.body.append(probe);
      const zeros = probe.getBoundingClientRect().width;
      probe.textContent = text;
      const eight = Math.min(zeros, probe.getBoundingClientRect().width);
      probe.remove();
      const width = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      if (width + 0.5 < eight) out.push(text.slice(0, 30) + ': ' + Math.round(width) + 'px < ' + Math.round(eight) + 'px');
    }
  }
  return out.slice(0, 5);
})()`;

// Controls and call links: at least 24×24 CSS px (WCAG 2.2 target size, minimum).
const SMALL_TARGETS = `(() => [...document.querySelectorAll('main :is(button, select, input:not([type=hidden]), summary, a[href^="tel:"], a[href^="mailto:"]), header :is(button, a)')]
  .filter((el) => { const b = el.getBoundingClientRect(); return b.width > 0 && b.height > 0 && (b.width < 24 || b.height < 24); })
  .slice(0, 5).map((el) => el.tagName.toLowerCase() + ' ' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30) + ' ' + Math.round(el.getBoundingClientRect().width) + 'x' + Math.round(el.getBoundingClientRect().height)))()`;

describe('at 390×844', () => {
  for (const path of STRESS_PAGES) {
    it(`keeps ${path} within the screen, its table cells at least 8 characters wide and its targets 24 px`, async () => {
      await page.goto(`${site.url}${path}`);
      expect(await page.evaluate(TOO_WIDE), 'wider than the screen').toEqual([]);
      expect(await page.evaluate(NARROW_CELLS), 'squeezed cells').toEqual([]);
      expect(await page.evaluate(SMALL_TARGETS), 'small tap targets').toEqual([]);
    }, 60_000);
  }

  it('shows the site title whole words only and compact headings', async () => {
    await page.goto(`${site.url}/playbooks/${plan.playbooks[0].id}/`);
    const title = page.locator('.site-title span');
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    const h1 = await page.locator('h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(h1).toBeLessThanOrEqual(24);
  });

  it('shows the first checklist item of every playbook on the first screen', async () => {
    for (const p of plan.playbooks) {
      await page.goto(`${site.url}/playbooks/${p.id}/`);
      const top = await page
        .locator('.db-checklist > li')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
      expect(top, p.id).toBeLessThan(844 - 80);
    }
  });

  it('fits the home page, severities to playbook links, in a few screens', async () => {
    await page.goto(`${site.url}/`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(6 * 844);
  });

  it('keeps each RACI matrix activity column in view while its role columns scroll, with its whole caption', async () => {
    const p = [...plan.playbooks].sort(
      (a, b) => buildRaciMatrix(plan, b.id).columns.length - buildRaciMatrix(plan, a.id).columns.length,
    )[0];
    await page.goto(`${site.url}/raci/${p.id}/`);
    const scroller = page.locator('raci-table .db-table-scroll');
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const cell = page.locator('raci-table tbody th').first();
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x).toBeLessThan(40);
    const caption = page.locator('raci-table caption');
    expect(
      await caption.evaluate((el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth + 1),
    ).toBe(true);
    expect(await caption.innerText()).toContain(p.name);
  });
});

describe('call in one tap', () => {
  it('links every phone number and e-mail address on the contacts page', async () => {
    await page.goto(`${site.url}/contacts/`);
    const numbers = plan.people.flatMap((p) => p.contacts.filter((c) => c.channel === 'phone').map((c) => c.value));
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers)
      expect(await page.locator(`a[href="tel:${n.replace(/[^\d+]/g, '')}"]`).count(), n).toBeGreaterThan(0);
    const mails = plan.people.flatMap((p) => p.contacts.filter((c) => c.channel === 'email').map((c) => c.value));
    for (const m of mails) expect(await page.locator(`a[href="mailto:${m}"]`).count(), m).toBeGreaterThan(0);
  });

  it('lists the people who fill a role on its role card, with a number to call', async () => {
    const role = plan.roles.find((r) =>
      plan.people.some((p) => p.roles.includes(r.id) && p.contacts.some((c) => c.channel === 'phone')),
    )!;
    await page.goto(`${site.url}/roles/${role.id}/`);
    for (const person of plan.people.filter((p) => p.roles.includes(role.id))) {
      const item = page.locator('.db-people > li', { hasText: person.name });
      const phone = person.contacts.find((c) => c.channel === 'phone');
      if (phone)
        expect(
          await item.locator(`a[href="tel:${phone.value.replace(/[^\d+]/g, '')}"]`).count(),
          person.name,
        ).toBeGreaterThan(0);
    }
  });

  it('shows who to call first on the home page with the people of the first escalation level and their numbers', async () => {
    const policy = plan.escalationPolicies.find((p) => p.id === plan.severities[0].escalationPolicy)!;
    const roles = policy.levels[0].targets.flatMap((t) => ('role' in t ? [t.role] : []));
    const people = plan.people.filter(
      (p) => p.roles.some((r) => roles.includes(r)) && p.contacts.some((c) => c.channel === 'phone'),
    );
    expect(people.length).toBeGreaterThan(0);
    await page.goto(`${site.url}/`);
    for (const person of people) {
      const item = page.locator('.db-call > li', { hasText: person.name }).first();
      expect(await item.locator('a[href^="tel:"]').count(), person.name).toBeGreaterThan(0);
    }
  });
});
