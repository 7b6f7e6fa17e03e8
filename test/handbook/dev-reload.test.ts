/**
 * `npm run dev` as an author uses it: a content edit reaches the page without the dev server
 * restarting, and a plan error reaches the page as the lines `npm run check` prints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restarted, startDevLoop, type DevLoop } from '../bench/dev-loop.ts';

const PAGE = '/roles/incident-commander/';
let dev: DevLoop;

beforeAll(async () => {
  dev = await startDevLoop(PAGE, (b) => b.includes('Owns the response'));
}, 300_000);
afterAll(() => dev?.stop());

describe('astro dev and plan edits', () => {
  it('shows a content edit on the page without restarting the server', async () => {
    const before = await dev.waitFor(PAGE, (b) => b.includes('Owns the response'));
    expect(before.body).not.toContain('Owns the whole response');
    const wrote = dev.edit(
      'roles.yaml',
      'Owns the response from declaration',
      'Owns the whole response from declaration',
    );
    const after = await dev.waitFor(PAGE, (b) => b.includes('Owns the whole response'));
    console.log(`edit to page: ${Math.round(after.at - wrote)} ms`);
    expect(dev.output()).toMatch(/plan recompiled in \d+ ms; reloading the page/);
    expect(restarted(dev.output())).toBe(false);
  }, 120_000);

  it('reports a plan error with the compiler line, keeps running, and serves the fixed plan', async () => {
    dev.edit('severities.yaml', '  - id: sev1\n', '  - id: SEV-1\n');
    // The same line `npm run check` prints (sent to the browser's error overlay too), and no stack trace.
    const until = Date.now() + 60_000;
    while (!/severities\.yaml:6:9  error  schema-value  severity "SEV-1"/.test(dev.output()) && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100));
    expect(dev.output()).toMatch(/severities\.yaml:6:9  error  schema-value  severity "SEV-1": "id" must be an id/);
    expect(dev.output()).not.toMatch(/\bat \S+ \([^)]*\.(ts|js):\d+:\d+\)/);
    const failing = await fetch(dev.url(PAGE));
    expect(failing.status).toBeGreaterThanOrEqual(400);
    dev.edit('severities.yaml', '  - id: SEV-1\n', '  - id: sev1\n');
    await dev.waitFor(PAGE, (b) => b.includes('Owns the whole response'));
    expect(restarted(dev.output())).toBe(false);
  }, 120_000);
});
