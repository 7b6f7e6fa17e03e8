/**
 * Participants on their own devices, end to end in Chromium with `npm run relay`'s program: a
 * facilitator and three participants (separate contexts, one at phone size). An inject reaches
 * exactly its addressees; a proposal shows in the console's inbox, and accepted it is in the log and
 * the report; the relay is killed and restarted mid-exercise and nothing is lost; a participant's
 * name is shown as text; what the relay stored holds no facilitator-only text; two relay processes
 * sharing one Redis serve a facilitator on one and a participant on the other. The weekend-ransomware example: its first inject goes to the security lead
 * only, the second to the incident commander only.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, openSite, startFromBriefing } from './simulator-helpers.ts';
import { freePort, relayProcess, type RelayProcess } from '../relay/relay-process.ts';

let site: Awaited<ReturnType<typeof openSite>>;
let relay: RelayProcess;
const database = join(mkdtempSync(join(tmpdir(), 'relay-e2e-')), 'relay.sqlite');

beforeAll(async () => {
  site = await openSite();
  relay = await relayProcess({ RELAY_DATABASE: database });
});
afterAll(async () => {
  await relay?.kill();
  await site?.close();
});

async function joinAs(page: Page, link: string, name: string, role: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your role').selectOption({ label: role });
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByText(`You are ${name}, ${role}.`).waitFor();
}

const subjects = (page: Page) => page.locator('db-join .db-inject h3').allInnerTexts();

describe('participants through the relay', () => {
  it('runs an exercise with a facilitator and three participants', async () => {
    const facilitator = await newContext(site.browser);
    const console_ = facilitator.page;
    await startFromBriefing(console_, site.url, '/exercises/weekend-ransomware/');
    await console_.getByRole('tab', { name: 'Participants' }).click();
    await console_.getByLabel(/Relay address/).fill(relay.url);
    await console_.getByRole('button', { name: 'Invite participants' }).click();
    const link = await console_.locator('a.db-join-link').getAttribute('href', { timeout: 30_000 });
    expect(link).toMatch(/\/exercises\/join\/\?relay=ws%3A%2F%2F127\.0\.0\.1%3A\d+#[A-Za-z0-9_-]{22,}$/);
    expect(await console_.getByRole('img', { name: 'QR code of the join link' }).count()).toBe(1);
    // "Connected" only once someone has joined.
    await console_.getByText('Room open. Nobody has joined yet.').waitFor();
    const projectorLink = await console_.locator('a.db-projector-link').getAttribute('href');
    expect(projectorLink).toMatch(
      /\/exercises\/projector\/\?relay=ws%3A%2F%2F127\.0\.0\.1%3A\d+#[A-Za-z0-9_-]{22,}\.[A-Za-z0-9_-]{22,}$/,
    );

    const security = await newContext(site.browser);
    const phone = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const commander = { page: await phone.newPage() };
    const comms = await newContext(site.browser);
    await joinAs(security.page, link!, 'Sam', 'Security Lead');
    await joinAs(commander.page, link!, '<img src=x onerror="window.__xss=1">', 'Incident Commander');
    await joinAs(comms.page, link!, 'Ana', 'Communications Lead');
    // The console lists who has joined, by name and role, and says they are connected.
    // Each joins in its own time: wait until each is listed.
    await expect
      .poll(() => console_.locator('.db-joined-list').innerText())
      .toContain('Sam (Security Lead) — connected');
    await expect
      .poll(() => console_.locator('.db-joined-list').innerText())
      .toContain('Ana (Communications Lead) — connected');
    await console_.getByText('Participants connected through the relay: 3.').waitFor();
    // The inbox comes first in the pane; the invitation (link, QR code) folds away once someone has joined.
    expect(await console_.locator('details.db-invite').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(
      await console_
        .locator('.db-inbox')
        .evaluate((inbox) =>
          Boolean(
            inbox.compareDocumentPosition(document.querySelector('details.db-invite')!) &
            Node.DOCUMENT_POSITION_FOLLOWING,
          ),
        ),
    ).toBe(true);

    // The first inject (T+00:00) is addressed to the security lead only.
    const first = 'CRITICAL: mass file modification on FIN-FS01 and FIN-FS02';
    await expect.poll(() => subjects(security.page)).toEqual([first]);
    expect(await subjects(commander.page)).toEqual([]);
    expect(await subjects(comms.page)).toEqual([]);
    // Facilitator-only text never reaches a participant's page.
    for (const p of [security.page, commander.page, comms.page])
      expect(await p.locator('body').innerText()).not.toMatch(
        /remind them it is 02:10|wakes the incident commander and starts isolating/,
      );

    // A vote is tallied live on the console and on the projector window.
    const decision = security.page.locator('form.db-join-decision', { hasText: 'What do you do first?' });
    const projector = await facilitator.context.newPage();
    await projector.goto(`${site.url}/exercises/projector/${new URL(console_.url()).hash}`);
    await decision.getByLabel('Page the incident commander', { exact: true }).check();
    await decision.getByRole('button', { name: 'Vote' }).click();
    await projector.getByText('Page the incident commander (1 vote)').waitFor({ timeout: 15_000 });
    await console_.locator('.db-tally', { hasText: 'Page the incident commander 1' }).waitFor();
    await projector.close();
    // The tally shows in the room, on the participants' own devices.
    await expect
      .poll(() => commander.page.locator('.db-join-votes').innerText())
      .toContain('What do you do first?: Page the incident commander 1');

    // The projector link works from another browser with no saved session (the room's PC): full
    // width, no site header, the latest inject on top, the question with its votes, no facilitator text.
    const roomPc = await site.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const screen = await roomPc.newPage();
    await screen.goto(projectorLink!);
    await expect.poll(() => screen.locator('.db-projector-latest h2').innerText(), { timeout: 15_000 }).toBe(first);
    await screen.getByText('Page the incident commander (1 vote)').waitFor();
    expect(await screen.locator('header.header').isVisible()).toBe(false);
    const used = await screen.evaluate(
      () => document.querySelector('db-projector')!.getBoundingClientRect().width / window.innerWidth,
    );
    expect(used).toBeGreaterThan(0.8);
    expect(await screen.locator('body').innerText()).not.toMatch(
      /no saved session|remind them it is 02:10|wakes the incident commander and starts isolating|Expected action|Facilitator notes/,
    );
    await roomPc.close();

    // The security lead proposes an option; it reaches the console's inbox.
    await decision.getByLabel('Isolate the two servers myself, then page the incident commander').check();
    await decision.getByLabel('Why (for a proposal)').fill('Stop the spread before anything else');
    const sentAt = Date.now();
    await decision.getByRole('button', { name: 'Propose' }).click();
    const entry = console_.locator('.db-inbox-entry', { hasText: 'Stop the spread before anything else' });
    await entry.waitFor({ timeout: 15_000 });
    const latency = Date.now() - sentAt;
    console.log(`proposal from participant to console inbox: ${latency} ms`);
    expect(latency).toBeLessThan(3000);
    // Delivered to the relay and seen by the facilitator are told apart; the console counts what waits.
    await expect.poll(() => security.page.locator('.db-join-sent').innerText()).toContain('seen by the facilitator');
    expect(await console_.getByRole('tab', { name: 'Participants (1 waiting)' }).count()).toBe(1);
    expect(await console_.locator('.db-clock-waiting').innerText()).toBe('1 submission waiting');
    await entry.getByRole('button', { name: 'Accept into the log' }).click();
    await console_.locator('form.db-decision h3', { hasText: 'What do you do first?' }).waitFor({ state: 'detached' });
    await expect.poll(() => security.page.locator('form.db-join-decision').count()).toBe(0);

    // The next inject goes to the incident commander (on the phone) only.
    await console_.getByRole('button', { name: 'Jump to next inject' }).click();
    await expect.poll(() => subjects(commander.page)).toHaveLength(1);
    expect(await subjects(comms.page)).toEqual([]);
    expect(await subjects(security.page)).toEqual([first]);
    const width = await commander.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);

    // The relay dies; a note sent meanwhile is kept and arrives once it is back.
    await relay.kill();
    await comms.page.getByText(/Offline: what you send is kept here/).waitFor({ timeout: 30_000 });
    await comms.page.getByLabel('A note or answer for the facilitator').fill('The press office has had three calls');
    await comms.page.getByRole('button', { name: 'Send', exact: true }).click();
    await comms.page.getByText('waiting to be sent').waitFor();
    // What was sent survives a reload of the participant's page.
    await comms.page.reload();
    await comms.page.getByText('Note: The press office has had three calls — waiting to be sent').waitFor();
    relay = await relayProcess({ RELAY_DATABASE: database }, relay.port);
    await console_
      .locator('.db-inbox-entry', { hasText: 'The press office has had three calls' })
      .waitFor({ timeout: 30_000 });
    await console_
      .locator('.db-inbox-entry', { hasText: 'The press office has had three calls' })
      .getByRole('button', { name: 'Accept into the log' })
      .click();

    // A name written as HTML is shown as text, and runs nothing (once this participant is back on the restarted relay).
    await commander.page.getByText('Connected.', { exact: true }).waitFor({ timeout: 30_000 });
    await commander.page.getByLabel('A note or answer for the facilitator').fill('Bridge is open');
    await commander.page.getByRole('button', { name: 'Send', exact: true }).click();
    const xss = console_.locator('.db-inbox-entry', { hasText: 'Bridge is open' });
    await xss.waitFor({ timeout: 30_000 });
    expect(await xss.locator('strong').innerText()).toBe('<img src=x onerror="window.__xss=1">');
    expect(await console_.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await commander.page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

    // Accepted entries are in the report, attributed to the participant and role.
    await console_.getByRole('button', { name: 'End exercise' }).click();
    await console_.getByText('The exercise has ended.').waitFor();
    const session = new URL(console_.url()).hash;
    await console_.goto(`${site.url}/exercises/report/${session}`);
    await console_.getByRole('heading', { name: 'Ratings per objective' }).waitFor();
    const report = await console_.locator('db-report').innerText();
    expect(report).toContain('Sam (Security Lead)');
    expect(report).toContain('The press office has had three calls');
    expect(facilitator.errors).toEqual([]);
    for (const c of [security.context, phone, comms.context, facilitator.context]) await c.close();

    // What the relay stored (after its 2 s write delay): the projection and the inbox, never facilitator-only text.
    await new Promise((r) => setTimeout(r, 3000));
    const room = new URL(link!).hash.slice(1);
    const db = new DatabaseSync(database, { readOnly: true });
    const rows = db.prepare('SELECT name, state FROM documents ORDER BY name').all() as {
      name: string;
      state: Uint8Array;
    }[];
    db.close();
    expect(rows.map((r) => r.name)).toEqual([room, `${room}/inbox`]);
    const stored = rows.map((r) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, new Uint8Array(r.state));
      return JSON.stringify([doc.getMap('projection').toJSON(), doc.getArray('entries').toJSON()]);
    });
    expect(stored[0]).toContain(first);
    expect(stored[1]).toContain('The press office has had three calls');
    for (const s of stored)
      expect(s).not.toMatch(
        /remind them it is 02:10|wakes the incident commander and starts isolating|"(notes|expectedAction|expectations|reveals|actions)"/,
      );
  }, 240_000);

  it('serves the facilitator on one relay process and a participant on another, sharing rooms through Redis', async () => {
    if (!existsSync('/usr/bin/redis-server'))
      throw new Error('/usr/bin/redis-server is missing: apt-get install -y redis-server (.ci/run does)');
    const port = await freePort();
    const redis = spawn(
      '/usr/bin/redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    const shared = join(mkdtempSync(join(tmpdir(), 'relay-redis-')), 'relay.sqlite');
    const env = { RELAY_DATABASE: shared, REDIS_URL: `redis://127.0.0.1:${port}` };
    const [a, b] = [await relayProcess(env), await relayProcess(env)];
    try {
      const facilitator = await newContext(site.browser);
      const console_ = facilitator.page;
      await startFromBriefing(console_, site.url, '/exercises/weekend-ransomware/');
      await console_.getByRole('tab', { name: 'Participants' }).click();
      await console_.getByLabel(/Relay address/).fill(a.url);
      await console_.getByRole('button', { name: 'Invite participants' }).click();
      const link = new URL((await console_.locator('a.db-join-link').getAttribute('href', { timeout: 30_000 }))!);
      link.searchParams.set('relay', b.url);
      const participant = await newContext(site.browser);
      await joinAs(participant.page, link.href, 'Rui', 'Security Lead');
      await expect
        .poll(() => subjects(participant.page), { timeout: 30_000 })
        .toEqual(['CRITICAL: mass file modification on FIN-FS01 and FIN-FS02']);
      await participant.page.getByLabel('A note or answer for the facilitator').fill('Sent through the second relay');
      await participant.page.getByRole('button', { name: 'Send', exact: true }).click();
      await console_
        .locator('.db-inbox-entry', { hasText: 'Sent through the second relay' })
        .waitFor({ timeout: 30_000 });
      // Reopened, the console reconnects to its room at once (it loads the relay client on demand), its Participants tab not opened.
      const invited = await console_.locator('a.db-join-link').getAttribute('href');
      await console_.reload();
      expect(await console_.getByRole('tab', { name: 'Participants' }).getAttribute('aria-selected')).toBe('false');
      expect(await console_.locator('a.db-join-link').getAttribute('href', { timeout: 30_000 })).toBe(invited);
      await console_
        .locator('.db-inbox-entry', { hasText: 'Sent through the second relay' })
        .waitFor({ state: 'attached', timeout: 30_000 });
      expect(facilitator.errors).toEqual([]);
      await participant.context.close();
      await facilitator.context.close();
    } finally {
      await Promise.all([a.kill(), b.kill()]);
      redis.kill('SIGKILL');
    }
  }, 240_000);
});
