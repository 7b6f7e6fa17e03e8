/**
 * Simulator views render from state, not from a hand-kept key, and let go of what they started when
 * they leave the page: a change the old keys did not cover (an inject's content rewritten in the
 * saved log, same number of injects) reaches the projector; a removed console stops its frame timer
 * and window listeners.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstBriefing, newContext, openSite, startFromBriefing } from './simulator-helpers.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('simulator views', () => {
  it('shows on the projector an inject rewritten in the saved log although the number of injects stayed the same', async () => {
    const { context, page, errors } = await newContext(site.browser);
    const id = await startFromBriefing(page, site.url, await firstBriefing(page, site.url));
    await page.getByRole('tab', { name: 'Ad-hoc inject' }).click();
    await page.getByLabel('Subject').fill('Call from the regulator');
    await page.getByLabel('Message (Markdown)').fill('They want a status update.');
    await page.getByRole('button', { name: 'Deliver ad-hoc inject' }).click();
    const projector = await context.newPage();
    await projector.goto(`${site.url}/exercises/projector/#${id}`);
    const subjects = projector.locator('.db-projector-feed article h3');
    await expect.poll(() => subjects.allInnerTexts()).toContain('Call from the regulator');
    const count = await subjects.count();

    // Another window rewrites the saved log: the projector re-reads it on the storage event.
    await page.evaluate((s) => {
      const key = `drillbook:log:${s}`;
      localStorage.setItem(
        key,
        localStorage.getItem(key)!.replace('Call from the regulator', 'Call from the press office'),
      );
    }, id);
    await expect.poll(() => subjects.allInnerTexts()).toContain('Call from the press office');
    expect(await subjects.count()).toBe(count);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a decision being typed, and its focus, while the clock saves ticks around it', async () => {
    const { context, page, errors } = await newContext(site.browser);
    const id = await startFromBriefing(page, site.url, await firstBriefing(page, site.url));
    await page.getByLabel('Speed').selectOption('60');
    const rationale = page.locator('form.db-decision').first().getByLabel('Rationale');
    await rationale.fill('Half a thought');
    await rationale.focus();
    const seq = () => page.evaluate((s) => localStorage.getItem(`drillbook:log:${s}`)!.split('\n').length, id);
    const before = await seq();
    // At ×60 a scenario minute passes every second, and each one is saved as a tick.
    await expect.poll(seq, { timeout: 15_000 }).toBeGreaterThan(before + 1);
    expect(await rationale.inputValue()).toBe('Half a thought');
    expect(await rationale.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stops the console frame timer and its window listeners when the console leaves the page', async () => {
    const { context, page, errors } = await newContext(site.browser);
    // Count the 250 ms timers and the window listeners the page has running.
    await context.addInitScript(() => {
      const w = window as unknown as { __timers: Set<number>; __listeners: number };
      w.__timers = new Set();
      w.__listeners = 0;
      const set = window.setInterval.bind(window);
      const clear = window.clearInterval.bind(window);
      window.setInterval = ((run: TimerHandler, ms?: number, ...rest: unknown[]) => {
        const id = set(run, ms, ...rest);
        if (ms === 250) w.__timers.add(id);
        return id;
      }) as typeof window.setInterval;
      window.clearInterval = ((id?: number) => {
        if (id !== undefined) w.__timers.delete(id);
        clear(id);
      }) as typeof window.clearInterval;
      const add = window.addEventListener.bind(window);
      const remove = window.removeEventListener.bind(window);
      window.addEventListener = ((
        type: string,
        l: EventListenerOrEventListenerObject,
        o?: boolean | AddEventListenerOptions,
      ) => {
        if (type === 'storage' || type === 'hashchange') w.__listeners++;
        add(type, l, o);
      }) as typeof window.addEventListener;
      window.removeEventListener = ((
        type: string,
        l: EventListenerOrEventListenerObject,
        o?: boolean | EventListenerOptions,
      ) => {
        if (type === 'storage' || type === 'hashchange') w.__listeners--;
        remove(type, l, o);
      }) as typeof window.removeEventListener;
    });
    await startFromBriefing(page, site.url, await firstBriefing(page, site.url));
    const running = () =>
      page.evaluate(() => {
        const w = window as unknown as { __timers: Set<number>; __listeners: number };
        return { timers: w.__timers.size, listeners: w.__listeners };
      });
    const before = await running();
    expect(before.timers).toBeGreaterThan(0);
    expect(before.listeners).toBeGreaterThan(0);
    await page.evaluate(() => document.querySelector('db-console')!.remove());
    expect(await running()).toEqual({ timers: 0, listeners: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
