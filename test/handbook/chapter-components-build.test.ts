/**
 * One real build: the minimal plan with a chapter that uses every handbook component, an aside and
 * a `{{placeholder}}`, a role whose name carries markup, and more people than /contacts/ lists itself
 * (so the contacts directory comes in pages), and a team and an external party with contact verification
 * dates. Built in a throw-away copy of the
 * project under `.bench/` (as the bench does: Astro wants the project beside this node_modules),
 * so it shares no `.astro` cache or `dist/` with the browser tests.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../src/cli/astro-build.ts';
import { prepareHandbookProject } from '../bench/handbook/sites.ts';
import { MINIMAL, TODAY } from '../compiler/helpers.ts';

const CHAPTER = `---
title: Who does what
order: 2
---

## Tables

<RaciTable playbook="breach" />

<SeverityTable />

<RoleCard role="dpo" />

:::caution[Before you notify]
Ask the [DPO](role:dpo) first, or call [Ada](person:ada).
:::

Fill in {{awareness_time}} from the log.
`;

const TEAMS = `teams:
  - id: soc
    name: Security Operations
    contacts:
      - channel: email
        value: soc@example.com
    lastVerified: 2026-01-10
`;

let work: string;
let dist: string;
let page: string;
/** The `<main>` of a built page. */
const main = (path: string) => {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
};

beforeAll(() => {
  work = resolve('.bench/chapter-components-test');
  rmSync(work, { recursive: true, force: true });
  const project = prepareHandbookProject(work);
  const content = join(project, 'content');
  cpSync(MINIMAL, content, { recursive: true });
  writeFileSync(join(content, 'chapters', 'who-does-what.mdx'), CHAPTER);
  const roles = join(content, 'roles.yaml');
  writeFileSync(
    roles,
    readFileSync(roles, 'utf8').replace(
      'name: Data Protection Officer',
      'name: "Data <img src=x onerror=alert(1)> Officer"',
    ),
  );
  // 45 more people than the minimal plan's: more than /contacts/ lists itself (PEOPLE_PER_PAGE).
  const people = join(content, 'people.yaml');
  const crowd = Array.from(
    { length: 45 },
    (_, i) =>
      `  - id: person-${i + 1}\n    name: Person ${String(i + 1).padStart(2, '0')}\n    roles: [dpo]\n    contacts:\n      - channel: phone\n        value: "+31 6 0000 ${String(i).padStart(4, '0')}"\n    lastVerified: 2026-05-10\n`,
  );
  writeFileSync(people, readFileSync(people, 'utf8').trimEnd() + '\n' + crowd.join(''));
  // A team whose contacts are past their verification, and a party within its own interval.
  writeFileSync(join(content, 'teams.yaml'), TEAMS);
  const parties = join(content, 'parties.yaml');
  writeFileSync(
    parties,
    readFileSync(parties, 'utf8').trimEnd() + '\n    lastVerified: 2026-03-01\n    verifyInterval: P6M\n',
  );
  // Two more exercise records: one improvement plan in the five columns, one in the HSEEP template's.
  const record = (id: string, improvement: string) =>
    `id: ${id}\ntitle: Drill ${id}\ntype: tabletop\ndate: 2026-03-02\nscenario: A drill\nplanVersion: "1.0"\n` +
    `objectives:\n  - id: notify\n    title: Notify on time\n    rating: S\nimprovements:\n  - ${improvement}\n`;
  writeFileSync(
    join(content, 'exercises', '2026-03-five-columns.yaml'),
    record(
      '2026-03-five-columns',
      '{ id: ip-1, issue: No bridge, action: Book a bridge, owner: dpo, due: 2026-06-01 }',
    ),
  );
  writeFileSync(
    join(content, 'exercises', '2026-03-template.yaml'),
    record(
      '2026-03-template',
      '{ id: ip-1, capability: Operational Coordination, issue: No out-of-band channel, action: Set one up, element: Equipment, organisation: IT Operations, owner: dpo, start: 2026-04-01, due: 2026-06-30 }',
    ),
  );
  mkdirSync(join(project, 'scenarios'));
  astroBuild({
    cwd: project,
    config: 'astro.bench.mjs',
    quiet: true,
    env: { DRILLBOOK_CONTENT: 'content', DRILLBOOK_SCENARIOS: 'scenarios', DRILLBOOK_TODAY: TODAY },
  });
  dist = join(project, 'dist');
  const html = readFileSync(join(dist, 'who-does-what', 'index.html'), 'utf8');
  page = html.slice(html.indexOf('<h2 id="tables"'), html.indexOf('from the log') + 20);
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a chapter using the handbook components, built', () => {
  it('shows the RACI table, the severity table and the role summary drawn from the plan', () => {
    expect(page).toContain('<raci-table class="db-raci">');
    expect(page).toContain(
      '<caption>RACI of the Personal-data breach playbook (letters explained below the table)</caption>',
    );
    expect(page).toContain('<caption>Severity levels, most severe first</caption>');
    expect(page).toContain('<section class="db-role-summary"');
    expect(page).toContain('<a href="/roles/dpo/">Full role card</a>');
  });

  it('shows the aside as a Starlight aside, with its typed link resolved', () => {
    expect(page).toContain('<aside aria-label="Before you notify" class="starlight-aside starlight-aside--caution">');
    expect(page).toContain(
      'Ask the <a href="/roles/dpo/" class="db-ref db-ref-role">DPO</a> first, or call <a href="/contacts/people-1-40/#person-ada" class="db-ref db-ref-person">Ada</a>.',
    );
  });

  it('shows the placeholder literally', () => {
    expect(page).toContain('<p>Fill in {{awareness_time}} from the log.</p>');
  });

  it('escapes the markup in plan text the components show', () => {
    expect(page).toMatch(/Data (&lt;|&#60;)img src=x onerror=alert\(1\)(&gt;|&#62;) Officer/);
    expect(page).not.toMatch(/<img\b/);
  });
});

describe('a contacts directory of more people than /contacts/ lists, built', () => {
  it('links its pages from /contacts/, each with the names it runs from and to, and no person entry there', () => {
    const contacts = main('contacts');
    expect(contacts).toContain('<a href="/contacts/people-1-40/">People 1–40</a>: Ada Lovelace to ');
    expect(contacts).toMatch(/<a href="\/contacts\/people-41-\d+\/">People 41–\d+<\/a>/);
    expect(contacts).not.toContain('id="person-');
  });

  it('lists every person on exactly one page, by name, and the role card links each to their page', () => {
    const pages = [
      'contacts/people-1-40',
      readdirSync(join(dist, 'contacts'))
        .map((f) => `contacts/${f}`)
        .find((f) => /people-41-/.test(f))!,
    ];
    const ids = pages.flatMap((p) =>
      [...main(p).matchAll(/<section id="person-([^"]+)"><h3>([^<]+)<\/h3>/g)].map((m) => ({
        id: m[1],
        name: m[2],
        page: p,
      })),
    );
    expect(ids.map((x) => x.id).sort()).toEqual(
      ['ada', ...Array.from({ length: 45 }, (_, i) => `person-${i + 1}`)].sort(),
    );
    expect(ids.map((x) => x.name)).toEqual([...ids.map((x) => x.name)].sort((a, b) => a.localeCompare(b)));
    const card = main('roles/dpo');
    for (const x of ids.filter((x) => x.id.startsWith('person-')))
      expect(card).toContain(`href="/${x.page}/#person-${x.id}"`);
    expect(main('contacts/people-1-40')).toContain('rel="next"');
  });
});

