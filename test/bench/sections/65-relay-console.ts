/**
 * A crowd into the real console: `npm run relay`'s program, the built console in Chromium with a
 * room open, and 200 simulated participants (Node clients) sending notes at 20 a second for 15 s
 * (300 notes). For each note, the time from sending until its text shows in the console's inbox,
 * p50 and p95 (target ≤ 1 s at p95), read by a MutationObserver in the page against the same wall
 * clock. Needs a built dist/ (`npm run build`).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSection, Figure } from '../measure.ts';
import { relayProcess } from '../../relay/relay-process.ts';
import { launchBrowser, serveStatic } from '../../../src/cli/browser.ts';
import { joinRoom, type ParticipantClient } from '../../../src/relay/participant-client.ts';
import { randomId } from '../../../src/relay/protocol.ts';

const PARTICIPANTS = 200;
const PER_SECOND = 20;
const SECONDS = 15;
const DIST = process.env.DRILLBOOK_KIT_DIST ?? 'dist-exercise';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function until(what: () => boolean | Promise<boolean>, ms: number, what_: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error(`relay console bench: timed out after ${ms} ms waiting for ${what_}`);
    await sleep(20);
  }
}

const section: BenchSection = {
  title: `Participants into the console (${PARTICIPANTS} participants, ${PER_SECOND} notes a second, real browser console)`,
  async run(): Promise<Figure[]> {
    if (!existsSync(join(DIST, 'exercises/run/index.html')))
      throw new Error(`${DIST}/ has no console: run npm run build:exercise first`);
    // One address sends for all 200 participants here: raise the per-address limit as a room behind one NAT would.
    const relay = await relayProcess({
      RELAY_DATABASE: join(mkdtempSync(join(tmpdir(), 'relay-console-bench-')), 'relay.sqlite'),
      RELAY_ADDRESS_RATE: '100000',
    });
    const site = await serveStatic(DIST);
    const browser = await launchBrowser();
    const clients: ParticipantClient[] = [];
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      page.on('dialog', (d) => void d.accept());
      await page.goto(`${site.url}/exercises/`);
      const briefing = await page
        .getByRole('table', { name: 'Example scenarios' })
        .getByRole('link')
        .first()
        .getAttribute('href');
      await page.goto(`${site.url}${briefing}`);
      await page.getByRole('button', { name: 'Start the exercise' }).click();
      await page.waitForURL(/\/exercises\/run\/#/);
      await page.getByRole('tab', { name: 'Participants' }).click();
      await page.getByLabel(/Relay address/).fill(relay.url);
      await page.getByRole('button', { name: 'Invite participants' }).click();
      const link = await page.locator('a.db-join-link').getAttribute('href', { timeout: 30_000 });
      const room = new URL(link!).hash.slice(1);
      // When each note's text first shows in the inbox (wall clock, as the participants' sends are timed).
      await page.evaluate(() => {
        const shown: Record<string, number> = {};
        (window as unknown as { __shown: Record<string, number> }).__shown = shown;
        const inbox = document.querySelector('.db-inbox')!;
        new MutationObserver(() => {
          for (const m of inbox.textContent!.matchAll(/bench-note-(\d+)/g)) shown[m[1]] ??= Date.now();
        }).observe(inbox, { childList: true, subtree: true, characterData: true });
      });
      const connected = new Array<boolean>(PARTICIPANTS).fill(false);
      for (let i = 0; i < PARTICIPANTS; i++) {
        clients.push(
          joinRoom({
            url: relay.url,
            room,
            id: randomId(),
            from: { name: `P${i}`, role: 'security-lead' },
            onStatus: (up) => (connected[i] = up),
          }),
        );
      }
      await until(() => connected.every(Boolean), 60_000, 'every participant to connect');
      const total = PER_SECOND * SECONDS;
      const sent: number[] = [];
      const start = Date.now();
      for (let n = 0; n < total; n++) {
        await sleep(Math.max(0, start + (n * 1000) / PER_SECOND - Date.now()));
        sent[n] = Date.now();
        clients[n % PARTICIPANTS].submit({ kind: 'note', text: `bench-note-${n} from the crowd` });
      }
      const shown = () => page.evaluate(() => (window as unknown as { __shown: Record<string, number> }).__shown);
      await until(async () => Object.keys(await shown()).length >= total, 120_000, 'every note to show in the inbox');
      const at = await shown();
      const latencies = sent.map((t, n) => at[n] - t).sort((a, b) => a - b);
      const p95 = percentile(latencies, 95);
      return [
        { name: 'note to the console inbox, p50', value: percentile(latencies, 50), unit: 'ms' },
        { name: 'note to the console inbox, p95', value: p95, unit: 'ms', target: '≤ 1000 ms', ok: p95 <= 1000 },
      ];
    } finally {
      clients.forEach((c) => c.destroy());
      await browser.close();
      await site.close();
      await relay.kill();
    }
  },
};

export default section;
