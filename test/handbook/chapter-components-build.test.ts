/**
 * One real build: the minimal plan with a chapter that uses every handbook component, an aside and
 * a `{{placeholder}}`, and a role whose name carries markup. Built in a throw-away copy of the
 * project under `.bench/` (as the bench does: Astro wants the project beside this node_modules),
 * so it shares no `.astro` cache or `dist/` with the browser tests.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
Ask the [DPO](role:dpo) first.
:::

Fill in {{awareness_time}} from the log.
`;

let work: string;
let page: string;

beforeAll(() => {
  work = resolve('.bench/chapter-components-test');
  rmSync(work, { recursive: true, force: true });
  const project = prepareHandbookProject(work);
  const content = join(project, 'content');
  cpSync(MINIMAL, content, { recursive: true });
  writeFileSync(join(content, 'chapters', 'who-does-what.mdx'), CHAPTER);
  const roles = join(content, 'roles.yaml');
  writeFileSync(roles, readFileSync(roles, 'utf8').replace('name: Data Protection Officer', 'name: "Data <img src=x onerror=alert(1)> Officer"'));
  mkdirSync(join(project, 'scenarios'));
  astroBuild({ cwd: project, config: 'astro.bench.mjs', quiet: true, env: { DRILLBOOK_CONTENT: 'content', DRILLBOOK_SCENARIOS: 'scenarios', DRILLBOOK_TODAY: TODAY } });
  const html = readFileSync(join(project, 'dist', 'who-does-what', 'index.html'), 'utf8');
  page = html.slice(html.indexOf('<h2 id="tables"'), html.indexOf('from the log') + 20);
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a chapter using the handbook components, built', () => {
  it('shows the RACI table, the severity table and the role summary drawn from the plan', () => {
    expect(page).toContain('<raci-table class="db-raci">');
    expect(page).toContain('<caption>RACI of the Personal-data breach playbook (letters explained below the table)</caption>');
    expect(page).toContain('<caption>Severity levels, most severe first</caption>');
    expect(page).toContain('<section class="db-role-summary"');
    expect(page).toContain('<a href="/roles/dpo/">Full role card</a>');
  });

  it('shows the aside as a Starlight aside, with its typed link resolved', () => {
    expect(page).toContain('<aside aria-label="Before you notify" class="starlight-aside starlight-aside--caution">');
    expect(page).toContain('Ask the <a href="/roles/dpo/" class="db-ref db-ref-role">DPO</a> first.');
  });

  it('shows the placeholder literally', () => {
    expect(page).toContain('<p>Fill in {{awareness_time}} from the log.</p>');
  });

  it('escapes the markup in plan text the components show', () => {
    expect(page).toMatch(/Data (&lt;|&#60;)img src=x onerror=alert\(1\)(&gt;|&#62;) Officer/);
    expect(page).not.toMatch(/<img\b/);
  });
});