describe('exercise records on the audit page, built', () => {
  /** The column headings of the improvement plan in the audit page's section of exercise record `id`. */
  const headings = (id: string) => {
    const audit = main('audit');
    const section = audit.slice(audit.indexOf(`Drill ${id}`));
    const table = section.slice(section.indexOf('<caption>Improvement plan</caption>'));
    return [...table.slice(0, table.indexOf('</thead>')).matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map(
      (m) => m[1],
    );
  };

  it('shows an improvement plan written in five columns in those five', () => {
    expect(headings('2026-03-five-columns')).toEqual(['Issue', 'Action', 'Owner', 'Due', 'Status']);
  });

  it("shows an improvement plan that uses the HSEEP template's columns in all of them", () => {
    expect(headings('2026-03-template')).toEqual([
      'Core capability',
      'Issue',
      'Corrective action',
      'Capability element',
      'Primary responsible organisation',
      'Point of contact',
      'Start',
      'Completion',
      'Status',
    ]);
    const audit = main('audit');
    const row = audit.slice(audit.indexOf('Operational Coordination'));
    expect(row.slice(0, row.indexOf('</tr>'))).toMatch(
      /Equipment<\/td><td[^>]*>IT Operations<\/td><td[^>]*>[^<]*<\/td><td[^>]*>2026-04-01/,
    );
  });
});

describe('contact verification dates, built', () => {
  /** Each verification on a page: the date, the words as of the build date, whether it is marked stale. */
  const verifications = (html: string) =>
    [
      ...html.matchAll(
        /<span class="db-keep( db-bad)?" data-verified="(\d{4}-\d{2}-\d{2})\/([\d-]+)">verified \2, ([^<]+)<\/span>/g,
      ),
    ].map((m) => ({ date: m[2], words: m[4], dueAgain: m[3], stale: m[1] === ' db-bad' }));

  it('shows on the contacts page when a team and a party were verified, how long ago as of the build date, the stale one marked', () => {
    const contacts = main('contacts');
    const team = contacts.slice(contacts.indexOf('id="team-soc"'), contacts.indexOf('id="parties"'));
    expect(verifications(team)).toEqual([
      { date: '2026-01-10', words: '142 days ago', dueAgain: '2026-04-10', stale: true },
    ]);
    const party = contacts.slice(contacts.indexOf('id="party-dpa"'));
    expect(verifications(party)).toEqual([
      { date: '2026-03-01', words: '92 days ago', dueAgain: '2026-09-01', stale: false },
    ]);
    expect(contacts).toMatch(/<script type="module"[^>]*>[^<]*<\/script>|<script type="module" src="[^"]+"><\/script>/);
  });

  it('shows people the same way, and lists the teams and parties on the audit page with the date each is due again', () => {
    expect(verifications(main('contacts/people-1-40'))[0]).toEqual({
      date: '2026-05-10',
      words: '22 days ago',
      dueAgain: '2026-08-08',
      stale: false,
    });
    const audit = main('audit');
    const section = audit.slice(audit.indexOf('id="contacts-verified"'), audit.indexOf('id="compiler-warnings"'));
    expect(section).toContain(
      '46 of 46 people with contact details had them verified within their interval as of 2026-06-01. Each person',
    );
    expect(section).toMatch(/Security Operations<\/a> \(team\)/);
    expect(section).toContain('every 90 days · next 2026-04-10 <strong data-due="2026-04-10" class="db-bad">');
    expect(section).toContain('every 6 months · next 2026-09-01 <strong data-due="2026-09-01" class="db-ok">');
    expect(verifications(section).map((v) => v.date)).toEqual(['2026-01-10', '2026-03-01']);
  });
});
