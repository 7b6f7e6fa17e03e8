/**
 * One writer per session: a second console of the same session in the same browser opens
 * read-only and follows the first; "Take over here" swaps the roles; closing the writer window
 * hands the session to the one left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { firstBriefing, newContext, openSite, startFromBriefing } from './simulator-helpers.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const NOTICE = 'This exercise is being run in another window. This window follows it read-only.';

/** Whether `page` is the read-only console: the notice and its button shown, the writing controls disabled. */
async function isReadOnly(page: Page): Promise<boolean> {
  const notice = await page.getByText(NOTICE).isVisible();
  const button = await page.getByRole('button', { name: 'Take over here' }).isVisible();
  const pause = await page.getByRole('button', { name: /^(Pause|Resume)$/ }).isDisabled();
  const note = await page.getByLabel('Scribe note').isDisabled();
  const speed = await page.getByLabel('Speed').isDisabled();
  if (notice && button && pause && note && speed) return true;
  if (!notice && !button && !pause && !note && !speed) return false;
  throw new Error(
    `half read-only: notice ${notice}, button ${button}, pause disabled ${pause}, note disabled ${note}, speed disabled ${speed}`,
  );
}

async function addNote(page: Page, text: string) {
  await page.getByLabel('Scribe note').fill(text);
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.locator('.db-notes li', { hasText: text }).waitFor();
}

/** The saved log's event times, in the order saved. */
const savedTimes = (page: Page, id: string) =>
  page.evaluate(
    (s) =>
      (localStorage.getItem(`drillbook:log:${s}`) ?? '')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { at: number }).at),
    id,
  );

describe('one console writes a session', () => {
  it('opens a second console read-only, follows the first, takes over, and inherits the session when the writer closes', async () => {
    const { context, page: first, errors } = await newContext(site.browser);
    const id = await startFromBriefing(first, site.url, await firstBriefing(first, site.url));

    const second = await context.newPage();
    second.on('pageerror', (e) => errors.push(e.message));
    await second.goto(`${site.url}/exercises/run/#${id}`);
    await second.getByRole('heading', { name: 'Inject feed' }).waitFor();
    await second.getByText(NOTICE).waitFor();
    expect(await isReadOnly(second)).toBe(true);
    expect(await isReadOnly(first)).toBe(false);
    expect((await new AxeBuilder({ page: second }).analyze()).violations.map((v) => v.id)).toEqual([]);

    // An event made in the writer appears in the reader.
    await addNote(first, 'Noted in the first window');
    await second.locator('.db-notes li', { hasText: 'Noted in the first window' }).waitFor();

    // Take over from the keyboard: the second window writes, the first follows read-only.
    await second.getByRole('button', { name: 'Take over here' }).focus();
    await second.keyboard.press('Enter');
    await expect.poll(() => isReadOnly(second)).toBe(false);
    await expect.poll(() => isReadOnly(first)).toBe(true);
    expect(await second.evaluate(() => document.activeElement?.textContent)).toBe('Pause');
    await addNote(second, 'Noted in the second window');
    await first.locator('.db-notes li', { hasText: 'Noted in the second window' }).waitFor();
    const times = await savedTimes(second, id);
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // The writer window closes: the one left runs the session again.
    await second.close();
    await expect.poll(() => isReadOnly(first)).toBe(false);
    await first.getByRole('button', { name: 'Pause' }).click();
    await first.getByRole('button', { name: 'Resume' }).waitFor();
    const log = await first.evaluate((s) => localStorage.getItem(`drillbook:log:${s}`) ?? '', id);
    expect(
      log
        .split('\n')
        .map((l) => (JSON.parse(l) as { type: string; text?: string }).text ?? (JSON.parse(l) as { type: string }).type)
        .filter((x) => !x.startsWith('clock/tick')),
    ).toEqual(['exercise/start', 'Noted in the first window', 'Noted in the second window', 'clock/pause']);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a reloaded console, the only one of its session, writable', async () => {
    const { context, page, errors } = await newContext(site.browser);
    await startFromBriefing(page, site.url, await firstBriefing(page, site.url));
    await page.reload();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    expect(await isReadOnly(page)).toBe(false);
    await addNote(page, 'Noted after the reload');
    expect(errors).toEqual([]);
    await context.close();
  });
});
