/** Shared by the handbook browser tests: the built site, its pages, and the plan it was built from. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compilePlan } from '../../src/compiler/compile.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { planOf } from '../compiler/helpers.ts';
import type { Page } from 'playwright-core';

/** Folder of the built staff handbook (the browser project's global setup builds it from content/). */
export const DIST = process.env.DRILLBOOK_DIST ?? 'dist';

/** Folder of the built facilitator kit (`npm run build:exercise`): the handbook plus the exercise pages, which the staff build leaves out. */
export const KIT_DIST = process.env.DRILLBOOK_KIT_DIST ?? 'dist-exercise';

/** The plan the site was built from, unredacted (tests compare pages with the model, never with copies). */
export function sourcePlan(): PlanModel {
  return planOf(compilePlan(process.env.DRILLBOOK_CONTENT ?? 'content'));
}

/** Every file under `root`, as paths relative to it. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(root, full));
    }
  };
  walk(root);
  return out;
}

/** URL path of a built HTML file: `roles/x/index.html` → `/roles/x/`. */
export const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/** The HTML of a built page by URL path. */
export function readPage(root: string, path: string): string {
  const file = join(root, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`no page ${path} in ${root}`);
  return readFileSync(file, 'utf8');
}

/** One page of every handbook page type, by name. */
export function pageTypes(plan: PlanModel): Record<string, string> {
  const chapter = [...plan.chapters].sort((a, b) => a.order - b.order)[0];
  return {
    home: '/',
    ...(chapter ? { chapter: `/${chapter.id}/` } : {}),
    playbook: `/playbooks/${plan.playbooks[0].id}/`,
    role: `/roles/${plan.roles[0].id}/`,
    raci: '/raci/',
    'playbook RACI': `/raci/${plan.playbooks[0].id}/`,
    severities: '/severities/',
    escalation: '/escalation/',
    obligations: '/obligations/',
    contacts: '/contacts/',
    templates: '/templates/',
    audit: '/audit/',
    coverage: '/audit/coverage/',
    print: '/print/',
  };
}

/** Holds the page's idle callbacks until the test says the page is idle (no timing race with a busy machine). */
export async function holdIdle(page: Page): Promise<{ goIdle: () => Promise<void> }> {
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    Object.assign(window, { heldIdle: held });
    window.requestIdleCallback = (run) => held.push(() => run({ didTimeout: false, timeRemaining: () => 50 }));
    window.cancelIdleCallback = () => {};
  });
  return {
    goIdle: () => page.evaluate(() => (window as unknown as { heldIdle: (() => void)[] }).heldIdle.forEach((f) => f())),
  };
}
