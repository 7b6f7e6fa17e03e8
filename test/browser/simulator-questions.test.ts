/**
 * Discussion questions in the browser: the console shows the current module's questions and
 * records an answer and an observation as log events; the projector shows the questions but never
 * the answers or observations; the report prints the answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, openSite, reportText, startFromBriefing } from './simulator-helpers.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('discussion questions', () => {
  it('records an answer and an observation on the console, shows the projector the questions only, and reports the answer', async () => {
    const { context, page, errors } = await newContext(site.browser);
    const id = await startFromBriefing(page, site.url, '/exercises/cis-cloud-compromise/');
    const pane = page.getByRole('region', { name: 'Discussion questions' });
    await pane.getByText('Module 1: A researcher', { exact: false }).first().waitFor();
    const first = pane.locator('.db-question-list > li').first();
    await first.getByText('Record an answer').click();
    await first.getByLabel('Answer (notes)').fill('The SOC mailbox, not in the plan');
    await first.getByRole('button', { name: 'Record answer' }).click();
    await expect.poll(() => first.locator('.db-answers').innerText()).toContain('The SOC mailbox, not in the plan');
    await pane.getByRole('textbox', { name: 'Observation', exact: true }).fill('Quick to name the owner');
    await pane.getByRole('button', { name: 'Add observation' }).click();
    const log = () => page.evaluate((s) => localStorage.getItem(`drillbook:log:${s}`) ?? '', id);
    await expect.poll(log).toContain('"observation/add"');
    expect(await log()).toContain('"question/answer"');

    const projector = await context.newPage();
    await projector.goto(`${site.url}/exercises/projector/#${id}`);
    const discussion = projector.locator('.db-projector-discussion');
    await expect
      .poll(() => discussion.innerText())
      .toContain('Who receives a report from an outside security researcher');
    const shown = await projector.locator('db-projector').innerText();
    expect(shown).not.toContain('The SOC mailbox');
    expect(shown).not.toContain('Quick to name the owner');

    await page.goto(`${site.url}/exercises/report/#${id}`);
    const report = await reportText(page);
    expect(report).toContain('The SOC mailbox, not in the plan');
    expect(report).toContain('Strength: Quick to name the owner');
    expect(errors).toEqual([]);
    await context.close();
  });
});
