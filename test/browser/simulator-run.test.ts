/**
 * A whole exercise in Chromium: an example scenario from its briefing to its report, with a reload
 * in the middle, the projector window kept in sync, and the session exported and re-imported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exerciseSchema } from '../../src/plan/schema/evidence.ts';
import {
  decideFirst,
  downloadText,
  firstBriefing,
  newContext,
  openSite,
  playToEnd,
  reportText,
  startFromBriefing,
  viewText,
} from './simulator-helpers.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('a tabletop exercise from briefing to report', () => {
  it('runs to its report with a reload in the middle, the projector in sync, and exports that re-import to the same report', async () => {
    const { context, page, errors } = await newContext(site.browser);
    const briefing = await firstBriefing(page, site.url);
    const id = await startFromBriefing(page, site.url, briefing);

    // The projector, a second window of the same browser.
    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open projector view' }).click(),
    ]);
    await projector.waitForURL(/\/exercises\/projector\/#/);
    await projector.getByRole('heading', { name: 'Injects' }).waitFor();
    const firstSubject = await page.locator('.db-feed article h3').first().innerText();
    await expect.poll(() => projector.locator('.db-projector-feed article h3').first().innerText()).toBe(firstSubject);

    // One decision, a scribe note, then pause and reload: the console shows exactly the same.
    expect(await decideFirst(page, 'Facts point to a major incident')).toBe(true);
    await page.getByLabel('Scribe note').fill('IC opened the bridge');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('IC opened the bridge').waitFor();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    const before = await viewText(page, 'db-console');
    const savedBefore = await page.evaluate((s) => localStorage.getItem(`drillbook:log:${s}`), id);
    await page.reload();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    expect(await viewText(page, 'db-console')).toBe(before);
    expect(await page.evaluate((s) => localStorage.getItem(`drillbook:log:${s}`), id)).toBe(savedBefore);
    await expect.poll(() => projector.locator('.db-projector-status').innerText()).toBe('Paused');

    // Play on to the end; the projector follows and never shows facilitator material.
    await page.getByRole('button', { name: 'Resume' }).click();
    await playToEnd(page);
    const delivered = await page.locator('.db-feed > li').count();
    await expect.poll(() => projector.locator('.db-projector-feed .db-feed > li').count()).toBe(delivered);
    await expect.poll(() => projector.locator('.db-projector-status').innerText()).toBe('Exercise ended');
    const projected = await viewText(projector, 'db-projector');
    expect(projected).not.toMatch(/Facilitator notes|Expectations|Expected action/);
    expect(await projector.locator('.db-facilitator, .db-expectations-table').count()).toBe(0);
    expect(
      await projector.locator('.db-projector-clock').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(48);

    // The report: ratings, expectations with plan links, timeline, improvement plan.
    await page.getByRole('link', { name: 'After-action report' }).click();
    const report = await reportText(page);
    expect(report).toMatch(/[PSMU] — (Performed|Unable)/);
    expect(report).toContain('IC opened the bridge');
    const clauseLinks = await page
      .getByRole('table', { name: "Every expectation, its computed outcome and the evaluator's" })
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(clauseLinks.length).toBeGreaterThan(0);
    for (const href of clauseLinks) expect(href).toMatch(/^\/[a-z]/);

    // The evaluator's review after the end: change the first outcome with a reason; the table shows both.
    const expectationsTable = page.getByRole('table', {
      name: "Every expectation, its computed outcome and the evaluator's",
    });
    await expectationsTable.locator('summary').first().click();
    await expectationsTable.getByLabel('Outcome').first().selectOption('not-applicable');
    await expectationsTable.getByLabel('Reason').first().fill('Paged before the exercise began');
    await expectationsTable.getByRole('button', { name: 'Confirm or change' }).first().click();
    await expect.poll(() => reportText(page)).toContain('Not applicable: Paged before the exercise began');

    // Edit the improvement plan: the edit survives a reload and reaches the exports.
    await page.getByRole('button', { name: 'Add a row' }).click();
    const rows = page.getByRole('table', { name: 'Improvement plan' }).locator('tbody tr');
    const n = await rows.count();
    await page.getByLabel(`Issue, row ${n}`).fill('No out-of-band bridge was ready');
    await page.getByLabel(`Corrective action, row ${n}`).fill('Create a Signal group for the response team');
    await page.getByLabel(`Completion date, row ${n}`).fill('2026-12-31');
    await page.reload();
    await expect
      .poll(() => page.getByLabel(`Corrective action, row ${n}`).inputValue())
      .toBe('Create a Signal group for the response team');
    const markdown = await downloadText(page, () => page.getByRole('button', { name: 'Download Markdown' }).click());
    expect(markdown.text).toMatch(/^# After-Action Report \/ Improvement Plan: /);
    expect(markdown.text).toContain('Create a Signal group for the response team');
    const record = await downloadText(page, () =>
      page.getByRole('button', { name: 'Download exercise record' }).click(),
    );
    const parsed = exerciseSchema.safeParse(parse(record.text));
    expect(
      parsed.success
        ? parsed.data.improvements.some(
            (i) => i.action === 'Create a Signal group for the response team' && i.due === '2026-12-31',
          )
        : parsed.error.message,
    ).toBe(true);
    expect(record.name).toMatch(/\.yaml$/);

    // Export the session and re-import it in a fresh browser profile: the same report.
    const finalReport = await reportText(page);
    const exported = await downloadText(page, () => page.getByRole('button', { name: 'Export session file' }).click());
    const other = await newContext(site.browser);
    await other.page.goto(`${site.url}/exercises/`);
    await other.page.getByLabel('Session file (.json)').setInputFiles(exported.path);
    await other.page.waitForURL(/\/exercises\/report\/#/);
    expect(await reportText(other.page)).toBe(finalReport);
    await other.context.close();

    expect(errors).toEqual([]);
    await context.close();
  });
});
