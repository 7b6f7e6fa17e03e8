/**
 * Incident mode as a responder uses it, in Chromium: start an incident on the home page, tick a
 * playbook's checklist and set anchor times in the deadline calculator; both survive a reload, the
 * time left counts down, the timeline exports as Markdown and JSON, several incidents are kept
 * apart, and at 390 px the calculator's deadline is on screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { sourcePlan } from './handbook-helpers.ts';
import { openSite } from './simulator-helpers.ts';

const plan = sourcePlan();
const timeZone = plan.document.businessCalendar.timeZone;
const playbook = plan.playbooks[0]!;
const activity = playbook.activities[0]!;
let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

/** A fresh browser profile on the plan's time zone (so the device clock and the calculator agree). */
const newContext = (viewport = { width: 1280, height: 900 }): Promise<BrowserContext> =>
  site.browser.newContext({ timezoneId: timeZone, viewport, acceptDownloads: true, serviceWorkers: 'block' });

async function startIncident(page: Page, title: string, awareness?: string): Promise<void> {
  await page.goto(`${site.url}/`);
  await page.locator('drillbook-incident summary', { hasText: 'Start an incident' }).click();
  await page.getByLabel('Your name').fill('Sanne de Vries');
  await page.getByLabel('Short title').fill(title);
  if (awareness) await page.getByLabel(/Became aware at/).fill(awareness);
  await page.getByRole('button', { name: 'Start an incident' }).click();
  await page.getByRole('heading', { name: `Current incident: ${title}` }).waitFor();
}

async function downloadText(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync((await download.path())!, 'utf8');
}

describe('incident mode', () => {
  it('keeps checklist ticks and calculator anchor times over a reload, and exports them in the timeline', async () => {
    const context = await newContext();
    const page = await context.newPage();
    // Declared at 12:00 in the plan's zone (the device's here): the times entered below are before now.
    await page.clock.install({ time: new Date('2026-06-01T10:00:00Z') });
    await startIncident(page, 'Payments <b>down</b>', '2026-06-01T08:40');

    await page.goto(`${site.url}/playbooks/${playbook.id}/`);
    await page.getByText(/Ticks are saved to the incident “Payments <b>down<\/b>”/).waitFor();
    const box = page.getByRole('checkbox', { name: activity.title });
    await box.check();
    await page.reload();
    await expect(box.isChecked()).resolves.toBe(true);
    expect(await page.locator(`li[id="${activity.id}"] .db-tick`).textContent()).toContain('by Sanne de Vries');

    await page.goto(`${site.url}/obligations/`);
    const calculator = page.locator('deadline-calculator');
    const awareness = calculator.locator('input[name="awareness"]');
    await expect.poll(() => awareness.inputValue()).toBe('2026-06-01T08:40');
    const other = calculator
      .locator('input[type="datetime-local"]:not([name="awareness"]):not([name="declaration"])')
      .first();
    const otherName = (await other.getAttribute('name'))!;
    await other.fill('2026-06-01T12:01');
    await other.blur();
    await page.reload();
    await expect.poll(() => calculator.locator(`input[name="${otherName}"]`).inputValue()).toBe('2026-06-01T12:01');
    await calculator.locator('li[data-due]:not([data-due=""])').first().waitFor();

    await page.goto(`${site.url}/`);
    const md = await downloadText(page, 'Download timeline (Markdown)');
    expect(md).toContain('# Payments \\<b\\>down\\</b\\>');
    expect(md).toContain(`| Sanne de Vries | Done: ${activity.title} |`);
    expect(md).toContain('- awareness: 2026-06-01T06:40Z');
    const json = JSON.parse(await downloadText(page, 'Download timeline (JSON)'));
    expect(json.anchors[otherName]).toBe(new Date('2026-06-01T10:01:00Z').toISOString());
    expect(json.timeline.map((l: { text: string }) => l.text)).toContain(`Done: ${activity.title}`);
    // Page text shows the title as text, never as markup.
    expect(await page.locator('drillbook-incident b').count()).toBe(0);
    await context.close();
  });

  it('counts the time left down live', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-06-01T09:00:00Z') });
    await page.goto(`${site.url}/obligations/`);
    await page.locator('deadline-calculator input[name="awareness"]').fill('2026-06-01T11:00');
    const left = page.locator('deadline-calculator .db-row-status').filter({ hasText: 'left' }).first();
    await left.waitFor();
    const before = await left.textContent();
    await page.clock.fastForward('02:00:00'); // the coarsest unit shown is hours
    await expect.poll(() => left.textContent()).not.toBe(before);
    await context.close();
  });

  it('keeps several incidents apart: ticks go to the current one; close, reopen and clear', async () => {
    const context = await newContext();
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    await startIncident(page, 'First');
    await startIncident(page, 'Second');
    await page.goto(`${site.url}/playbooks/${playbook.id}/`);
    await page.getByRole('checkbox', { name: activity.title }).check();

    await page.goto(`${site.url}/`);
    const list = page.locator('[data-incidents]');
    await list.getByRole('listitem').filter({ hasText: 'First' }).getByRole('button', { name: 'Make current' }).click();
    await page.getByRole('heading', { name: 'Current incident: First' }).waitFor();
    await page.goto(`${site.url}/playbooks/${playbook.id}/`);
    await expect(page.getByRole('checkbox', { name: activity.title }).isChecked()).resolves.toBe(false);

    await page.goto(`${site.url}/`);
    await page.getByRole('button', { name: 'Close incident' }).click();
    await expect.poll(() => list.getByRole('listitem').filter({ hasText: 'First' }).textContent()).toContain('closed');
    await list.getByRole('listitem').filter({ hasText: 'First' }).getByRole('button', { name: 'Reopen' }).click();
    await page.getByRole('heading', { name: 'Current incident: First' }).waitFor();
    await list.getByRole('listitem').filter({ hasText: 'Second' }).getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await context.close();
  });

  it('shows the deadline on a 390 px phone, inside the screen', async () => {
    const context = await newContext({ width: 390, height: 844 });
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-06-01T10:00:00Z') });
    await page.goto(`${site.url}/obligations/`);
    await page.locator('deadline-calculator input[name="awareness"]').fill('2026-06-01T09:00');
    const due = page.locator('deadline-calculator li[data-due]:not([data-due=""]) .db-row-due').first();
    await due.waitFor();
    const box = (await due.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await expect(due.textContent()).resolves.toMatch(/^Due \w{3} 2026-/);
    await context.close();
  });
});
