/**
 * A session in a room, on `npm run exercise`'s server: the console opened on the facilitator's
 * machine (127.0.0.1) gives phones a join link on the machine's network address with the relay on
 * the same port; a phone reaches the room through the short join address and joins; the same phone
 * gets the join page and the handbook but a 403 for the console, the briefing and the scenario data.
 * The kit counts no address as its own but loopback here, so a request to the machine's network
 * address stands in for another device.
 */
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startKit, type Kit } from '../../src/exercise-kit/kit-server.ts';
import { launchBrowser } from './harness.ts';
import { KIT_DIST } from './handbook-helpers.ts';
import { newContext, startFromBriefing } from './simulator-helpers.ts';

/** The machine's network address; without one, phones could not join and this test has nothing to stand in for them. */
const external = Object.values(networkInterfaces())
  .flatMap((l) => l ?? [])
  .find((i) => i.family === 'IPv4' && !i.internal)?.address;

let kit: Kit;
let browser: Browser;
beforeAll(async () => {
  if (!external)
    throw new Error('this machine has no network address: the exercise-kit test needs one to stand in for a phone');
  kit = await startKit({
    root: KIT_DIST,
    key: 'projector-key-of-24-char',
    host: '0.0.0.0',
    port: 0,
    database: ':memory:',
    ownAddresses: () => [],
    reachableAddresses: () => [external, '127.0.0.1'],
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await kit?.close();
});

describe('a session served by npm run exercise', () => {
  it('invites phones on the network address and keeps the script on the facilitator machine', async () => {
    const local = `http://127.0.0.1:${kit.port}`;
    const lan = `http://${external}:${kit.port}`;
    const facilitator = await newContext(browser);
    const console_ = facilitator.page;
    await startFromBriefing(console_, local, '/exercises/weekend-ransomware/');
    await console_.getByRole('tab', { name: 'Participants' }).click();
    await expect.poll(() => console_.getByLabel(/Relay address/).inputValue()).toBe(`ws://${external}:${kit.port}`);
    await console_.getByRole('button', { name: 'Invite participants' }).click();
    const link = (await console_.locator('a.db-join-link').getAttribute('href', { timeout: 30_000 }))!;
    expect(link.startsWith(`${lan}/exercises/join/?relay=${encodeURIComponent(`ws://${external}:${kit.port}`)}#`)).toBe(
      true,
    );
    expect(await console_.getByRole('alert').filter({ hasText: 'Phones cannot reach' }).count()).toBe(0);

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(`${lan}/_kit/join`);
    expect(page.url()).toBe(link);
    await page.getByLabel('Your name').fill('Sam');
    await page.getByLabel('Your role').selectOption({ label: 'Security Lead' });
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByText('You are Sam, Security Lead.').waitFor();

    for (const path of [
      '/exercises/run/',
      '/exercises/weekend-ransomware/',
      '/exercises/data/scenarios/weekend-ransomware.json',
      '/exercises/projector/',
    ]) {
      const response = await page.goto(`${lan}${path}`);
      expect(response?.status(), path).toBe(403);
      expect(await page.getByRole('heading', { name: 'For the facilitator only' }).count(), path).toBe(1);
    }
    expect((await page.goto(`${lan}/roles/incident-commander/`))?.status()).toBe(200);
    await phone.close();
    await facilitator.context.close();
  });

  it('warns in the console when the join link is a loopback address', async () => {
    const other = await startKit({
      root: KIT_DIST,
      key: 'projector-key-of-24-char',
      host: '127.0.0.1',
      port: 0,
      database: ':memory:',
      ownAddresses: () => [],
      reachableAddresses: () => ['127.0.0.1'],
    });
    try {
      const { page, context } = await newContext(browser);
      await startFromBriefing(page, `http://127.0.0.1:${other.port}`, '/exercises/weekend-ransomware/');
      await page.getByRole('tab', { name: 'Participants' }).click();
      await page.getByRole('button', { name: 'Invite participants' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Phones cannot reach the join link (127.0.0.1)' })
        .waitFor({ timeout: 30_000 });
      await context.close();
    } finally {
      await other.close();
    }
  });
});
