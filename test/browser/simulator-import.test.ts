/**
 * Imports and recovery in Chromium: the MSEL CSV round trip, a scenario file carrying script
 * payloads (rendered as text, nothing executed), an invalid scenario file (the `check` messages),
 * and a corrupted saved session (a message and a way out, never a blank page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadText, firstBriefing, newContext, openSite, startFromBriefing } from './simulator-helpers.ts';

let site: Awaited<ReturnType<typeof openSite>>;
const tmp = mkdtempSync(join(tmpdir(), 'drillbook-sim-'));
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const savedScenario = (id: string) => `JSON.parse(localStorage.getItem('drillbook:session:${id}')).scenario`;

describe('MSEL CSV', () => {
  it('exports a scenario MSEL and imports it back to the same scenario', async () => {
    const { context, page, errors } = await newContext(site.browser);
    const briefing = await firstBriefing(page, site.url);
    await page.goto(`${site.url}${briefing}`);
    const csv = await downloadText(page, () => page.getByRole('link', { name: 'download the MSEL (CSV)' }).click());
    expect(csv.text.split('\r\n')[0]).toBe(
      'Number,Inject,Time,Trigger,From,To,Channel,Subject,Message,Expected action,Objective',
    );
    const scenarioId = briefing.split('/').filter(Boolean).pop()!;
    const original = await (await fetch(`${site.url}/exercises/data/scenarios/${scenarioId}.json`)).json();

    await page.goto(`${site.url}/exercises/`);
    await page.getByLabel('Scenario', { exact: true }).selectOption(scenarioId);
    await page.getByLabel('MSEL file (.csv)').setInputFiles(csv.path);
    await page.waitForURL(/\/exercises\/run\/#/);
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.evaluate(savedScenario(id))).toEqual(original.scenario);
    await page.getByRole('tab', { name: 'Notes & export' }).click();
    const again = await downloadText(page, () => page.getByRole('button', { name: 'Download the MSEL (CSV)' }).click());
    expect(again.text).toBe(csv.text);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the line of a bad MSEL row and keeps the user on the page', async () => {
    const { context, page } = await newContext(site.browser);
    const file = join(tmp, 'bad.csv');
    writeFileSync(
      file,
      'Number,Inject,Time,From,To,Channel,Subject,Message\r\n1,a,soon,SOC,incident-commander,email,Hi,Body\r\n',
    );
    await page.goto(`${site.url}/exercises/`);
    await page.getByLabel('MSEL file (.csv)').setInputFiles(file);
    await expect
      .poll(() => page.locator('.db-import-result').innerText())
      .toContain('bad.csv:2:3  error  msel  row 1: time "soon" must be written T+hh:mm');
    expect(page.url()).toMatch(/\/exercises\/$/);
    await context.close();
  });
});

describe('scenario files from disk', () => {
  it('renders script payloads of an imported scenario as text and executes none of them', async () => {
    const { context, page, errors } = await newContext(site.browser);
    await page.goto(`${site.url}/exercises/`);
    await page.getByLabel('Scenario file (.yaml)').setInputFiles('test/simulator/fixtures/malicious.yaml');
    await page.waitForURL(/\/exercises\/run\/#/);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('.db-feed article').first().waitFor();
    await page.locator('.db-facilitator summary').first().click();
    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open projector view' }).click(),
    ]);
    await projector.locator('.db-projector-feed article').first().waitFor();
    const report = await context.newPage();
    await report.goto(page.url().replace('/run/', '/report/'));
    await report.getByRole('heading', { name: 'Ratings per objective' }).waitFor();
    for (const [p, view] of [
      [page, 'db-console'],
      [projector, 'db-projector'],
      [report, 'db-report'],
    ] as const) {
      expect(await p.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(
        await p.locator(`${view} script, ${view} img, ${view} svg, ${view} [onerror], ${view} [onload]`).count(),
      ).toBe(0);
      expect(await p.locator(`${view} a[href^="javascript:" i]`).count()).toBe(0);
    }
    expect(await page.locator('db-console').innerText()).toContain("Body <script>window.__pwned = 'body'</script>");
    expect(await projector.locator('db-projector').innerText()).toContain(
      '<img src=x onerror="window.__pwned=\'subject\'">',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the validator messages of an invalid scenario file as text, in the check format', async () => {
    const { context, page } = await newContext(site.browser);
    const file = join(tmp, 'invalid.yaml');
    writeFileSync(
      file,
      'id: bad\ntitle: "<b>bold</b>"\nsummary: s\nincidentType: ransomware\nduration: PT1H\nroles: [ghost-role]\nobjectives: []\ninjects: []\n',
    );
    await page.goto(`${site.url}/exercises/`);
    await page.getByLabel('Scenario file (.yaml)').setInputFiles(file);
    const result = page.locator('.db-import-result');
    await expect.poll(() => result.innerText()).toContain('invalid.yaml is not a valid scenario for this plan:');
    const lines = await result.locator('li').allInnerTexts();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^invalid\.yaml:\d+:\d+ {2}(error|warning) {2}[a-z-]+ {2}\S/);
    expect(await result.locator('b').count()).toBe(0);
    await context.close();
  });
});

describe('saved sessions', () => {
  it('recovers from a corrupted saved session with a message, its raw data and a fresh start', async () => {
    const { context, page, errors } = await newContext(site.browser);
    const id = await startFromBriefing(page, site.url, await firstBriefing(page, site.url));
    await page.evaluate(
      (s) =>
        localStorage.setItem(`drillbook:log:${s}`, `${localStorage.getItem(`drillbook:log:${s}`)}\n{"type":"clock/ti`),
      id,
    );
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'The session could not be opened' });
    await expect.poll(() => alert.innerText()).toContain('the event log is damaged: event 2 is not readable JSON');
    const raw = await downloadText(page, () => alert.getByRole('button', { name: 'Download raw data' }).click());
    expect(JSON.parse(raw.text).log).toContain('{"type":"clock/ti');

    await page.goto(`${site.url}/exercises/`);
    await expect
      .poll(() => page.locator('db-session-list').innerText())
      .toContain('Cannot be opened: the event log is damaged');

    await page.goto(`${site.url}/exercises/projector/#${id}`);
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Start fresh' }).click();
    await page.waitForURL(/\/exercises\/$/);
    await expect
      .poll(() => page.locator('db-session-list').innerText())
      .toContain('No sessions are saved in this browser yet');
    expect(await page.evaluate((s) => localStorage.getItem(`drillbook:log:${s}`), id)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a session saved in another format version with the reason', async () => {
    const { context, page } = await newContext(site.browser);
    const id = await startFromBriefing(page, site.url, await firstBriefing(page, site.url));
    await page.evaluate((s) => {
      const meta = JSON.parse(localStorage.getItem(`drillbook:session:${s}`)!);
      localStorage.setItem(`drillbook:session:${s}`, JSON.stringify({ ...meta, schema: 7 }));
    }, id);
    await page.goto(`${site.url}/exercises/report/#${id}`);
    await expect
      .poll(() => page.getByRole('alert').first().innerText())
      .toContain('the session was saved in format 7; this simulator reads format 1');
    await context.close();
  });

  it('lists saved sessions to resume and deletes one', async () => {
    const { context, page } = await newContext(site.browser);
    const briefing = await firstBriefing(page, site.url);
    const id = await startFromBriefing(page, site.url, briefing);
    await page.goto(`${site.url}/exercises/`);
    const list = page.getByRole('table', { name: 'Sessions saved in this browser' });
    const title = await list.locator('tbody th').first().innerText();
    await list.getByRole('link', { name: `Resume ${title}` }).click();
    await page.waitForURL(new RegExp(`/exercises/run/#${id}$`));
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.goto(`${site.url}/exercises/`);
    await list.getByRole('button', { name: `Delete ${title}` }).click();
    await expect.poll(() => page.locator('db-session-list').innerText()).toContain('No sessions are saved');
    await context.close();
  });
});
