/**
 * What a responder does in the handbook, in Chromium: finds the Incident Commander by searching
 * "IC", reads a role card, filters the RACI matrix, and computes a business-day deadline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveStatic } from './harness.ts';
import { DIST, sourcePlan } from './handbook-helpers.ts';
import { buildRoleCard } from '../../src/handbook/role-card.ts';

const plan = sourcePlan();
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await serveStatic(DIST);
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('search', () => {
  it('finds the Incident Commander by the alias "IC" and opens the role card', async () => {
    const ic = plan.roles.find((r) => r.aliases.includes('IC'));
    expect(ic, 'the plan names a role IC').toBeDefined();
    await page.goto(`${site.url}/`);
    await page.getByRole('button', { name: 'Search' }).first().click();
    const box = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox');
    await box.fill('IC');
    // The first result's own link: results are placeholders until their data loads, in parallel.
    const first = page
      .locator('.pagefind-ui__result')
      .first()
      .locator('.pagefind-ui__result-title .pagefind-ui__result-link')
      .first();
    await first.waitFor({ timeout: 20_000 });
    expect(await first.textContent()).toContain(ic!.name);
    await first.click();
    await page.waitForURL(new RegExp(`/roles/${ic!.id}/(#.*)?$`));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(ic!.name);
  });

  it('finds an activity by its title on its playbook page, not on the role cards that name it', async () => {
    const playbook = plan.playbooks.find((p) => p.activities.some((a) => Object.keys(a.raci).length >= 2))!;
    const activity = playbook.activities.find((a) => Object.keys(a.raci).length >= 2)!;
    await page.goto(`${site.url}/`);
    await page.getByRole('button', { name: 'Search' }).first().click();
    await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox').fill(activity.title);
    const links = page.locator('.pagefind-ui__result-link');
    await links.first().waitFor({ timeout: 20_000 });
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs[0]).toBe(`/playbooks/${playbook.id}/`);
    expect(hrefs.filter((h) => h.startsWith('/roles/'))).toEqual([]);
    // Among the first result's sub-results is the activity itself, not only the heading of its phase.
    const firstResult = page.locator('.pagefind-ui__result').first();
    const nested = await firstResult
      .locator('.pagefind-ui__result-nested .pagefind-ui__result-link')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect(nested).toContain(`#${activity.id}`);
  });

  it('finds a role by an alias of several words ahead of roles that only share a word of it', async () => {
    // "Incident Lead" is an alias of the Incident Commander; five other roles are titled "… Lead".
    const role = plan.roles.find((r) => r.aliases.some((a) => a.split(' ').length > 1 && !r.name.includes(a)))!;
    const alias = role.aliases.find((a) => a.split(' ').length > 1)!;
    const sharing = plan.roles.filter((r) => r !== role && alias.split(' ').some((w) => r.name.split(' ').includes(w)));
    expect(sharing.length, `roles whose names share a word of "${alias}"`).toBeGreaterThanOrEqual(3);
    await page.goto(`${site.url}/`);
    await page.getByRole('button', { name: 'Search' }).first().click();
    await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox').fill(alias);
    const titles = page.locator(
      '.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link',
    );
    await titles.first().waitFor({ timeout: 20_000 });
    const top = (await titles.allTextContents()).slice(0, 3);
    expect(top, `top results for "${alias}"`).toContain(role.name);
  });
});

describe('role card', () => {
  it('lists exactly the activities where the role holds a letter, with the letter', async () => {
    const role = [...plan.roles].sort(
      (a, b) => buildRoleCard(plan, b.id).playbooks.length - buildRoleCard(plan, a.id).playbooks.length,
    )[0];
    await page.goto(`${site.url}/roles/${role.id}/`);
    const listed = await page.locator('.db-duties dd').evaluateAll((dds) =>
      dds.map((dd) => {
        const [, playbook, activity] = /\/playbooks\/([^/]+)\/#(.+)$/.exec(
          dd.querySelector('a')!.getAttribute('href')!,
        )!;
        return `${playbook}/${activity}=${dd.querySelector('b')!.textContent}`;
      }),
    );
    const expected = plan.playbooks.flatMap((p) =>
      p.activities.filter((a) => a.raci[role.id]).map((a) => `${a.key}=${a.raci[role.id]}`),
    );
    expect(listed.sort()).toEqual(expected.sort());
    expect(listed.length).toBeGreaterThan(0);
  });
});

describe('RACI filter', () => {
  it('opens a playbook matrix from the index by link and shows only the rows and column of the chosen role', async () => {
    const pb = plan.playbooks[0];
    const role = Object.keys(pb.activities[0].raci)[0];
    await page.goto(`${site.url}/raci/`);
    await page
      .getByRole('navigation', { name: 'RACI matrix by playbook' })
      .getByRole('link', { name: pb.name })
      .click();
    await page.waitForURL(new RegExp(`/raci/${pb.id}/$`));
    await page.getByRole('combobox', { name: 'Role' }).selectOption(role);
    const visible = await page
      .locator('tbody tr:visible th a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const expected = pb.activities.filter((a) => a.raci[role]).map((a) => `/playbooks/${pb.id}/#${a.id}`);
    expect(visible.sort()).toEqual(expected.sort());
    expect(await page.locator('thead th[data-role]:visible').count()).toBe(1);
    const cells = await page.locator('tbody tr:visible').first().locator('td:visible').allTextContents();
    expect(cells).toEqual([expect.any(String), pb.activities.find((a) => a.raci[role])!.raci[role]]);
    expect(await page.locator('raci-table output').textContent()).toBe(
      `${expected.length} of ${pb.activities.length} activities shown`,
    );
  });
});

describe('RACI matrix', () => {
  it('puts every letter under its role, each row with as many cells as the table has columns', async () => {
    const pb = [...plan.playbooks].sort((a, b) => b.activities.length - a.activities.length)[0];
    await page.goto(`${site.url}/raci/${pb.id}/`);
    const table = await page
      .locator('raci-table table')
      .first()
      .evaluate((t: HTMLTableElement) => ({
        roles: [...t.tHead!.rows[0].cells].map((c) => c.getAttribute('data-role')),
        rows: [...t.tBodies[0].rows].map((r) => ({
          href: r.querySelector('th a')!.getAttribute('href'),
          cells: [...r.cells].map((c) => c.textContent),
        })),
      }));
    for (const row of table.rows) expect(row.cells.length).toBe(table.roles.length);
    const activity = (href: string | null) => pb.activities.find((a) => href?.endsWith(`#${a.id}`))!;
    const letters = table.rows.map((row) =>
      Object.fromEntries(table.roles.flatMap((role, i) => (role && row.cells[i] ? [[role, row.cells[i]]] : []))),
    );
    expect(letters).toEqual(table.rows.map((row) => activity(row.href).raci));
  });
});

describe('deadline calculator', () => {
  it('computes the SEC 8-K filing across a weekend: Friday 15:00 + 4 business days is Thursday 15:00', async () => {
    const sec = plan.obligations.find((o) => o.id === 'sec-8k');
    expect(sec, 'the example plan has the SEC 8-K obligation').toBeDefined();
    const stage = sec!.stages.find((s) => s.days === 'business')!;
    expect(plan.document.businessCalendar.timeZone).toBe('Europe/Amsterdam');
    await page.goto(`${site.url}/obligations/`);
    // Times are entered in the zone the reader chooses: here the plan's own, whatever the device's.
    await page.locator('deadline-calculator').getByText('Change time zone').click();
    await page.locator('deadline-calculator select[name="time-zone"]').selectOption('Europe/Amsterdam');
    await page.getByLabel('Materiality determination').fill('2026-11-27T15:00');
    const row = page.locator(`li[data-stage="${stage.key}"]`);
    await row.locator('.db-row-due').filter({ hasText: '2026' }).waitFor(); // the arithmetic loads with the first anchor time
    // By hand: Fri 27 Nov 15:00 CET; business days Mon 30, Tue 1, Wed 2, Thu 3 Dec → 15:00 CET = 14:00 UTC.
    expect(await row.locator('.db-row-due').textContent()).toMatch(/^Due Thu 2026-12-03 15:00/);
    expect(await row.getAttribute('data-due')).toBe('2026-12-03T14:00:00.000Z');
  });
});
