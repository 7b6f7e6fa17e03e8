/**
 * The deadline calculator as a countdown board with one clock, in Chromium at a 390×844 phone and a
 * 1366×768 laptop, on a device in New York while the plan's calendar is Amsterdam's: one tap from
 * the home page to the fields at the top; times entered and shown in the device's zone, named on
 * screen and changeable; every deadline in one list by time left, overdue and due-within-the-hour
 * rows said in words; short names with the recipient and the citation one tap away; a time in the
 * future refused with a sentence; the anchors still missing named; what does not apply to the
 * incident set apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { sourcePlan } from './handbook-helpers.ts';
import { openSite } from './simulator-helpers.ts';

const plan = sourcePlan();
const NOW = new Date('2026-06-01T13:00:00Z'); // 09:00 in New York (UTC-04:00), 15:00 in Amsterdam
const nis2 = plan.obligations.find((o) => o.id === 'nis2-art23')!;
const gdpr = plan.obligations.find((o) => o.id === 'gdpr-art33')!;
let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];

describe.each(VIEWPORTS)('the countdown board at $width×$height', (viewport) => {
  const open = async (): Promise<{ context: BrowserContext; page: Awaited<ReturnType<BrowserContext['newPage']>> }> => {
    const context = await site.browser.newContext({
      timezoneId: 'America/New_York',
      viewport,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.clock.install({ time: NOW });
    return { context, page };
  };

  it('is one tap from the home page, its fields at the top of the screen, in the zone named on screen', async () => {
    const { context, page } = await open();
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'the countdown of notification deadlines' }).click();
    const field = page.locator('deadline-calculator input[name="awareness"]');
    await field.waitFor();
    const box = (await field.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await expect
      .poll(() => page.locator('deadline-calculator .db-zone').textContent())
      .toContain('America/New_York (UTC-04:00)');
    await context.close();
  });

  it('lists every deadline by time left, marks overdue and due-within-the-hour rows in words, and names each with its recipient', async () => {
    const { context, page } = await open();
    await page.goto(`${site.url}/obligations/`);
    // Aware 23 h 30 min ago in New York: a 24-hour stage is due within the hour, a 4-hour one overdue.
    await page.locator('deadline-calculator input[name="awareness"]').fill('2026-05-31T09:30');
    const rows = page.locator('deadline-calculator > ol.db-board > li[data-due]:not([data-due=""])');
    await rows.first().waitFor();
    const dues = await rows.evaluateAll((lis) => lis.map((li) => Date.parse((li as HTMLElement).dataset.due!)));
    expect(dues.length).toBeGreaterThan(3);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const early = page.locator(`li[data-stage="${nis2.id}/early-warning"]`);
    await expect(early.locator('.db-row-status').textContent()).resolves.toMatch(
      /^⏰ Due within the hour: (29|30) min left$/,
    );
    await expect(early.locator('.db-row-title').textContent()).resolves.toBe('NIS2: Early warning → NCSC-NL');
    // Due at 09:30 the next day, New York time, whatever the plan's calendar zone.
    await expect(early.locator('.db-row-due').textContent()).resolves.toContain('Mon 2026-06-01 09:30');
    // The citation is one tap away.
    await early.getByText('Citation and rule').click();
    await expect(early.locator('details p').isVisible()).resolves.toBe(true);
    await expect(early.locator('details p').textContent()).resolves.toContain(nis2.citation);
    // Aware 3 days and 1 hour ago: the GDPR 72-hour notification is overdue, and said so first.
    await page.locator('deadline-calculator input[name="awareness"]').fill('2026-05-29T08:00');
    const overdue = page.locator(`li[data-stage="${gdpr.id}/initial"]`);
    await expect.poll(() => overdue.locator('.db-row-status').textContent()).toMatch(/^⚠ Overdue by 1 h \d+ min$/);
    await expect(overdue.getAttribute('class')).resolves.toContain('db-row-overdue');
    await expect(rows.first().locator('.db-row-status').textContent()).resolves.toMatch(/^⚠ Overdue by /);
    await context.close();
  });

  it('refuses a time in the future with a sentence and names the anchors still to enter', async () => {
    const { context, page } = await open();
    await page.goto(`${site.url}/obligations/`);
    const field = page.locator('deadline-calculator input[name="awareness"]');
    await field.fill('2027-06-01T09:00');
    await field.blur();
    const error = page.locator('deadline-calculator label:has(input[name="awareness"]) .db-field-error');
    await expect.poll(() => error.textContent()).toMatch(/is in the future: enter when it happened/);
    await page.reload();
    await expect(field.inputValue()).resolves.toBe('');
    await field.fill('2026-06-01T08:00');
    await expect
      .poll(() => page.locator('deadline-calculator [data-missing]').textContent())
      .toMatch(/^To know every deadline, enter the .*classification/);
    await context.close();
  });

  it('shows the same instants in another zone once chosen', async () => {
    const { context, page } = await open();
    await page.goto(`${site.url}/obligations/`);
    const field = page.locator('deadline-calculator input[name="awareness"]');
    await field.fill('2026-06-01T08:00');
    await field.blur();
    await page.locator('deadline-calculator').getByText('Change time zone').click();
    await page.locator('deadline-calculator select[name="time-zone"]').selectOption('UTC');
    await expect.poll(() => field.inputValue()).toBe('2026-06-01T12:00');
    await expect.poll(() => page.locator('deadline-calculator .db-zone').textContent()).toContain('UTC (UTC+00:00)');
    await context.close();
  });

  it('during an incident, sets apart what does not apply to it and marks what may', async () => {
    const { context, page } = await open();
    const outage = plan.incidentTypes.find((t) => t.id === 'service-outage')!;
    const minor = plan.severities.find((s) => !s.major)!;
    await page.goto(`${site.url}/`);
    await page.locator('drillbook-incident summary', { hasText: 'Start an incident' }).click();
    await page.getByLabel('Your name').fill('Sanne de Vries');
    await page
      .getByRole('group', { name: /Incident type/ })
      .getByLabel(outage.name)
      .check();
    await page.locator('form[data-start] select[name="severity"]').selectOption(minor.id);
    // An awareness time in the future is refused with a sentence, and no incident starts.
    const aware = page.getByLabel(/Became aware at \(America\/New_York \(UTC-04:00\)\)/);
    await aware.fill('2027-01-01T00:00');
    await page.getByRole('button', { name: 'Start an incident' }).click();
    await expect
      .poll(() => page.locator('form[data-start] .db-field-error').textContent())
      .toMatch(/is in the future: enter when it happened/);
    await expect(page.getByRole('heading', { name: /Current incident/ }).count()).resolves.toBe(0);
    await aware.fill('2026-06-01T08:30');
    await page.getByRole('button', { name: 'Start an incident' }).click();
    await page.getByRole('heading', { name: /Current incident/ }).waitFor();
    await page.goto(`${site.url}/obligations/`);
    // Declared at 09:00 New York time: a classification at 08:00 is refused, with the declaration named.
    const classification = page.locator('deadline-calculator input[name="classification"]');
    await classification.fill('2026-06-01T08:00');
    await classification.blur();
    await expect
      .poll(() =>
        page.locator('deadline-calculator label:has(input[name="classification"]) .db-field-error').textContent(),
      )
      .toMatch(
        /^The classification time, Mon 2026-06-01 08:00 \(America\/New_York\), is before the incident was declared \(Mon 2026-06-01 09:00/,
      );
    const apart = page.locator('deadline-calculator details.db-board-others');
    // NIS2 is for major incidents only: set apart. GDPR depends on the data affected, not set yet: it may apply.
    await expect.poll(() => apart.locator(`li[data-stage^="${nis2.id}/"]`).count()).toBeGreaterThan(0);
    await expect(page.locator(`deadline-calculator > ol.db-board li[data-stage^="${nis2.id}/"]`).count()).resolves.toBe(
      0,
    );
    await expect(
      page.locator(`deadline-calculator > ol.db-board li[data-stage^="${gdpr.id}/"]`).first().textContent(),
    ).resolves.toContain('may apply to this incident');
    await expect(apart.locator(':scope > summary').textContent()).resolves.toMatch(
      /^\d+ deadlines? do(es)? not apply to this incident as described$/,
    );
    await context.close();
  });
});
