/**
 * Incident mode knows the incident, in Chromium at a 390×844 phone and a 1366×768 laptop: its type,
 * severity and data affected are set when it starts and changed later (each change on the
 * timeline), the playbook's checklist lists what applies to it first, closing asks first, a closed
 * incident still exports (with its type and severity), and the responder's name stays on the device.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { sourcePlan } from './handbook-helpers.ts';
import { openSite } from './simulator-helpers.ts';

const plan = sourcePlan();
const timeZone = plan.document.businessCalendar.timeZone;
const major = plan.severities.find((s) => s.major)!;
const playbook = plan.playbooks.find((p) =>
  p.activities.some((a) => a.appliesWhen?.dataCategories.includes('cardholder-data')),
)!;
const cardOnly = playbook.activities.find((a) => a.appliesWhen?.dataCategories.includes('cardholder-data'))!;
const type = plan.incidentTypes.find((t) => t.playbooks.includes(playbook.id))!;
let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];

async function downloadText(page: Page, scope: ReturnType<Page['locator']>, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync((await download.path())!, 'utf8');
}

describe.each(VIEWPORTS)('incident mode at $width×$height', (viewport) => {
  it('records what the incident is, lists what applies first, asks before closing and exports after', async () => {
    const context = await site.browser.newContext({
      timezoneId: timeZone,
      viewport,
      acceptDownloads: true,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.locator('drillbook-incident summary', { hasText: 'Start an incident' }).click();
    await page.getByLabel('Your name').fill('Sanne de Vries');
    await page.getByLabel('Short title').fill('Card data exposed');
    await page
      .getByRole('group', { name: /Incident type/ })
      .getByLabel(type.name)
      .check();
    await page
      .getByRole('group', { name: /Data affected/ })
      .getByLabel('personal data')
      .check();
    await page.getByRole('button', { name: 'Start an incident' }).click();
    await page.getByRole('heading', { name: 'Current incident: Card data exposed' }).waitFor();
    const panel = page.locator('drillbook-incident');
    await expect(panel.locator('.db-incident-profile').textContent()).resolves.toContain(`Incident type: ${type.name}`);
    // The name is this device's: it is still in the form for the next incident.
    await page.locator('drillbook-incident summary').first().click();
    await expect(page.getByLabel('Your name').inputValue()).resolves.toBe('Sanne de Vries');
    // The playbooks the incident's type brings come first on the home page.
    await expect(page.locator('ul.db-playbook-links > li').first().textContent()).resolves.toContain('(this incident)');

    // On the playbook, the card-only activity is said not to apply and comes after the rest of its phase.
    await page.goto(`${site.url}/playbooks/${playbook.id}/`);
    const item = page.locator(`li[id="${cardOnly.id}"]`);
    await expect.poll(() => item.locator('.db-applies').textContent()).toContain('Does not apply');
    const order = await item.evaluate((li) => [...li.parentElement!.children].map((c) => c.id));
    const sameCondition = playbook.activities
      .filter((a) => a.phase === cardOnly.phase && !a.appliesWhen)
      .map((a) => a.id);
    for (const id of sameCondition) expect(order.indexOf(id)).toBeLessThan(order.indexOf(cardOnly.id));

    // Changed later: severity and card data; both go on the timeline, and the activity now applies.
    await page.goto(`${site.url}/`);
    await panel.getByText('Change type, severity or data affected').click();
    await panel.locator('.db-incident-change').getByLabel('Severity').selectOption(major.id);
    await panel.locator('.db-incident-change').getByLabel('cardholder data').check();
    await panel.locator('.db-incident-change').getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => panel.getByRole('list', { name: 'Timeline' }).textContent())
      .toMatch(new RegExp(`severity set to ${major.label}`, 'i'));
    await page.goto(`${site.url}/playbooks/${playbook.id}/`);
    await expect.poll(() => item.locator('.db-applies').textContent()).toContain('Applies to this incident');

    // Every incident button is at least 44×44 px, with space between neighbours.
    await page.goto(`${site.url}/`);
    const boxes = await panel
      .locator('.db-incident-actions button')
      .evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
    for (const b of boxes) expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(44);
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1]!, boxes[i]!];
      const apart = b.left >= a.right + 4 || b.top >= a.bottom + 4 || a.left >= b.right + 4;
      expect(apart, `buttons ${i - 1} and ${i} touch`).toBe(true);
    }

    // Closing asks first: dismissed, the incident stays open; accepted, it closes.
    page.once('dialog', (d) => void d.dismiss());
    await panel.getByRole('button', { name: 'Close incident' }).click();
    await expect(page.getByRole('heading', { name: 'Current incident: Card data exposed' }).isVisible()).resolves.toBe(
      true,
    );
    page.once('dialog', (d) => void d.accept());
    await panel.getByRole('button', { name: 'Close incident' }).click();
    const listed = panel.locator('[data-incidents] li').filter({ hasText: 'Card data exposed' });
    await expect.poll(() => listed.textContent()).toContain('closed');

    // Exported after close, without reopening it.
    const md = await downloadText(page, listed, 'Download timeline (Markdown)');
    expect(md).toContain(`- Incident type: ${type.name}`);
    expect(md).toContain(`- Severity: ${major.label}`);
    expect(md).toContain('closed ');
    expect(md).not.toContain('reopened');
    const json = JSON.parse(await downloadText(page, listed, 'Download timeline (JSON)'));
    expect(json.severity).toEqual({ id: major.id, label: major.label });
    expect(json.log.some((e: { type: string }) => e.type === 'incident/reopen')).toBe(false);
    await context.close();
  });
});
