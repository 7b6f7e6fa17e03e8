/**
 * Incident mode with the plan's situational facts and own events, in Chromium on a 390×844 phone:
 * the responder sets a fact (no, then yes) and a step conditioned on it goes from "does not apply"
 * to "applies", and a level of another scale (Priority) makes a step at that level apply; records a plan event (a typed future time is refused, *Happened now* is taken) and
 * the obligation clock counted from it, which waited with "starts when … is recorded", starts
 * counting down; both are on the timeline and in the export. The plan (test/fixtures/incident-facts)
 * is the minimal fixture with a fact, a scale, an event, steps and an obligation using them, built into a
 * temporary folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from '../../src/cli/astro-build.ts';
import { launchBrowser, serveStatic } from './harness.ts';

const FIXTURE = 'test/fixtures/incident-facts';
const FACT = 'The incident is publicly reported';
const EVENT = 'the decision to notify customers';
let root: string;
let site: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  // A folder that stays: Astro's content cache refers to the plan's chapters by path.
  root = mkdtempSync(join(tmpdir(), 'drillbook-incident-facts-'));
  astroBuild({ outDir: root, env: { DRILLBOOK_CONTENT: FIXTURE }, quiet: true });
  site = await serveStatic(root);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('incident mode with situational facts and plan events', () => {
  it('moves a step from "does not apply" to "applies" by a fact, and starts a clock by a plan event', async () => {
    const context = await browser.newContext({
      timezoneId: 'Europe/Amsterdam',
      viewport: { width: 390, height: 844 },
      acceptDownloads: true,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const panel = page.locator('drillbook-incident');
    await panel.locator('summary', { hasText: 'Start an incident' }).click();
    await page.getByLabel('Your name').fill('Sanne de Vries');
    await page.getByLabel('Short title').fill('Leaked customer list');
    await page
      .getByRole('group', { name: /Incident type/ })
      .getByLabel('Personal-data breach')
      .check();
    await page.getByRole('button', { name: 'Start an incident' }).click();
    await page.getByRole('heading', { name: 'Current incident: Leaked customer list' }).waitFor();
    await expect(panel.locator('.db-incident-profile').textContent()).resolves.toContain(`${FACT}: not known`);

    // Not known: the step may apply, and says what to set.
    await page.goto(`${site.url}/playbooks/breach/`);
    const step = page.locator('li[id="answer-the-press"] .db-applies');
    await expect.poll(() => step.textContent()).toBe(`May apply: set whether ${FACT.toLowerCase()} on the home page.`);

    const setFact = async (answer: 'Yes' | 'No') => {
      await page.goto(`${site.url}/`);
      await panel.getByText('Change type, severity, Priority, data affected or facts').click();
      const change = panel.locator('.db-incident-change');
      await change.getByRole('group', { name: FACT }).getByLabel(answer, { exact: true }).check();
      await change.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => panel.getByRole('list', { name: 'Timeline' }).textContent())
        .toContain(`${FACT}: ${answer.toLowerCase()} (Sanne de Vries)`);
    };
    await setFact('No');
    await page.goto(`${site.url}/playbooks/breach/`);
    await expect.poll(() => step.textContent()).toBe('Does not apply to this incident as described.');
    await setFact('Yes');
    await page.goto(`${site.url}/playbooks/breach/`);
    await expect.poll(() => step.textContent()).toBe('Applies to this incident.');

    // A level of the plan's other scale, by its label: the step at P1 goes from "may apply" to "applies".
    const board = page.locator('li[id="brief-the-board"] .db-applies');
    await expect.poll(() => board.textContent()).toBe('May apply: set the Priority on the home page.');
    await page.goto(`${site.url}/`);
    await panel.getByText('Change type, severity, Priority, data affected or facts').click();
    // The open form (facts, levels) and the plan's events pass axe-core.
    const { violations } = await new AxeBuilder({ page }).include('drillbook-incident').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await panel.locator('.db-incident-change').getByLabel('Priority').selectOption({ label: 'P1 Critical' });
    await panel.locator('.db-incident-change').getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => panel.getByRole('list', { name: 'Timeline' }).textContent())
      .toContain('Priority set to P1 Critical (Sanne de Vries)');
    await expect(panel.locator('.db-incident-profile').textContent()).resolves.toContain('Priority: P1 Critical');
    await page.goto(`${site.url}/playbooks/breach/`);
    await expect.poll(() => board.textContent()).toBe('Applies to this incident.');

    // The obligation on the fact now applies; its clock waits for the plan event, named.
    await page.goto(`${site.url}/obligations/`);
    const row = page.locator('li[data-stage="customer-notice/notice"]');
    await expect.poll(() => row.locator('.db-row-status').textContent()).toBe(`✎ Starts when ${EVENT} is recorded`);
    await expect(
      page.locator('ol.db-board').first().locator('li[data-stage="customer-notice/notice"]').count(),
    ).resolves.toBe(1);
    await expect(page.getByLabel('The decision to notify customers').count()).resolves.toBe(1);

    // Recorded on the home page: a time in the future is refused beside its field; "Happened now" is taken.
    await page.goto(`${site.url}/`);
    const event = panel.getByRole('form', { name: 'The decision to notify customers' });
    await expect(event.textContent()).resolves.toContain('Not recorded yet');
    await event.getByLabel(/Happened at/).fill('2099-01-01T10:00');
    await event.getByRole('button', { name: 'Record time' }).click();
    await expect
      .poll(() => event.getByRole('alert').textContent())
      .toMatch(/^The time of “the decision to notify customers”, .* is in the future/);
    await event.getByRole('button', { name: 'Happened now' }).click();
    await expect.poll(() => event.locator('.db-plan-event-state').textContent()).toMatch(/^Recorded: /);
    await expect
      .poll(() => panel.getByRole('list', { name: 'Timeline' }).textContent())
      .toContain('The decision to notify customers time set to');

    // The clock has started: about six hours left, and the calculator shows the time it counts from.
    await page.goto(`${site.url}/obligations/`);
    await expect.poll(() => row.locator('.db-row-status').textContent()).toMatch(/^[56] h \d+ min left$/);
    await expect(page.getByLabel('The decision to notify customers').inputValue()).resolves.toMatch(
      /^\d{4}-\d\d-\d\dT/,
    );

    // The export names the fact and the event.
    await page.goto(`${site.url}/`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download timeline (Markdown)' }).click(),
    ]);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toContain(`- ${FACT}: yes`);
    expect(md).toContain('- Priority: P1 Critical');
    expect(md).toMatch(new RegExp(`- ${EVENT}: \\d{4}-`));
    await context.close();
  });
});
