/**
 * Contacts that dial, in Chromium at a 390×844 phone and a 1366×768 laptop: every phone channel on
 * the contacts page is a `tel:` link, a number followed by a note too (the note beside it), and every
 * contact link on the contacts page and the home page is a target of at least 44×44 px that touches
 * no other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourcePlan } from './handbook-helpers.ts';
import { openSite } from './simulator-helpers.ts';

const plan = sourcePlan();
const phones = [...plan.parties, ...plan.teams].flatMap((h) =>
  h.contacts.filter((c) => c.channel === 'phone' && !c.private).map((c) => c.value),
);
let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

type Box = { left: number; right: number; top: number; bottom: number; width: number; height: number };

describe.each([
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
])('contacts at $width×$height', (viewport) => {
  it('dials every phone number, the ones followed by a note included, with the note beside the link', async () => {
    const context = await site.browser.newContext({ viewport, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${site.url}/contacts/`);
    const noted = phones.filter((v) => /\d\s*\(/.test(v));
    expect(noted.length, 'the example plan has hotlines written with a note').toBeGreaterThan(0);
    for (const value of phones) {
      const number = value.replace(/\s*\(.*$/, '');
      const link = page.locator(`.db-contacts a[href="tel:${number.replace(/[^\d+]/g, '')}"]`).first();
      await expect(link.textContent(), `${value} is a tel: link`).resolves.toBe(number);
      if (number !== value)
        await expect(link.locator('xpath=following-sibling::span[1]').textContent()).resolves.toBe(
          value.slice(number.length).trim(),
        );
    }
    await context.close();
  });

  it('makes every contact link a target of at least 44×44 px that touches no other', async () => {
    const context = await site.browser.newContext({ viewport, serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const path of ['/contacts/', '/']) {
      await page.goto(`${site.url}${path}`);
      const boxes: Box[] = await page
        .locator('.db-contacts a, .db-call-links a')
        .evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON()));
      expect(boxes.length).toBeGreaterThan(0);
      for (const b of boxes)
        expect(Math.min(b.width, b.height), `a link on ${path} is ${b.width}×${b.height}`).toBeGreaterThanOrEqual(44);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `two contact links on ${path} overlap`).toBe(false);
        }
    }
    await context.close();
  });
});
